import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/harness";

let crashed: Harness;
let clean: Harness;
let concurrent: Harness;
beforeAll(async () => {
  [crashed, clean, concurrent] = await Promise.all([
    createHarness(),
    createHarness(),
    createHarness(),
  ]);
});
afterAll(async () => {
  await Promise.all([crashed.close(), clean.close(), concurrent.close()]);
});

/** Ten letters signed long ago: on 2027-01-05 each has several overdue obligations to alert. */
async function seedTen(h: Harness) {
  for (let i = 0; i < 10; i++) await h.seed(`letter-${i}`, "2025-10-01");
}

const sentSet = async (h: Harness) => {
  const all = [];
  for (let i = 0; i < 10; i++)
    all.push(
      ...(await h.notifications(`letter-${i}`)).map(
        (n) => `${n.letterId} ${n.key} ${n.sentOn} ${n.status}`,
      ),
    );
  return all.sort();
};

describe("R22 exactly once", () => {
  it("R22 a run that crashes half-way, run again, yields the same notifications as one clean run, each published once", async () => {
    await seedTen(crashed);
    await seedTen(clean);
    await clean.enforce("2027-01-05");
    const total = clean.published.length;
    expect(total).toBeGreaterThan(10);

    crashed.crashAfter(Math.floor(total / 2));
    // A letter that fails is not taken as done: the run says so, and keeps its watches for the next.
    const first = await crashed.enforce("2027-01-05", { runId: "first" });
    expect(first.lettersFailed).toBeGreaterThan(0);
    expect(crashed.published).toHaveLength(Math.floor(total / 2));
    crashed.heal();
    // The retry comes after the crashed run's claim has lapsed (leaseMs 0 stands for "later").
    const retry = await crashed.enforce("2027-01-05", { runId: "retry", leaseMs: 0 });
    expect(retry.notificationsSent).toBe(total - Math.floor(total / 2));
    expect(await sentSet(crashed)).toEqual(await sentSet(clean));
    const keys = crashed.published.map((n) => `${n.letterId} ${n.key}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(total);
    // And a third run sends nothing.
    expect((await crashed.enforce("2027-01-05")).notificationsSent).toBe(0);
  });

  it("R22 two runs at once for one date send each notification once", async () => {
    await seedTen(concurrent);
    const [a, b] = await Promise.all([
      concurrent.enforce("2027-01-05", { runId: "a" }),
      concurrent.enforce("2027-01-05", { runId: "b" }),
    ]);
    const keys = concurrent.published.map((n) => `${n.letterId} ${n.key}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(a.notificationsSent + b.notificationsSent).toBe(keys.length);
    expect(keys.length).toBe(clean.published.length);
    expect((await sentSet(concurrent)).every((line) => line.endsWith(" sent"))).toBe(true);
  });
});
