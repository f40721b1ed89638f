import { enforce, logNotifier, stockholmDate } from "@samverkan/core";
import { addDays } from "@samverkan/domain";
import * as Effect from "effect/Effect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, LTU, signedAgreement, type TestApp } from "./support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("GET /v1/agreements/{id}/notifications after a run", () => {
  it("R22 lists what the scheduled run sent, each with kind, rule, due date, sent date and recipients", async () => {
    const id = await signedAgreement(t, "2025-10-01");
    const asOf = addDays(stockholmDate(Date.now()), 40);
    const summary = await t.runtime.runPromise(enforce(asOf).pipe(Effect.provide(logNotifier)));
    expect(summary.notificationsSent).toBeGreaterThan(0);
    const res = await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}/notifications`);
    expect(res.status).toBe(200);
    expect(res.json.items).toHaveLength(summary.notificationsSent);
    expect(res.json.items).toContainEqual(
      expect.objectContaining({
        key: "half-year-dialog:2026-H1#overdue",
        kind: "overdue",
        rule: "R10",
        dueOn: "2026-06-30",
        sentOn: asOf,
      }),
    );
    for (const item of res.json.items) {
      expect(item.recipients).toEqual(["222000-0653", "202100-2841"]);
      // No mailer behind the log notifier: nothing says it was delivered (nor "single").
      expect(item.delivery).toBeUndefined();
    }
    const again = await t.runtime.runPromise(enforce(asOf).pipe(Effect.provide(logNotifier)));
    expect(again.notificationsSent).toBe(0);
  });
});
