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

const DAY_MS = 86_400_000;
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
  const count = events - first;
  const year = new Date().getUTCFullYear();
  const yearStart = Date.UTC(year, 0, 1);
  const days = Math.max(1, Math.floor((Date.now() - DAY_MS - yearStart) / DAY_MS));
  const items = Array.from({ length: count }, (_, i) => {
    const sequence = first + i + 1;
    // Spread over this year up to yesterday, in order: the trail is in the order facts were
    // recorded, and the report reads it up to the first fact recorded after its day.
    const raisedOn = new Date(yearStart + Math.floor((i * days) / count) * DAY_MS)
      .toISOString()
      .slice(0, 10);
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

/** p50 and p99 of `GET …/reports/follow-up?year=<this year>` over a letter with `events` events. */
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
      `http://localhost/v1/agreements/${letterId}/reports/follow-up?year=${new Date().getUTCFullYear()}`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    const report = (await res.json()) as { needs?: { raised?: { count?: number } } };
    // Every need of the trail is counted: the report read all of it, not a first page.
    const raised = report.needs?.raised?.count ?? 0;
    if (res.status !== 200 || raised < events - 100)
      throw new Error(
        `the report answered ${res.status} with ${raised} needs raised, not ~${events}`,
      );
    times.push(performance.now() - started);
  }
  return { events, requests, p50: ms(quantile(times, 0.5)), p99: ms(quantile(times, 0.99)) };
}
