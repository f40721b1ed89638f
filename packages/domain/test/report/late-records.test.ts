import { describe, expect, it } from "vitest";
import { followUp } from "../../src/report/follow-up";
import type { RecordedFact } from "../../src/report/report-events";
import { d, dialog, ltuNokLetter, structureReview } from "./ltu-nok-facts";

/** The facts as recorded on `recordedOn` (D-32): the stream keeps the day each was recorded. */
const recordedOn = (day: string, facts: RecordedFact[]): RecordedFact[] =>
  facts.map((fact) => ({ ...fact, recordedOn: d(day) }));

describe("D-32 the follow-up report counts facts recorded late apart", () => {
  // H1 2026 had no dialog: the report as of 2026-09-30 says it was missed.
  const letter = recordedOn("2025-10-01", ltuNokLetter("2025-10-01"));
  const before = followUp({ events: letter }, 2026, d("2026-09-30"));

  it("finding: a missed dialog can be made to look kept — R10 R24 a dialog scheduled and recorded in December, held on paper in June, is recorded late, not on time", () => {
    expect(before.dialogs.periods[0]).toMatchObject({ period: "2026-H1", outcome: "missed" });
    const backdated = recordedOn(
      "2026-12-04",
      dialog("dlg-june", "2026-06-10", { heldOn: "2026-06-10" }),
    );
    const after = followUp({ events: [...letter, ...backdated] }, 2026, d("2026-12-04"));
    const h1 = after.dialogs.periods[0];
    expect(h1).toMatchObject({
      period: "2026-H1",
      outcome: "recorded-late",
      recordedLate: { dialogId: "dlg-june", heldOn: "2026-06-10", recordedOn: "2026-12-04" },
    });
    expect(after.dialogs.totals.onTime.count).toBe(0);
    expect(after.dialogs.totals.recordedLate).toEqual({ count: 1, periods: ["2026-H1"] });
    expect(after.obligations.R10.onTime.count).toBe(0);
    expect(after.obligations.R10.recordedLate.obligations).toEqual([
      {
        id: "half-year-dialog:2026-H1",
        dueOn: "2026-06-30",
        fulfilledOn: "2026-06-10",
        recordedOn: "2026-12-04",
      },
    ]);
  });

  it("R10 R24 a dialog recorded within 14 days of being held is on time; one recorded in time wins over one recorded late", () => {
    const inTime = recordedOn(
      "2026-06-24",
      dialog("dlg-a", "2026-06-10", { heldOn: "2026-06-10" }),
    );
    expect(followUp({ events: [...letter, ...inTime] }, 2026).dialogs.periods[0]?.outcome).toBe(
      "on-time",
    );
    const lateToo = recordedOn(
      "2026-12-04",
      dialog("dlg-b", "2026-03-01", { heldOn: "2026-03-01" }),
    );
    const both = followUp({ events: [...letter, ...inTime, ...lateToo] }, 2026);
    expect(both.dialogs.periods[0]).toMatchObject({ outcome: "on-time", recordedLate: null });
  });

  it("R12 R15 R24 a basis and a structure review recorded late are counted apart, with both dates", () => {
    const basis = [
      ...recordedOn("2026-05-01", dialog("dlg-s", "2026-06-10").slice(0, 1)),
      ...recordedOn(
        "2026-06-20",
        dialog("dlg-s", "2026-06-10", { basis: "2026-05-20", heldOn: "2026-06-10" }).slice(1),
      ),
    ];
    const review = { ...structureReview(2026, "2026-11-01"), recordedOn: d("2026-12-01") };
    const report = followUp({ events: [...letter, ...basis, review] }, 2026);
    expect(report.bases.dialogs[0]).toMatchObject({
      dialogId: "dlg-s",
      submittedOn: "2026-05-20",
      recordedLateOn: "2026-06-20",
      outcome: "recorded-late",
    });
    expect(report.bases.totals.recordedLate.dialogIds).toEqual(["dlg-s"]);
    expect(report.obligations.R12.recordedLate.count).toBe(1);
    expect(report.obligations.R15.recordedLate.obligations[0]).toMatchObject({
      fulfilledOn: "2026-11-01",
      recordedOn: "2026-12-01",
    });
    expect(report.obligations.R15.onTime.count).toBe(0);
  });
});
