import {
  BatchWriteItemCommand,
  type DynamoDBClient,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { keys } from "@samverkan/table";
import * as ManagedRuntime from "effect/ManagedRuntime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ArchivePackageRefused,
  buildArchivePackage,
  letterArchivePackage,
  MAX_ARCHIVE_DOCUMENTS,
  TRAIL_PAGE_SIZE,
  type TrailEvent,
  verifyArchivePackage,
} from "../../src/archive/index";
import { type Dynamo, dynamoLayer, queryLetterItems, readLetter } from "../../src/index";
import { createHarness, type Harness } from "../support/harness";
import { readAll, unzip } from "./package-files";

const NEEDS = 10_000;
const NOK = "222000-0653";

/** Counts the Query requests the package makes: how far the trail has been read. */
function countingQueries(client: DynamoDBClient) {
  const seen = { queries: 0 };
  const wrapped = new Proxy(client, {
    get(target, property, receiver) {
      if (property !== "send") return Reflect.get(target, property, receiver);
      return (command: { constructor: { name: string } }) => {
        if (command.constructor.name === "QueryCommand") seen.queries++;
        return (target.send as (c: unknown) => Promise<unknown>)(command);
      };
    },
  });
  return { seen, wrapped };
}

let h: Harness;
let runtime: ManagedRuntime.ManagedRuntime<Dynamo, never>;
let counter: ReturnType<typeof countingQueries>;
let streamVersion = 0;

/**
 * A letter with 10 000 registered needs: one registered through the command handler, the rest
 * its event copied with new ids and sequences straight into the table (25 per BatchWriteItem),
 * then the head's stream version moved past them, as appending them one by one would leave it.
 */
beforeAll(async () => {
  h = await createHarness();
  counter = countingQueries(h.client);
  runtime = ManagedRuntime.make(dynamoLayer({ tableName: h.tableName }, counter.wrapped));
  await h.seed("big", "2025-10-01");
  await h.command("big", "2026-01-10", {
    type: "RegisterNeed",
    need: { needId: "need-0", title: "Behov 0", description: "", focusAreas: ["education"] },
    raisedBy: NOK,
    raisedOn: "2026-01-10",
  });
  const head = await runtime.runPromise(readLetter("big"));
  const base = head?.streamVersion ?? 0;
  const page = await runtime.runPromise(queryLetterItems("big", keys.eventPrefix, 1000));
  const template = page.items.at(-1) as Record<string, unknown>;
  const event = JSON.parse(template.data as string);
  for (let from = 1; from < NEEDS; from += 25) {
    const items = Array.from({ length: Math.min(25, NEEDS - from) }, (_, k) => {
      const n = from + k;
      const data = { ...event, need: { ...event.need, needId: `need-${n}`, title: `Behov ${n}` } };
      return {
        ...template,
        ...keys.event("big", base + n),
        sequence: base + n,
        data: JSON.stringify(data),
      };
    });
    await h.client.send(
      new BatchWriteItemCommand({
        RequestItems: {
          [h.tableName]: items.map((item) => ({
            PutRequest: { Item: marshall(item, { removeUndefinedValues: true }) },
          })),
        },
      }),
    );
  }
  streamVersion = base + NEEDS - 1;
  await h.client.send(
    new UpdateItemCommand({
      TableName: h.tableName,
      Key: marshall(keys.letter("big")),
      UpdateExpression: "SET streamVersion = :v",
      ExpressionAttributeValues: marshall({ ":v": streamVersion }),
    }),
  );
}, 300_000);
afterAll(async () => {
  await runtime.dispose();
  await h.close();
});

describe("the archive package streams (issue 22, D-57)", () => {
  it(`finding: a package of a letter with ${NEEDS} needs must stream — the trail is read a page (${TRAIL_PAGE_SIZE} events) at a time as the ZIP is read, at most one page ahead of the reader, and every event is in it (D-57)`, async () => {
    const made = await runtime.runPromise(letterArchivePackage("big", { orgNumber: NOK }));
    counter.seen.queries = 0;
    const chunks: Buffer[] = [];
    const iterator = made.stream[Symbol.asyncIterator]();
    // The first bytes out; then the reader stops for a while: the package must stop with it.
    const first = await iterator.next();
    chunks.push(Buffer.from(first.value as Uint8Array));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const readWhilePaused = counter.seen.queries;
    console.info(`archive trail: ${readWhilePaused} page(s) read while the reader paused`);
    expect(readWhilePaused).toBeLessThanOrEqual(2);
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      chunks.push(Buffer.from(next.value as Uint8Array));
    console.info(`archive trail: ${counter.seen.queries} pages for ${streamVersion} events`);
    // Every page was read, each once.
    expect(counter.seen.queries).toBe(Math.ceil(streamVersion / TRAIL_PAGE_SIZE));
    const entries = unzip(new Uint8Array(Buffer.concat(chunks)));
    expect(verifyArchivePackage(entries)).toEqual([]);
    const trail = new TextDecoder()
      .decode(entries.get(`${made.packageId}/representations/rep1/data/trail.jsonl`))
      .trimEnd()
      .split("\n");
    expect(trail).toHaveLength(streamVersion);
    expect(trail.filter((line) => line.includes('"NeedRegistered"'))).toHaveLength(NEEDS);
    expect(JSON.parse(trail.at(-1) as string).sequence).toBe(streamVersion);
  });

  it("finding: the builder's memory does not grow with the trail — 100 000 events of 1 kB (100 MB of JSON Lines) pass with the heap growing by less than 48 MB (D-57)", async () => {
    const events = 100_000;
    const filler = "x".repeat(1_000);
    async function* pages(): AsyncGenerator<readonly TrailEvent[]> {
      for (let start = 0; start < events; start += TRAIL_PAGE_SIZE)
        yield Array.from({ length: TRAIL_PAGE_SIZE }, (_, k) => ({
          sequence: start + k + 1,
          aggregate: "need",
          type: "NeedRegistered",
          recordedAt: "2026-01-10T10:00:00.000Z",
          data: { filler, n: start + k },
        }));
    }
    const letter = (await h.letter("big")) as Parameters<typeof buildArchivePackage>[0]["letter"];
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let bytes = 0;
    const stream = buildArchivePackage({
      packageId: "samverkan-heap",
      createdAt: new Date().toISOString(),
      letter,
      submitter: letter.parties[0],
      trail: pages(),
      documents: [],
    });
    for await (const chunk of stream) {
      bytes += (chunk as Uint8Array).byteLength;
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    const growth = peak - before;
    console.info(
      `archive heap: ${events} events, ${(bytes / 1e6).toFixed(1)} MB zipped, heap growth ${(growth / 1e6).toFixed(1)} MB`,
    );
    expect(bytes).toBeGreaterThan(0);
    expect(growth).toBeLessThan(48 * 1024 * 1024);
  });

  it(`finding: a package's documents are bounded — at most ${MAX_ARCHIVE_DOCUMENTS} documents, and a path that could leave the package's folder is refused; either ends the ZIP with an error (D-57)`, async () => {
    const letter = (await h.letter("big")) as Parameters<typeof buildArchivePackage>[0]["letter"];
    const make = (documents: { path: string }[]) =>
      readAll(
        buildArchivePackage({
          packageId: "samverkan-bounds",
          createdAt: new Date().toISOString(),
          letter,
          submitter: letter.parties[0],
          trail: (async function* () {})(),
          documents: documents.map(({ path }) => ({
            path,
            title: path,
            bytes: new Uint8Array([37, 80, 68, 70]),
            createdOn: "2026-01-10",
          })),
        }),
      );
    const atBound = Array.from({ length: MAX_ARCHIVE_DOCUMENTS }, (_, n) => ({
      path: `d/${n}.pdf`,
    }));
    expect(verifyArchivePackage(unzip(await make(atBound)))).toEqual([]);
    await expect(make([...atBound, { path: "one-more.pdf" }])).rejects.toBeInstanceOf(
      ArchivePackageRefused,
    );
    for (const path of ["../escape.pdf", "/abs.pdf", "a/../../b.pdf", "trail.jsonl", ""])
      await expect(make([{ path }])).rejects.toBeInstanceOf(ArchivePackageRefused);
  });
});
