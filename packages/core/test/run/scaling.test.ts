import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunSummary } from "../../src/index";
import { createHarness, type Harness } from "../support/harness";

let small: Harness;
let large: Harness;
beforeAll(async () => {
  [small, large] = await Promise.all([createHarness(), createHarness()]);
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
    const runSmall: RunSummary = await small.enforce("2026-06-15");
    const runLarge: RunSummary = await large.enforce("2026-06-15");
    expect(runSmall.lettersLookedAt).toBe(10);
    expect(runLarge.lettersLookedAt).toBe(10);
    expect(runLarge.notificationsSent).toBe(runSmall.notificationsSent);
    expect(runLarge.itemsRead).toBeLessThanOrEqual(2 * runSmall.itemsRead);
    console.log(
      `scaling: 100 letters → ${runSmall.itemsRead} items read, ${runSmall.itemsDue} due, ${runSmall.ms} ms; ` +
        `1000 letters → ${runLarge.itemsRead} items read, ${runLarge.itemsDue} due, ${runLarge.ms} ms`,
    );
  });
});
