import { describe, expect, it } from "vitest";
import { followUp } from "../../src/report/follow-up";
import type { RecordedFact } from "../../src/report/report-events";
import { BODEN, d, dialog, KIRUNA, LTU, ltuNokLetter, PITEA } from "./ltu-nok-facts";
import { ltuNokHistory } from "./ltu-nok-history";

const history = ltuNokHistory();
const report2026 = followUp({ events: history }, 2026);
const ids = (...values: string[]) => values;
const obligation = (id: string, dueOn: string, fulfilledOn: string | null) => ({
  id,
  dueOn: d(dueOn),
  fulfilledOn: fulfilledOn === null ? null : d(fulfilledOn),
});

describe("R24 follow-up report of 2026 for the LTU–NoK letter", () => {
  it("R24 the letter was in force all of 2026, with LTU's notice on record", () => {
    expect(report2026.year).toBe(2026);
    expect(report2026.inForce).toEqual({
      duringYear: true,
      from: d("2026-01-01"),
      until: d("2026-12-31"),
      enteredIntoForceOn: d("2025-10-01"),
      noticeReceivedOn: d("2026-10-15"),
      endsOn: d("2027-01-15"),
    });
  });

  it("R24 R10 dialogs due against held per half-year: H1 on time, H2 late", () => {
    const [h1, h2] = report2026.dialogs.periods;
    // H1: three dialogs held in it, the first on 18 March.
    expect(h1).toMatchObject({ period: "2026-H1", due: 1, outcome: "on-time", heldLate: null });
    expect(h1?.held.map((dialog) => dialog.dialogId)).toEqual(
      ids("dlg-spring", "dlg-may", "dlg-june"),
    );
    // H2: none held by 31 December; dlg-winter on 12 January is 12 days after, within 90.
    expect(h2).toMatchObject({ period: "2026-H2", due: 1, held: [], outcome: "late" });
    expect(h2?.heldLate).toEqual({ dialogId: "dlg-winter", heldOn: d("2027-01-12") });
    expect(report2026.dialogs.totals).toEqual({
      due: { count: 2, periods: ids("2026-H1", "2026-H2") },
      onTime: { count: 1, periods: ids("2026-H1") },
      late: { count: 1, periods: ids("2026-H2") },
      recordedLate: { count: 0, periods: [] },
      missed: { count: 0, periods: [] },
      open: { count: 0, periods: [] },
    });
  });

  it("R24 R12 bases of the dialogs held in 2026: days before the scheduled date, on time, late, missing", () => {
    // Due 14 days before the scheduled date: spring 4 Mar (came 2 Mar, 16 days before), May 21 Apr
    // (never), June 27 May (came 1 Jun, 9 days before the 10 June it was scheduled for).
    expect(
      report2026.bases.dialogs.map((b) => [b.dialogId, b.daysBeforeDialog, b.outcome]),
    ).toEqual([
      ["dlg-spring", 16, "on-time"],
      ["dlg-may", null, "missing"],
      ["dlg-june", 9, "late"],
    ]);
    expect(report2026.bases.dialogs[2]).toMatchObject({
      scheduledOn: d("2026-06-10"),
      heldOn: d("2026-06-11"),
      dueOn: d("2026-05-27"),
      submittedOn: d("2026-06-01"),
    });
    const { held, onTime, late, missing } = report2026.bases.totals;
    expect([held.count, onTime.count, late.count, missing.count]).toEqual([3, 1, 1, 1]);
    expect(missing.dialogIds).toEqual(ids("dlg-may"));
  });

  it("R24 R6 needs raised in 2026 per municipality, party and dialog × focus area", () => {
    const { needs } = report2026;
    // Six needs in 2026 (need-2025 and need-2027 are other years').
    expect(needs.raised).toEqual({
      count: 6,
      needIds: ids("need-k1", "need-p1", "need-d1", "need-k2", "need-b1", "need-ltu"),
    });
    // Rows: municipalities by number (Boden 2502, Piteå 2734, Kiruna 2817), the party, the dialogs.
    expect(needs.bySource.map((row) => [row.source, row.kind, row.total.count])).toEqual([
      [BODEN.orgNumber, "municipality", 1],
      [PITEA.orgNumber, "municipality", 1],
      [KIRUNA.orgNumber, "municipality", 2],
      [LTU.orgNumber, "party", 1],
      ["dialog", "dialog", 1],
    ]);
    const kiruna = needs.bySource[2]?.byFocusArea;
    expect(kiruna?.["health-and-care"]).toEqual({ count: 1, needIds: ids("need-k1") });
    expect(kiruna?.digitalisation).toEqual({ count: 1, needIds: ids("need-k1") });
    expect(kiruna?.education).toEqual({ count: 1, needIds: ids("need-k2") });
    expect(kiruna?.["competence-development"]?.count).toBe(0);
    // Columns: k1 and b1 touch two areas each, so the cells hold 8 entries for 6 needs.
    expect(Object.values(needs.byFocusArea).map((cell) => cell.count)).toEqual([1, 2, 2, 2, 1]);
    expect(needs.byFocusArea["health-and-care"]?.needIds).toEqual(ids("need-k1", "need-b1"));
    // Activities a (k1), b (p1), c (b1) and d (d1, k1) answer four of them; k2 and ltu wait.
    expect(needs.ledToActivity).toEqual({
      count: 4,
      needIds: ids("need-k1", "need-p1", "need-d1", "need-b1"),
      activityIds: ids("act-a", "act-b", "act-c", "act-d"),
    });
  });

  it("R24 R14 activities by kind and by status at year end, in every state", () => {
    const { activities } = report2026;
    // act-f is defined in 2027; act-e in 2025 still counts, being defined by the end of 2026.
    expect(activities.defined.activityIds).toEqual(
      ids("act-e", "act-a", "act-b", "act-c", "act-d"),
    );
    expect(activities.byKind.analysis.activityIds).toEqual(ids("act-e"));
    expect(activities.byKind["test-environment"].activityIds).toEqual(ids("act-a"));
    expect(activities.byKind.other.count).toBe(0);
    expect(activities.byStatus).toEqual({
      // LTU signs act-d on 5 January 2027.
      "awaiting-signatures": { count: 1, activityIds: ids("act-d") },
      // RISE signed act-c last, on 30 October; it has not started.
      "ready-to-start": { count: 1, activityIds: ids("act-c") },
      running: { count: 2, activityIds: ids("act-e", "act-b") },
      completed: { count: 1, activityIds: ids("act-a") },
    });
  });

  it("R24 R14 days from a special agreement's current version to its last signature", () => {
    // a: 1 Mar → Kiruna 20 Mar = 19 days. b: version 2 of 1 May → Piteå 21 May = 20 days (NoK's
    // signature of version 1 does not count). c: 1 Oct → RISE 30 Oct = 29 days. e was signed in
    // 2025, d in 2027.
    expect(report2026.activities.agreementsSigned).toEqual([
      {
        activityId: "act-a",
        version: 1,
        draftedOn: d("2026-03-01"),
        fullySignedOn: d("2026-03-20"),
        days: 19,
      },
      {
        activityId: "act-b",
        version: 2,
        draftedOn: d("2026-05-01"),
        fullySignedOn: d("2026-05-21"),
        days: 20,
      },
      {
        activityId: "act-c",
        version: 1,
        draftedOn: d("2026-10-01"),
        fullySignedOn: d("2026-10-30"),
        days: 29,
      },
    ]);
  });

  it("R24 R5 funnel from 2026's needs to completed activities: 6 → 4 → 3 → 2 → 1", () => {
    expect(report2026.activities.funnel.map((s) => [s.step, s.count, s.activityIds])).toEqual([
      ["needs-raised", 6, []],
      ["activity-defined", 4, ids("act-a", "act-b", "act-c", "act-d")],
      ["fully-signed", 3, ids("act-a", "act-b", "act-c")],
      ["started", 2, ids("act-a", "act-b")],
      ["completed", 1, ids("act-a")],
    ]);
    expect(report2026.activities.funnel[4]?.needIds).toEqual(ids("need-k1"));
  });

  it("R24 R7 funding applications by status at year end, with amounts requested and granted", () => {
    const { byStatus, total } = report2026.funding;
    expect(byStatus).toEqual({
      // app-6 is planned in 2026 and submitted in 2027.
      planned: {
        count: 2,
        applicationIds: ids("app-5", "app-6"),
        requestedSek: 550_000,
        grantedSek: 0,
      },
      // app-3's grant comes on 13 January 2027.
      submitted: { count: 1, applicationIds: ids("app-3"), requestedSek: 3_000_000, grantedSek: 0 },
      granted: {
        count: 1,
        applicationIds: ids("app-1"),
        requestedSek: 2_000_000,
        grantedSek: 1_500_000,
      },
      // Requested 800 000, revised to 900 000 before submission.
      rejected: { count: 1, applicationIds: ids("app-2"), requestedSek: 900_000, grantedSek: 0 },
      withdrawn: { count: 1, applicationIds: ids("app-4"), requestedSek: 500_000, grantedSek: 0 },
    });
    // 2 000 000 + 900 000 + 3 000 000 + 500 000 + 250 000 + 300 000.
    expect(total).toMatchObject({ count: 6, requestedSek: 6_950_000, grantedSek: 1_500_000 });
  });

  it("R24 R21 obligations of 2026 per rule: on time, late, missed and lapsed, with ids and dates", () => {
    const { R10, R12, R13, R15, R7 } = report2026.obligations;
    expect(R10.onTime.obligations).toEqual([
      obligation("half-year-dialog:2026-H1", "2026-06-30", "2026-03-18"),
    ]);
    expect(R10.late.obligations).toEqual([
      obligation("half-year-dialog:2026-H2", "2026-12-31", "2027-01-12"),
    ]);
    // dlg-winter's basis was due 29 Dec 2026 (14 days before 12 Jan) and came 5 Jan: late, in 2026.
    expect(R12.due.obligations.map((o) => o.id)).toEqual(
      ["dlg-spring", "dlg-may", "dlg-june", "dlg-autumn", "dlg-winter"].map(
        (id) => `dialog-basis:${id}`,
      ),
    );
    expect(R12.late.obligations).toEqual([
      obligation("dialog-basis:dlg-june", "2026-05-27", "2026-06-01"),
      obligation("dialog-basis:dlg-winter", "2026-12-29", "2027-01-05"),
    ]);
    expect(R12.missed.obligations.map((o) => o.id)).toEqual([
      "dialog-basis:dlg-may",
      "dialog-basis:dlg-autumn",
    ]);
    expect(R13.onTime.obligations).toEqual([
      obligation("annual-needs-review:2026", "2026-12-31", "2026-03-18"),
    ]);
    expect(R15.late.obligations).toEqual([
      obligation("structure-review:2026", "2026-12-31", "2027-01-14"),
    ]);
    // app-4 was withdrawn before its deadline: lapsed; app-5 was never submitted: missed.
    expect(R7.lapsed.obligations.map((o) => o.id)).toEqual([
      "funding-application-submission:app-4",
    ]);
    expect(R7.missed.obligations.map((o) => o.id)).toEqual([
      "funding-application-submission:app-5",
    ]);
    const counts = Object.values(report2026.obligations).map((f) => [
      f.rule,
      f.due.count,
      f.onTime.count,
      f.late.count,
      f.missed.count,
      f.lapsed.count,
    ]);
    expect(counts).toEqual([
      ["R10", 2, 1, 1, 0, 0],
      ["R12", 5, 1, 2, 2, 0],
      ["R13", 1, 1, 0, 0, 0],
      ["R15", 1, 0, 1, 0, 0],
      ["R7", 5, 3, 0, 1, 1],
    ]);
  });
});

describe("R24 follow-up report of the other years", () => {
  it("R24 2025: the half-year of entry into force needs no dialog, but a basis given counts", () => {
    const report = followUp({ events: history }, 2025);
    expect(report.inForce).toMatchObject({
      duringYear: true,
      from: d("2025-10-01"),
      until: d("2025-12-31"),
    });
    expect(
      report.dialogs.periods.map((p) => [p.period, p.due, p.notDueBecause, p.outcome]),
    ).toEqual([
      ["2025-H1", 0, "not-in-force", "not-due"],
      ["2025-H2", 0, "entered-into-force-in-period", "not-due"],
    ]);
    expect(report.dialogs.totals.due.count).toBe(0);
    expect(report.obligations.R12.onTime.obligations).toEqual([
      obligation("dialog-basis:dlg-2025", "2025-11-06", "2025-11-01"),
    ]);
    expect([
      report.obligations.R10.due.count,
      report.obligations.R13.due.count,
      report.obligations.R15.due.count,
    ]).toEqual([0, 0, 0]);
    expect(report.activities.byStatus["ready-to-start"].activityIds).toEqual(ids("act-e"));
    expect(report.activities.funnel.map((s) => s.count)).toEqual([1, 1, 1, 0, 0]);
  });

  it("R24 R20 2027: the letter ends on 15 January, so the year's duties lapse unless met on time", () => {
    const report = followUp({ events: history }, 2027);
    expect(report.inForce).toMatchObject({ from: d("2027-01-01"), until: d("2027-01-15") });
    expect(report.dialogs.periods.map((p) => [p.period, p.due, p.notDueBecause])).toEqual([
      ["2027-H1", 0, "ends-before-period-end"],
      ["2027-H2", 0, "not-in-force"],
    ]);
    const { R10, R12, R13, R15, R7 } = report.obligations;
    // dlg-winter held on 12 January fulfils H1 on time, before the end; the rest lapse.
    expect(R10.onTime.obligations).toEqual([
      obligation("half-year-dialog:2027-H1", "2027-06-30", "2027-01-12"),
    ]);
    expect(R13.lapsed.obligations).toEqual([
      obligation("annual-needs-review:2027", "2027-12-31", null),
    ]);
    expect(R15.lapsed.count).toBe(1);
    expect(R12.due.count).toBe(0);
    expect(R7.onTime.obligations).toEqual([
      obligation("funding-application-submission:app-6", "2027-01-10", "2027-01-08"),
    ]);
    expect(report.bases.dialogs.map((b) => [b.dialogId, b.daysBeforeDialog, b.outcome])).toEqual([
      ["dlg-winter", 7, "late"],
    ]);
    expect(report.activities.agreementsSigned.map((a) => [a.activityId, a.days])).toEqual([
      ["act-d", 35],
    ]);
    expect(report.funding.byStatus.granted).toMatchObject({
      applicationIds: ids("app-1", "app-3"),
      grantedSek: 4_000_000,
    });
  });

  it("R24 a year with no facts, or before the letter was drafted, gives zeros and empty lists", () => {
    const empty = followUp({ events: [] }, 2026);
    expect(empty.inForce).toEqual({
      duringYear: false,
      from: null,
      until: null,
      enteredIntoForceOn: null,
      noticeReceivedOn: null,
      endsOn: null,
    });
    expect(empty.dialogs).toEqual({
      dialogsPerYear: null,
      periods: [],
      totals: {
        due: { count: 0, periods: [] },
        onTime: { count: 0, periods: [] },
        late: { count: 0, periods: [] },
        missed: { count: 0, periods: [] },
        recordedLate: { count: 0, periods: [] },
        open: { count: 0, periods: [] },
      },
    });
    const before = followUp({ events: history }, 2024);
    for (const report of [empty, before]) {
      expect(report.dialogs.totals.due.count).toBe(0);
      expect(report.bases.dialogs).toEqual([]);
      expect(report.needs.raised).toEqual({ count: 0, needIds: [] });
      expect(report.needs.bySource).toEqual([]);
      expect(report.activities.defined).toEqual({ count: 0, activityIds: [] });
      expect(report.activities.funnel.every((stage) => stage.count === 0)).toBe(true);
      expect(report.funding.total).toEqual({
        count: 0,
        applicationIds: [],
        requestedSek: 0,
        grantedSek: 0,
      });
      expect(Object.values(report.obligations).every((f) => f.due.count === 0)).toBe(true);
    }
  });

  it("R24 R10 the dialogs a year is a term: four a year gives quarters, one a year the year", () => {
    // Q1 held 10 Feb; Q2 none, nor within 90 days of 30 Jun; Q3 none, but 20 Oct is within 90
    // days of 30 Sep; Q4 held 20 Oct.
    const held = [
      ...dialog("dlg-q1", "2026-02-10", { heldOn: "2026-02-10" }),
      ...dialog("dlg-q4", "2026-10-20", { heldOn: "2026-10-20" }),
    ];
    const quarterly = followUp(
      { events: [...ltuNokLetter("2025-10-01", { dialogsPerYear: 4 }), ...held] },
      2026,
    );
    expect(quarterly.dialogs.periods.map((p) => [p.period, p.outcome])).toEqual([
      ["2026-Q1", "on-time"],
      ["2026-Q2", "missed"],
      ["2026-Q3", "late"],
      ["2026-Q4", "on-time"],
    ]);
    expect(quarterly.obligations.R10.missed.obligations.map((o) => o.id)).toEqual([
      "half-year-dialog:2026-Q2",
    ]);
    const yearly = followUp(
      { events: [...ltuNokLetter("2025-10-01", { dialogsPerYear: 1 }), ...held] },
      2026,
    );
    expect(yearly.dialogs.totals.onTime.periods).toEqual(["2026"]);
    expect(yearly.dialogs.periods[0]?.held.map((h) => h.dialogId)).toEqual(ids("dlg-q1", "dlg-q4"));
  });

  it("R24 dialog and need events count the same in the letter's stream as in their own", () => {
    const own = [
      ...ltuNokLetter(),
      ...dialog("dlg-1", "2026-03-10", { basis: "2026-02-20", heldOn: "2026-03-10" }),
    ];
    const inLetter: RecordedFact[] = own.map((f) => ({ ...f, aggregate: "letter" }));
    expect(followUp({ events: inLetter }, 2026)).toEqual(followUp({ events: own }, 2026));
    expect(followUp({ events: own }, 2026).dialogs.totals.onTime.periods).toEqual(["2026-H1"]);
  });
});
