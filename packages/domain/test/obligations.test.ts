import { afterEach, describe, expect, it, vi } from "vitest";
import { letterObligations, type Obligation, signedLtuNokLetterEvents } from "../src/index";
import { coordinatorOf, LTU, NOK, signatoryOf } from "./support/fixtures";
import { historyOf } from "./support/given-when-then";
import { d, holdDialog, letterWithGroup, signedLetter, stateOf } from "./support/letters";

const byId = (obligations: Obligation[]) => Object.fromEntries(obligations.map((o) => [o.id, o]));
const statuses = (obligations: Obligation[]) =>
  Object.fromEntries(obligations.map((o) => [o.id, o.status]));

describe("R10 D-2 one leadership dialog per half-year", () => {
  it("R10 the half-year in which the letter enters into force does not count; the next one is shown as upcoming", () => {
    const letter = stateOf(signedLetter("2025-10-01"));
    const halfYears = letterObligations(letter, d("2025-12-31")).filter(
      (o) => o.kind === "half-year-dialog",
    );
    expect(halfYears).toEqual([
      expect.objectContaining({
        id: "half-year-dialog:2026-H1",
        rule: "R10",
        dueOn: "2026-06-30",
        status: "upcoming",
      }),
    ]);
  });

  it("R10 entry into force on the first day of a half-year: that half-year still does not count", () => {
    const letter = stateOf(signedLetter("2026-07-01"));
    const ids = letterObligations(letter, d("2026-12-31"))
      .filter((o) => o.kind === "half-year-dialog")
      .map((o) => o.id);
    expect(ids).toEqual(["half-year-dialog:2027-H1"]);
  });

  it("R10 entry into force on the last day of a half-year: the next half-year counts", () => {
    const letter = stateOf(signedLetter("2026-06-30"));
    const ids = letterObligations(letter, d("2026-07-01"))
      .filter((o) => o.kind === "half-year-dialog")
      .map((o) => o.id);
    expect(ids).toEqual(["half-year-dialog:2026-H2", "half-year-dialog:2027-H1"]);
  });

  it("R10 a dialog held within a half-year fulfils it; a half-year without one is overdue after its last day", () => {
    const events = historyOf(
      [...holdDialog("spring", "2026-05-20"), ...holdDialog("late-autumn", "2027-01-10")],
      signedLetter("2025-10-01"),
    );
    const obligations = letterObligations(stateOf(events), d("2027-01-15"));
    expect(byId(obligations)["half-year-dialog:2026-H1"]).toMatchObject({
      status: "fulfilled",
      fulfilledOn: "2026-05-20",
    });
    expect(byId(obligations)["half-year-dialog:2026-H2"]).toMatchObject({
      status: "overdue",
      fulfilledOn: null,
    });
    // The January dialog belongs to 2027-H1; it does not rescue 2026-H2.
    expect(byId(obligations)["half-year-dialog:2027-H1"]).toMatchObject({
      status: "fulfilled",
      fulfilledOn: "2027-01-10",
    });
  });

  it("R10 the number of dialogs a year is a term: with four, each quarter needs one", () => {
    const fourPerYear = signedLetter("2025-10-01").map((event) =>
      event.type === "LetterDrafted"
        ? { ...event, terms: { ...event.terms, dialogsPerYear: 4 as const } }
        : event,
    );
    const ids = letterObligations(stateOf(fourPerYear), d("2026-05-01"))
      .filter((o) => o.kind === "half-year-dialog")
      .map((o) => o.id);
    expect(ids).toEqual([
      "half-year-dialog:2026-Q1",
      "half-year-dialog:2026-Q2",
      "half-year-dialog:2026-Q3",
    ]);
  });
});

describe("R13 D-4 the annual needs review", () => {
  it("R13 each calendar year that begins while in force needs a dialog whose record includes a needs review", () => {
    const withoutReview = historyOf(holdDialog("spring", "2026-05-20"), signedLetter("2025-10-01"));
    const withReview = historyOf(
      holdDialog("spring", "2026-05-20", true),
      signedLetter("2025-10-01"),
    );
    expect(
      byId(letterObligations(stateOf(withoutReview), d("2027-01-01")))["annual-needs-review:2026"],
    ).toMatchObject({
      rule: "R13",
      dueOn: "2026-12-31",
      status: "overdue",
    });
    expect(
      byId(letterObligations(stateOf(withReview), d("2027-01-01")))["annual-needs-review:2026"],
    ).toMatchObject({
      status: "fulfilled",
      fulfilledOn: "2026-05-20",
    });
  });

  it("R13 the year of entry into force does not count, even when signed on 1 January", () => {
    const ids = (signedOn: string, asOf: string) =>
      letterObligations(stateOf(signedLetter(signedOn)), d(asOf))
        .filter((o) => o.kind === "annual-needs-review")
        .map((o) => o.id);
    expect(ids("2026-01-01", "2026-06-01")).toEqual(["annual-needs-review:2027"]);
    expect(ids("2025-12-31", "2026-06-01")).toEqual([
      "annual-needs-review:2026",
      "annual-needs-review:2027",
    ]);
  });
});

describe("R15 D-5 the yearly structure review", () => {
  it("R15 one review per calendar year that begins while in force, due by 31 December; a late one fulfils it late", () => {
    const events = historyOf(
      [
        {
          type: "RecordStructureReview",
          actor: coordinatorOf(NOK),
          year: 2026,
          reviewedOn: "2027-01-20",
          summary: "late",
        },
      ],
      signedLetter("2025-10-01"),
    );
    const letter = stateOf(events);
    expect(byId(letterObligations(letter, d("2027-01-05")))["structure-review:2026"]).toMatchObject(
      { dueOn: "2026-12-31", status: "overdue" },
    );
    expect(byId(letterObligations(letter, d("2027-01-20")))["structure-review:2026"]).toMatchObject(
      { status: "fulfilled", fulfilledOn: "2027-01-20" },
    );
    expect(byId(letterObligations(letter, d("2025-12-01")))).not.toHaveProperty(
      "structure-review:2025",
    );
  });
});

describe("R21 obligations are derived from facts and a date", () => {
  const withDialog = () =>
    historyOf(
      [
        {
          type: "ScheduleDialog",
          actor: coordinatorOf(NOK),
          dialogId: "spring",
          scheduledOn: "2026-04-15",
        },
      ],
      letterWithGroup(),
    );

  it("R21 R12 D-3 a dialog's basis, due 14 days ahead, moves from upcoming to due soon, overdue and fulfilled as the date moves", () => {
    const events = historyOf(
      [
        {
          type: "SubmitDialogBasis",
          actor: coordinatorOf(LTU),
          dialogId: "spring",
          submittedOn: "2026-04-03",
          summary: "x",
        },
      ],
      withDialog(),
    );
    const basisOn = (asOf: string) =>
      byId(letterObligations(stateOf(events), d(asOf)))["dialog-basis:spring"];
    expect(basisOn("2026-03-17")).toMatchObject({
      rule: "R12",
      dueOn: "2026-04-01",
      status: "upcoming",
    });
    expect(basisOn("2026-03-18")).toMatchObject({ status: "due-soon" });
    expect(basisOn("2026-04-01")).toMatchObject({ status: "due-soon" });
    expect(basisOn("2026-04-02")).toMatchObject({ status: "overdue", fulfilledOn: null });
    expect(basisOn("2026-04-03")).toMatchObject({ status: "fulfilled", fulfilledOn: "2026-04-03" });
  });

  it("R21 every obligation names its rule, a due date and what fulfils it", () => {
    for (const obligation of letterObligations(stateOf(withDialog()), d("2026-12-01"))) {
      expect(["R10", "R12", "R13", "R15"]).toContain(obligation.rule);
      expect(obligation.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(obligation.fulfilledBy.length).toBeGreaterThan(10);
    }
  });

  it("R17 a draft letter has no obligations", () => {
    const draft = signedLtuNokLetterEvents({ letterId: "x" }).filter(
      (e) => e.type === "LetterDrafted",
    );
    expect(letterObligations(stateOf(draft), d("2030-01-01"))).toEqual([]);
  });

  describe("with the system clock moved", () => {
    afterEach(() => vi.useRealTimers());
    it("R21 nothing reads the clock: the same facts and date give the same obligations in any year", () => {
      const letter = stateOf(withDialog());
      vi.useFakeTimers({ now: new Date("2020-01-01T00:00:00Z") });
      const in2020 = letterObligations(letter, d("2026-04-05"));
      vi.setSystemTime(new Date("2040-06-30T23:59:59Z"));
      expect(letterObligations(letter, d("2026-04-05"))).toEqual(in2020);
    });
  });
});

describe("R20 obligations when the letter ends", () => {
  const noticeOn30Nov = () =>
    historyOf(
      [{ type: "GiveTerminationNotice", actor: signatoryOf(LTU), receivedOn: "2026-11-30" }],
      signedLetter("2025-10-01"),
    );

  it("R20 due after the end date: lapsed once the letter ends; due on or before it: stay due", () => {
    const after = statuses(letterObligations(stateOf(noticeOn30Nov()), d("2027-03-01")));
    expect(after).toEqual({
      "half-year-dialog:2026-H1": "overdue",
      "half-year-dialog:2026-H2": "overdue",
      "annual-needs-review:2026": "overdue",
      "structure-review:2026": "overdue",
      "half-year-dialog:2027-H1": "lapsed",
      "annual-needs-review:2027": "lapsed",
      "structure-review:2027": "lapsed",
    });
  });

  it("finding: after notice, duties past the end are shown as upcoming — R20 R21 before the end they are lapsing, not upcoming; due on or before the end, they stay due", () => {
    const before = statuses(letterObligations(stateOf(noticeOn30Nov()), d("2027-02-28")));
    expect(before["half-year-dialog:2027-H1"]).toBe("lapsing");
    expect(before["structure-review:2027"]).toBe("lapsing");
    expect(before["half-year-dialog:2026-H2"]).toBe("overdue");
    // Before the notice, the same duty is upcoming: only the notice makes it lapse.
    const withoutNotice = statuses(
      letterObligations(stateOf(signedLetter("2025-10-01")), d("2027-02-28")),
    );
    expect(withoutNotice["half-year-dialog:2027-H1"]).toBe("upcoming");
  });

  it("R20 nothing new becomes due after the end: no period that begins after it is listed", () => {
    const later = letterObligations(stateOf(noticeOn30Nov()), d("2029-01-01"));
    expect(later.map((o) => o.id)).not.toContain("half-year-dialog:2027-H2");
    expect(later.every((o) => o.dueOn <= "2027-12-31")).toBe(true);
    expect(later.filter((o) => o.dueOn > "2027-02-28").every((o) => o.status === "lapsed")).toBe(
      true,
    );
  });

  it("R10 D-2 a half-year counts only if the letter is in force on its last day: the half-year cut short lapses", () => {
    const events = historyOf(
      [{ type: "GiveTerminationNotice", actor: signatoryOf(NOK), receivedOn: "2027-03-29" }],
      signedLetter("2025-10-01"),
    );
    expect(
      byId(letterObligations(stateOf(events), d("2027-07-01")))["half-year-dialog:2027-H1"],
    ).toMatchObject({
      dueOn: "2027-06-30",
      status: "lapsed",
    });
    // Ends 2027-06-30 exactly: in force on the half-year's last day, so it counts.
    const onLastDay = historyOf(
      [{ type: "GiveTerminationNotice", actor: signatoryOf(NOK), receivedOn: "2027-03-30" }],
      signedLetter("2025-10-01"),
    );
    expect(
      byId(letterObligations(stateOf(onLastDay), d("2027-07-01")))["half-year-dialog:2027-H1"],
    ).toMatchObject({
      status: "overdue",
    });
  });
});
