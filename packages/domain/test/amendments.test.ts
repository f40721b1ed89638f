import { describe, expect, it } from "vitest";
import {
  type LetterHeadEvent,
  letterAsOf,
  letterObligations,
  MAX_AMENDMENTS_PER_LETTER,
  termsOn,
} from "../src/index";
import { followUp } from "../src/report/follow-up";
import { coordinatorOf, LTU, NOK, OUTSIDER, signatoryOf } from "./support/fixtures";
import { givenLetter, historyOf } from "./support/given-when-then";
import { d, holdDialog, letterWithGroup, stateOf } from "./support/letters";

const decideIn = (events: LetterHeadEvent[], command: object) =>
  givenLetter(...events).when(command);

// The LTU–NoK letter in force from 2025-10-01: two dialogs a year, three months' notice.
const base = letterWithGroup();

const propose = (on: string, effectiveFrom: string, changes: object, amendmentId = "a1") => ({
  type: "ProposeAmendment",
  actor: signatoryOf(NOK),
  amendmentId,
  effectiveFrom,
  changes,
  on,
  today: on,
});
const sign = (org: typeof NOK, signedOn: string, amendmentId = "a1") => ({
  type: "SignAmendment",
  actor: signatoryOf(org),
  amendmentId,
  signedOn,
  today: signedOn,
});

/** Four dialogs a year from 1 July 2027, proposed in March and signed by both. */
const fourAYear = historyOf(
  [
    propose("2027-03-01", "2027-07-01", { dialogsPerYear: 4 }),
    sign(NOK, "2027-03-02"),
    sign(LTU, "2027-03-10"),
  ],
  base,
);

const periodKeys = (events: LetterHeadEvent[], asOf: string) =>
  letterObligations(stateOf(events), d(asOf))
    .filter((o) => o.kind === "half-year-dialog")
    .map((o) => o.id.replace("half-year-dialog:", ""));

describe("R26 amendments: a change of terms signed by both, from a date", () => {
  it("R26 proposed by one party's signatory, in force from the day the second party signs", () => {
    const events = fourAYear.slice(base.length);
    expect(events.map((e) => e.type)).toEqual([
      "AmendmentProposed",
      "AmendmentSigned",
      "AmendmentSigned",
      "AmendmentEnteredIntoForce",
    ]);
    const letter = stateOf(fourAYear);
    expect(letter.pendingAmendment).toBeNull();
    expect(letter.amendments?.[0]).toMatchObject({
      amendmentId: "a1",
      effectiveFrom: "2027-07-01",
      changes: { dialogsPerYear: 4 },
      inForceFrom: "2027-03-10",
    });
    // New terms = old terms with the changed field: the rest folds in unchanged.
    expect(termsOn(letter, d("2027-06-30"))).toEqual(letter.terms);
    expect(termsOn(letter, d("2027-07-01"))).toEqual({ ...letter.terms, dialogsPerYear: 4 });
  });

  it("finding: one party could change what binds both alone — R26 one signature changes nothing", () => {
    const half = historyOf(
      [propose("2027-03-01", "2027-07-01", { dialogsPerYear: 4 }), sign(NOK, "2027-03-02")],
      base,
    );
    expect(stateOf(half).amendments ?? []).toEqual([]);
    expect(periodKeys(half, "2027-12-31")).toContain("2027-H2");
    decideIn(half, sign(NOK, "2027-03-03")).thenRefuses("R26", "already-signed");
  });

  it("R26 R10 obligations before the date follow the old terms, after it the new: H1, then Q3 and Q4", () => {
    expect(periodKeys(fourAYear, "2027-12-31")).toEqual(
      expect.arrayContaining(["2026-H2", "2027-H1", "2027-Q3", "2027-Q4", "2028-Q1"]),
    );
    expect(periodKeys(fourAYear, "2027-12-31")).not.toContain("2027-H2");
    const q3 = letterObligations(stateOf(fourAYear), d("2027-12-31")).find(
      (o) => o.id === "half-year-dialog:2027-Q3",
    );
    expect(q3).toMatchObject({ dueOn: "2027-09-30", status: "overdue" });
  });

  it("R26 D-21 the view as of a day before both had signed shows the old terms", () => {
    const before = letterAsOf(stateOf(fourAYear), d("2027-03-05"));
    const next = before.obligations.filter((o) => o.kind === "half-year-dialog").at(-1);
    expect(next?.id).toBe("half-year-dialog:2027-H2");
    const after = letterAsOf(stateOf(fourAYear), d("2027-03-10"));
    expect(after.obligations.filter((o) => o.kind === "half-year-dialog").at(-1)?.id).toBe(
      "half-year-dialog:2027-H1",
    );
  });

  it("R26 R24 the follow-up report of the year of the amendment counts each part by its own terms", () => {
    const held = historyOf(
      [
        ...holdDialog("spring", "2027-04-20"),
        ...holdDialog("august", "2027-08-15"),
        // None in October–December: Q4 is missed (read as closed), by the new terms.
      ],
      fourAYear,
    );
    const report = followUp(
      { events: held.map((event) => ({ aggregate: "letter:ltu-nok", event })) },
      2027,
    );
    expect(report.dialogs.periods.map((p) => [p.period, p.due, p.outcome])).toEqual([
      ["2027-H1", 1, "on-time"],
      ["2027-Q3", 1, "on-time"],
      ["2027-Q4", 1, "missed"],
    ]);
    expect(report.dialogs.totals.due.count).toBe(3);
    expect(report.dialogs.dialogsPerYear).toBe(4);
    expect(report.obligations.R10.due.count).toBe(3);
  });

  it("R26 R18 notice from 3 to 6 months: a notice received after the date runs six months", () => {
    const six = historyOf(
      [
        propose("2027-01-10", "2027-02-01", { noticeMonths: 6 }),
        sign(NOK, "2027-01-10"),
        sign(LTU, "2027-01-11"),
        {
          type: "GiveTerminationNotice",
          actor: signatoryOf(LTU),
          receivedOn: "2027-03-15",
          today: "2027-03-15",
        },
      ],
      base,
    );
    expect(stateOf(six).notice?.endsOn).toBe("2027-09-15");
  });

  it("finding: an amendment could rewrite the past — R26 a backdated amendment is refused", () => {
    decideIn(base, propose("2027-03-01", "2027-01-01", { dialogsPerYear: 4 })).thenRefuses(
      "R26",
      "amendment-backdated",
    );
  });

  it("finding: an amendment could rewrite the past — R26 one that would change a due obligation is refused", () => {
    // A dialog on 2027-03-20: its basis is due 14 days before, on 6 March (upcoming on 1 March).
    const scheduled = historyOf(
      [
        {
          type: "ScheduleDialog",
          actor: coordinatorOf(NOK),
          dialogId: "march",
          scheduledOn: "2027-03-20",
        },
      ],
      base,
    );
    // 30 days' lead from today would put its due date on 18 February: overdue before today.
    const violation = decideIn(
      scheduled,
      propose("2027-03-01", "2027-03-01", { basisLeadDays: 30 }),
    ).thenRefuses("R26", "amendment-changes-past-obligation");
    expect(violation.details).toMatchObject({ obligations: ["dialog-basis:march"] });
    // From the day after the dialog, the same change binds only later dialogs: accepted.
    decideIn(scheduled, propose("2027-03-01", "2027-03-21", { basisLeadDays: 30 })).thenAccepted();
  });

  it("R26 refuses a change that changes nothing, one from outside the principal parties and one by a non-signatory", () => {
    decideIn(base, propose("2027-03-01", "2027-07-01", { dialogsPerYear: 2 })).thenRefuses(
      "R26",
      "amendment-changes-nothing",
    );
    decideIn(base, {
      ...propose("2027-03-01", "2027-07-01", { dialogsPerYear: 4 }),
      actor: signatoryOf(OUTSIDER),
    }).thenRefuses("R26", "not-a-principal-party");
    decideIn(base, {
      ...propose("2027-03-01", "2027-07-01", { dialogsPerYear: 4 }),
      actor: coordinatorOf(NOK),
    }).thenRefuses("R16", "not-a-signatory");
  });

  it("R26 D-52 one proposal pending at a time; either party withdraws it", () => {
    const pending = historyOf([propose("2027-03-01", "2027-07-01", { dialogsPerYear: 4 })], base);
    decideIn(pending, propose("2027-03-02", "2027-08-01", { noticeMonths: 6 }, "a2")).thenRefuses(
      "R26",
      "amendment-pending",
    );
    const withdrawn = historyOf(
      [
        {
          type: "WithdrawAmendment",
          actor: signatoryOf(LTU),
          amendmentId: "a1",
          on: "2027-03-03",
          today: "2027-03-03",
        },
      ],
      pending,
    );
    expect(stateOf(withdrawn).pendingAmendment).toBeNull();
    decideIn(withdrawn, sign(LTU, "2027-03-04")).thenRefuses("R26", "amendment-not-pending");
    decideIn(
      withdrawn,
      propose("2027-03-04", "2027-08-01", { noticeMonths: 6 }, "a2"),
    ).thenAccepted();
  });

  it("R26 D-52 at most 20 amendments per letter, each effective after the last", () => {
    const commands = Array.from({ length: MAX_AMENDMENTS_PER_LETTER }, (_, i) => {
      const month = String((i % 12) + 1).padStart(2, "0");
      const on = `${2027 + Math.floor(i / 12)}-${month}-01`;
      const effectiveFrom = `${2027 + Math.floor(i / 12)}-${month}-15`;
      const id = `a${i}`;
      return [
        propose(on, effectiveFrom, { noticeMonths: i % 2 === 0 ? 4 : 3 }, id),
        sign(NOK, on, id),
        sign(LTU, on, id),
      ];
    }).flat();
    const full = historyOf(commands, base);
    expect(stateOf(full).amendments).toHaveLength(MAX_AMENDMENTS_PER_LETTER);
    decideIn(full, propose("2029-01-01", "2029-02-01", { noticeMonths: 6 }, "a99")).thenRefuses(
      "R26",
      "too-many-amendments",
    );
    decideIn(
      historyOf([propose("2027-03-01", "2027-07-01", { dialogsPerYear: 4 })], base).slice(0, -1),
      propose("2027-03-01", "2027-07-01", { dialogsPerYear: 4 }),
    ).thenAccepted();
    decideIn(fourAYear, propose("2027-04-01", "2027-06-01", { noticeMonths: 6 }, "a2")).thenRefuses(
      "R26",
      "amendment-out-of-order",
    );
  });
});
