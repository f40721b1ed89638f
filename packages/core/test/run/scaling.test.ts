import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunSummary } from "../../src/index";
import { createHarness, type Harness } from "../support/harness";

/**
 * What the run asked DynamoDB for, counted outside the code under test: requests sent and items
 * DynamoDB returned (GetItem, BatchGetItem, Query).
 */
function counting() {
  const seen = { requests: 0, items: 0 };
  const wrap = (client: DynamoDBClient): DynamoDBClient =>
    new Proxy(client, {
      get(target, property, receiver) {
        if (property !== "send") return Reflect.get(target, property, receiver);
        return async (command: unknown) => {
          seen.requests++;
          const output = (await (target.send as (c: unknown) => Promise<unknown>)(command)) as {
            Item?: unknown;
            Items?: unknown[];
            Responses?: Record<string, unknown[]>;
          };
          seen.items +=
            (output.Item ? 1 : 0) +
            (output.Items?.length ?? 0) +
            Object.values(output.Responses ?? {}).reduce((n, items) => n + items.length, 0);
          return output;
        };
      },
    });
  return { seen, wrap };
}

const smallCount = counting();
const largeCount = counting();
let small: Harness;
let large: Harness;
beforeAll(async () => {
  [small, large] = await Promise.all([
    createHarness({ wrapClient: smallCount.wrap }),
    createHarness({ wrapClient: largeCount.wrap }),
  ]);
});
afterAll(async () => {
  await Promise.all([small.close(), large.close()]);
});

/**
 * `due` letters signed on 2025-10-01 have their first half-year reminder due on 2026-05-31; the
 * others, signed on 2026-06-01, have nothing due until 2026-12-01.
 */
async function seed(h: Harness, total: number, due: number) {
  const batch = 25;
  for (let i = 0; i < total; i += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, total - i) }, (_, j) => i + j).map((n) =>
        h.seed(`letter-${n}`, n < due ? "2025-10-01" : "2026-06-01"),
      ),
    );
  }
}

describe("R22 the run's cost follows what is due, not how many letters there are", () => {
  it("R22 with 1 000 letters of which 10 are due, a run reads no more than twice what it reads with 100", async () => {
    await Promise.all([seed(small, 100, 10), seed(large, 1000, 10)]);
    const before = { small: { ...smallCount.seen }, large: { ...largeCount.seen } };
    const runSmall: RunSummary = await small.enforce("2026-06-15");
    const runLarge: RunSummary = await large.enforce("2026-06-15");
    const smallRun = {
      requests: smallCount.seen.requests - before.small.requests,
      items: smallCount.seen.items - before.small.items,
    };
    const largeRun = {
      requests: largeCount.seen.requests - before.large.requests,
      items: largeCount.seen.items - before.large.items,
    };
    expect(runSmall.lettersLookedAt).toBe(10);
    expect(runLarge.lettersLookedAt).toBe(10);
    expect(runSmall.notificationsSent).toBeGreaterThan(0);
    expect(runLarge.notificationsSent).toBe(runSmall.notificationsSent);
    // Ten times the letters, the same work: counted at the client, not reported by the run.
    expect(largeRun.items).toBeLessThanOrEqual(2 * smallRun.items);
    expect(largeRun.requests).toBeLessThanOrEqual(2 * smallRun.requests);
    expect(largeRun.items).toBeLessThan(1000);
    console.log(
      `scaling: 100 letters → ${smallRun.requests} requests, ${smallRun.items} items; ` +
        `1000 letters → ${largeRun.requests} requests, ${largeRun.items} items (10 due in each)`,
    );
  });
});
