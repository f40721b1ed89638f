import { randomUUID } from "node:crypto";
import { BatchWriteItemCommand, GetItemCommand, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { keys } from "@samverkan/table";
import { ms, quantile } from "./stats";
import type { BenchSystem } from "./system";

export interface ReportRead {
  readonly events: number;
  readonly requests: number;
  readonly p50: number;
  readonly p99: number;
}

const NEED_SOURCES = ["222000-0653", "202100-2841"];

/**
 * The letter's trail grown to `events` recorded events: the seeded letter's, then needs registered
 * over the year, written as the event store writes them (one item per event, in sequence, the
 * head's stream version moved to the last). The report reads nothing else, and writing them
 * directly takes seconds where 20 000 commands would take minutes.
 */
async function growTrail(system: BenchSystem, letterId: string, events: number) {
  const head = await system.raw.send(
    new GetItemCommand({
      TableName: system.tableName,
      Key: marshall({ ...keys.letter(letterId) }),
    }),
  );
  const first = Number(unmarshall(head.Item ?? {}).streamVersion);
  const items = Array.from({ length: events - first }, (_, i) => {
    const sequence = first + i + 1;
    const raisedOn = `2026-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`;
    const event = {
      type: "NeedRegistered",
      needId: randomUUID(),
      title: `Behov ${sequence}`,
      description: "Kompetensförsörjning inom vård och omsorg i inlandskommunerna",
      raisedBy: { kind: "party", orgNumber: NEED_SOURCES[i % NEED_SOURCES.length] },
      raisedOn,
      focusAreas: ["health-and-care", "education"],
    };
    return {
      ...keys.event(letterId, sequence),
      sequence,
      aggregate: `need:${event.needId}`,
      type: event.type,
      data: JSON.stringify(event),
      actor: { sub: "bench", orgNumber: "222000-0653" },
      recordedAt: `${raisedOn}T10:00:00Z`,
      requestId: "bench",
    };
  });
  for (let i = 0; i < items.length; i += 25)
    await system.raw.send(
      new BatchWriteItemCommand({
        RequestItems: {
          [system.tableName]: items
            .slice(i, i + 25)
            .map((item) => ({ PutRequest: { Item: marshall(item) } })),
        },
      }),
    );
  await system.raw.send(
    new UpdateItemCommand({
      TableName: system.tableName,
      Key: marshall({ ...keys.letter(letterId) }),
      UpdateExpression: "SET streamVersion = :last",
      ExpressionAttributeValues: marshall({ ":last": events }),
    }),
  );
}

/** p50 and p99 of `GET …/reports/follow-up?year=2026` over a letter with `events` events. */
export async function measureReportRead(
  system: BenchSystem,
  events = 20_000,
  requests = 21,
): Promise<ReportRead> {
  const letterId = await system.seed(`report-${randomUUID()}`, "2025-10-01");
  await growTrail(system, letterId, events);
  const token = await system.token("202100-2841", ["viewer"]);
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    const res = await system.app.request(
      `http://localhost/v1/agreements/${letterId}/reports/follow-up?year=2026`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    const report = (await res.json()) as { needs?: unknown };
    if (res.status !== 200 || !report.needs)
      throw new Error(`the report answered ${res.status}: ${JSON.stringify(report).slice(0, 300)}`);
    times.push(performance.now() - started);
  }
  return { events, requests, p50: ms(quantile(times, 0.5)), p99: ms(quantile(times, 0.99)) };
}
