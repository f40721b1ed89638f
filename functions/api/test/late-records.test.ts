import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { FollowUpReportView } from "../src/schemas/follow-up-view";
import {
  createTestApp,
  LTU,
  NOK,
  signedAgreement,
  TEST_TODAY,
  type TestApp,
} from "./support/test-app";

// D-32: the test app's today is TEST_TODAY (31 Dec 2026); a fact dated more than 14 days before
// it is recorded late.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const topics = {
  outsideWorld: "EU funds",
  trends: "AI in care",
  futureChallenges: "Teacher supply",
  directionAdjustments: "No adjustment",
};

describe("D-32 facts recorded late", () => {
  it("finding: a missed dialog can be made to look kept — R10 R24 a dialog scheduled and recorded today, held on paper in June, is recorded late in the trail, the dialog and the report", async () => {
    // The letter recorded by 30 September, and the report of that day: the first half-year's
    // dialog was missed.
    t.setToday("2026-09-30");
    const id = await signedAgreement(t);
    const coordinator = t.as(NOK, ["coordinator"]);
    const path = `/v1/agreements/${id}`;
    const before = (
      await t.as(LTU, ["viewer"]).get(`${path}/reports/follow-up?year=2026&asOf=2026-09-30`)
    ).json;
    expect(before.dialogs.periods[0]).toMatchObject({ period: "2026-H1", outcome: "missed" });
    t.setToday(TEST_TODAY);
    const dialog = await coordinator.post(`${path}/dialogs`, { scheduledOn: "2026-06-10" });
    const record = await coordinator.post(`${path}/dialogs/${dialog.json.id}/record`, {
      heldOn: "2026-06-10",
      topics,
    });
    expect(record.status).toBe(201);
    expect(record.json.record).toMatchObject({ heldOn: "2026-06-10", recordedOn: TEST_TODAY });
    const shown = await t.as(LTU, ["viewer"]).get(`${path}/dialogs/${dialog.json.id}`);
    expect(shown.json.record.recordedOn).toBe(TEST_TODAY);

    const trail = (await t.as(LTU, ["viewer"]).get(`${path}/events?limit=100`)).json.items;
    const recorded = trail.find((e: { type: string }) => e.type === "DialogRecorded");
    expect(recorded.recordedLate).toEqual({ factOn: "2026-06-10", recordedOn: TEST_TODAY });
    const scheduled = trail.find((e: { type: string }) => e.type === "DialogScheduled");
    expect(scheduled.recordedLate).toBeNull();

    const report = (await t.as(LTU, ["viewer"]).get(`${path}/reports/follow-up?year=2026`)).json;
    expect(() => z.parse(FollowUpReportView, report)).not.toThrow();
    expect(report.dialogs.periods[0]).toMatchObject({
      period: "2026-H1",
      outcome: "recorded-late",
      recordedLate: { dialogId: dialog.json.id, heldOn: "2026-06-10", recordedOn: TEST_TODAY },
    });
    expect(report.dialogs.totals.onTime.count).toBe(0);
    expect(report.dialogs.totals.recordedLate.count).toBe(1);
    expect(report.obligations.R10.onTime.count).toBe(0);
    expect(report.obligations.R10.recordedLate.obligations[0]).toMatchObject({
      id: "half-year-dialog:2026-H1",
      recordedOn: TEST_TODAY,
    });
    // The report as made on 30 September reads the same as then (D-29): the late record is later.
    const again = (
      await t.as(LTU, ["viewer"]).get(`${path}/reports/follow-up?year=2026&asOf=2026-09-30`)
    ).json;
    expect(again.dialogs.periods[0].outcome).toBe("missed");

    const csv = await t.app.request(`http://localhost${path}/reports/follow-up?year=2026`, {
      headers: { authorization: `Bearer ${await t.token(LTU, ["viewer"])}`, accept: "text/csv" },
    });
    const text = await csv.text();
    // In words (#16.6): the half-year, its outcome, and when it was held and recorded.
    expect(text).toContain(
      `Första halvåret 2026;2026-01-01;2026-06-30;1;Registrerat i efterhand;2026-06-10;hölls 2026-06-10, registrerad ${TEST_TODAY}`,
    );
  });

  it("R10 a dialog recorded within 14 days of being held is on time, unmarked", async () => {
    const id = await signedAgreement(t);
    const coordinator = t.as(NOK, ["coordinator"]);
    const path = `/v1/agreements/${id}`;
    const dialog = await coordinator.post(`${path}/dialogs`, { scheduledOn: "2026-12-20" });
    await coordinator.post(`${path}/dialogs/${dialog.json.id}/record`, {
      heldOn: "2026-12-20",
      topics,
    });
    const trail = (await t.as(LTU, ["viewer"]).get(`${path}/events?limit=100`)).json.items;
    expect(
      trail.find((e: { type: string }) => e.type === "DialogRecorded").recordedLate,
    ).toBeNull();
    const report = (await t.as(LTU, ["viewer"]).get(`${path}/reports/follow-up?year=2026`)).json;
    expect(report.dialogs.periods[1]).toMatchObject({
      period: "2026-H2",
      outcome: "on-time",
      recordedLate: null,
    });
  });
});
