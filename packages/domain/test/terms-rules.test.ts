import { describe, expect, it } from "vitest";
import {
  type ActivityEvent,
  activityReminders,
  DEFAULT_REMINDER_POLICY,
  dueItemsOf,
  type LetterHeadEvent,
  type LetterTemplate,
  letterAsOf,
  letterObligations,
  letterReminders,
  missingSignatories,
  type Organisation,
} from "../src/index";
import { followUp } from "../src/report/follow-up";
import { coordinatorOf, KIRUNA, LTU, NOK, RISE, signatoryOf } from "./support/fixtures";
import {
  activityHistoryOf,
  givenActivity,
  givenLetter,
  historyOf,
} from "./support/given-when-then";
import { d, holdDialog, letterWithGroup, stateOf } from "./support/letters";
import { NO_SPECIAL_AGREEMENT, TWICE_YEARLY_REVIEWS } from "./support/test-templates";

// D-63: issue 20 item 1's open point. The template carried both terms; no rule read them.
const FINDING =
  "finding: the template's needs-review cadence and special-agreement terms are not read by any rule";

const reviewKeys = (events: LetterHeadEvent[], asOf: string) =>
  letterObligations(stateOf(events), d(asOf))
    .filter((o) => o.kind === "annual-needs-review")
    .map((o) => `${o.subject.period}:${o.status}`);

const principals = (template: LetterTemplate): [Organisation, Organisation] => [
  template.parties[0].usual ?? NOK,
  template.parties[1].usual ?? LTU,
];

/** A letter from `template` with a collaboration group and one need to define activities for. */
function letterWithNeed(template?: LetterTemplate): LetterHeadEvent[] {
  const [first] = template ? principals(template) : [NOK];
  return historyOf(
    [
      {
        type: "RegisterNeed",
        actor: coordinatorOf(first),
        need: {
          needId: "need-1",
          title: "A need",
          focusAreas: [template?.focusAreas[0]?.id ?? "education"],
        },
        raisedBy: first.orgNumber,
        raisedOn: "2026-01-10",
      },
    ],
    letterWithGroup("2025-10-01", template),
  );
}

const define = (template: LetterTemplate | undefined, definedOn = "2026-02-01") => ({
  type: "DefineActivity" as const,
  actor: coordinatorOf(template ? principals(template)[1] : LTU),
  activityId: "act-1",
  title: "Distance nursing in Kiruna",
  kind: "distance-education",
  focusAreas: [template?.focusAreas[0]?.id ?? "education"],
  needIds: ["need-1"],
  projectParties: [KIRUNA, RISE],
  terms: "Who does what",
  definedOn,
});
const start = (startedOn: string) => ({
  type: "StartActivity" as const,
  actor: coordinatorOf(LTU),
  startedOn,
});
const sign = (org: Organisation, signedOn: string) => ({
  type: "SignSpecialAgreement" as const,
  actor: signatoryOf(org),
  signedOn,
});

describe("R13 the needs review's cadence comes from the letter's terms (D-63)", () => {
  it(`${FINDING} — R13 with two needs reviews a year, each half-year needs its own review`, () => {
    const events = historyOf(
      [...holdDialog("dlg-1", "2026-03-10", true), ...holdDialog("dlg-2", "2026-05-10", true)],
      letterWithGroup("2025-10-01", TWICE_YEARLY_REVIEWS),
    );
    // The periods begun by the day asked, and the next one (what comes next is visible too).
    expect(reviewKeys(events, "2026-07-05")).toEqual([
      "2026-H1:fulfilled",
      "2026-H2:upcoming",
      "2027-H1:upcoming",
    ]);
    // The second half-year is not met by the first half's reviews.
    expect(reviewKeys(events, "2027-01-02")).toContain("2026-H2:overdue");
  });

  it(`${FINDING} — R13 the second half-year's review is due, reminded and shown as of a day, like any obligation`, () => {
    const events = historyOf(
      holdDialog("dlg-1", "2026-03-10", true),
      letterWithGroup("2025-10-01", TWICE_YEARLY_REVIEWS),
    );
    const letter = stateOf(events);
    const due = dueItemsOf(letter, [], [], d("2026-12-20")).filter(
      (item) => item.kind === "annual-needs-review",
    );
    expect(due.map((item) => [item.id, item.dueOn, item.rule])).toEqual([
      ["annual-needs-review:2026-H2", "2026-12-31", "R13"],
      ["annual-needs-review:2027-H1", "2027-06-30", "R13"],
    ]);
    const reminded = letterReminders(letter, d("2027-01-01")).filter((r) => r.rule === "R13");
    expect(reminded.map((r) => r.key)).toContain("annual-needs-review:2026-H2#overdue");
    const asOf = letterAsOf(letter, d("2026-06-30")).obligations.filter((o) => o.rule === "R13");
    expect(asOf.map((o) => `${o.subject.period}:${o.status}`)).toEqual([
      "2026-H1:fulfilled",
      "2026-H2:upcoming",
    ]);
  });

  it(`${FINDING} — R13 the letter's head keeps the first review of every half-year, however many dialogs`, () => {
    const dialogs = ["2026-02-01", "2026-03-01", "2026-04-01", "2026-08-01", "2026-09-01"].flatMap(
      (day, i) => holdDialog(`dlg-${i}`, day, i !== 0),
    );
    const events = historyOf(dialogs, letterWithGroup("2025-10-01", TWICE_YEARLY_REVIEWS));
    expect(reviewKeys(events, "2026-12-31")).toEqual([
      "2026-H1:fulfilled",
      "2026-H2:fulfilled",
      "2027-H1:upcoming",
    ]);
    const kept = stateOf(events)
      .heldDialogs.filter((h) => h.needsReview)
      .map((h) => h.heldOn);
    expect(kept).toEqual(["2026-03-01", "2026-08-01"]);
  });

  it(`${FINDING} — R13 a letter whose terms do not say stays yearly (LTU–NoK: "årliga dialoger")`, () => {
    const events = historyOf(holdDialog("dlg-1", "2026-03-10", true), letterWithGroup());
    expect(reviewKeys(events, "2026-12-31")).toEqual(["2026:fulfilled", "2027:upcoming"]);
    // Drafted before D-45, a letter has no needsReviewsPerYear at all: still yearly.
    const old = events.map((event) => {
      if (event.type !== "LetterDrafted") return event;
      const { needsReviewsPerYear: _n, specialAgreement: _s, ...terms } = event.terms;
      return { ...event, terms };
    });
    expect(reviewKeys(old, "2026-12-31")).toEqual(["2026:fulfilled", "2027:upcoming"]);
  });

  it(`${FINDING} — R13 R26 an amendment to two reviews a year counts from its first half-year; the year already begun stays yearly`, () => {
    const amended = historyOf(
      [
        {
          type: "ProposeAmendment",
          actor: signatoryOf(NOK),
          amendmentId: "a1",
          effectiveFrom: "2027-01-01",
          changes: { needsReviewsPerYear: 2 },
          on: "2026-06-01",
          today: "2026-06-01",
        },
        ...[NOK, LTU].map((org) => ({
          type: "SignAmendment",
          actor: signatoryOf(org),
          amendmentId: "a1",
          signedOn: "2026-06-02",
          today: "2026-06-02",
        })),
        ...holdDialog("dlg-1", "2026-09-01", true),
        ...holdDialog("dlg-2", "2027-03-01", true),
      ],
      letterWithGroup(),
    );
    expect(reviewKeys(amended, "2027-07-05")).toEqual([
      "2026:fulfilled",
      "2027-H1:fulfilled",
      "2027-H2:upcoming",
      "2028-H1:upcoming",
    ]);
    // The year's follow-up counts each half-year by the terms in force when it began.
    const report = followUp(
      {
        events: amended.map((event) => ({ aggregate: "letter", event: event as never })),
      },
      2027,
    );
    expect(report.obligations.R13.due.obligations.map((o) => o.id)).toEqual([
      "annual-needs-review:2027-H1",
      "annual-needs-review:2027-H2",
    ]);
  });

  it(`${FINDING} — R26 an amendment that restates the cadence an older letter already had changes nothing`, () => {
    givenLetter(...letterWithGroup())
      .when({
        type: "ProposeAmendment",
        actor: signatoryOf(NOK),
        amendmentId: "a1",
        effectiveFrom: "2027-01-01",
        changes: {
          needsReviewsPerYear: 1,
          specialAgreement: { required: true, signedBy: "principal-and-project-parties" },
        },
        on: "2026-06-01",
        today: "2026-06-01",
      })
      .thenRefuses("R26", "amendment-changes-nothing");
  });
});

describe("R26 an amendment's terms agree with each other as a template's do (D-63)", () => {
  it(`${FINDING} — R13 R26 an amendment to more needs reviews a year than dialogs is refused, naming the field`, () => {
    const violation = givenLetter(...letterWithGroup())
      .when({
        type: "ProposeAmendment",
        actor: signatoryOf(NOK),
        amendmentId: "a1",
        effectiveFrom: "2027-01-01",
        changes: { needsReviewsPerYear: 4 },
        on: "2026-06-01",
        today: "2026-06-01",
      })
      .thenRefuses("R26", "amendment-inconsistent-terms");
    expect(violation.details).toEqual({ fields: ["terms.needsReviewsPerYear"] });
  });
});

describe("R14 special agreements under the letter's terms (D-63)", () => {
  it(`${FINDING} — R14 terms that do not require a special agreement let the activity start unsigned; it is still defined with its agreement`, () => {
    const letter = letterWithNeed(NO_SPECIAL_AGREEMENT);
    const events = activityHistoryOf(letter, [define(NO_SPECIAL_AGREEMENT)]);
    expect(events[1]).toMatchObject({ type: "SpecialAgreementDrafted", required: false });
    givenActivity(letter, events)
      .when(start("2026-02-01"))
      .then([{ type: "ActivityStarted", startedOn: d("2026-02-01") }]);
  });

  it(`${FINDING} — R14 nobody is listed as owing or reminded of a signature the terms do not ask for`, () => {
    const signatureItems = (template: LetterTemplate) => {
      const letter = letterWithNeed(template);
      const activity = givenActivity(letter, activityHistoryOf(letter, [define(template)])).state;
      if (!activity) throw new Error("no activity");
      const items = dueItemsOf(stateOf(letter), [activity], [], d("2026-03-01"));
      const reminders = activityReminders(activity, d("2026-03-01"), DEFAULT_REMINDER_POLICY);
      return {
        owedBy: items.filter((i) => i.rule === "R14").flatMap((i) => i.owedBy),
        reminded: reminders.flatMap((r) => r.recipients),
      };
    };
    expect(signatureItems(NO_SPECIAL_AGREEMENT)).toEqual({ owedBy: [], reminded: [] });
    const principalOnly = principals(TWICE_YEARLY_REVIEWS).map((p) => p.orgNumber);
    expect(signatureItems(TWICE_YEARLY_REVIEWS)).toEqual({
      owedBy: principalOnly,
      reminded: principalOnly,
    });
  });

  it(`${FINDING} — R14 on LTU–NoK the activity still cannot start before every party has signed (not weakened)`, () => {
    const letter = letterWithNeed();
    const events = activityHistoryOf(letter, [define(undefined), sign(NOK, "2026-02-02")]);
    expect(events[1]).not.toHaveProperty("required");
    expect(events[1]).not.toHaveProperty("signatories");
    givenActivity(letter, events)
      .when(start("2026-02-05"))
      .thenRefuses("R14", "special-agreement-not-fully-signed");
  });

  it(`${FINDING} — R14 signed by the principal parties only: the project parties need not sign, may still sign, and stay parties`, () => {
    const letter = letterWithNeed(TWICE_YEARLY_REVIEWS);
    const [first, second] = principals(TWICE_YEARLY_REVIEWS);
    const defined = activityHistoryOf(letter, [define(TWICE_YEARLY_REVIEWS)]);
    givenActivity(letter, defined)
      .when(start("2026-02-03"))
      .thenRefuses("R14", "special-agreement-not-fully-signed");
    const signed = activityHistoryOf(letter, [
      define(TWICE_YEARLY_REVIEWS),
      sign(first, "2026-02-02"),
      sign(second, "2026-02-03"),
      sign(KIRUNA, "2026-02-20"),
    ]);
    // Kiruna's later, voluntary signature does not hold back a start on the 3rd.
    givenActivity(letter, signed)
      .when(start("2026-02-03"))
      .then([{ type: "ActivityStarted", startedOn: d("2026-02-03") }]);
    const agreement = givenActivity(letter, signed).state?.specialAgreement;
    expect(agreement?.parties.map((p) => p.orgNumber)).toContain(RISE.orgNumber);
    expect(agreement && missingSignatories(agreement)).toEqual([]);
  });

  it(`${FINDING} — R14 R26 the terms at drafting hold for that version: an amendment changes the next version, not the one drafted`, () => {
    const letter = historyOf(
      [
        {
          type: "ProposeAmendment",
          actor: signatoryOf(NOK),
          amendmentId: "a1",
          effectiveFrom: "2026-03-01",
          changes: { specialAgreement: { required: false, signedBy: "principal-parties" } },
          on: "2026-02-10",
          today: "2026-02-10",
        },
        ...[NOK, LTU].map((org) => ({
          type: "SignAmendment",
          actor: signatoryOf(org),
          amendmentId: "a1",
          signedOn: "2026-02-11",
          today: "2026-02-11",
        })),
      ],
      letterWithNeed(),
    );
    const drafted: ActivityEvent[] = activityHistoryOf(letter, [define(undefined, "2026-02-01")]);
    // Version 1 was drafted under the letter's own terms: it still needs every signature.
    givenActivity(letter, drafted)
      .when(start("2026-03-05"))
      .thenRefuses("R14", "special-agreement-not-fully-signed");
    // A version drafted after the amendment takes effect is under the new terms.
    const revised = activityHistoryOf(letter, [
      define(undefined, "2026-02-01"),
      {
        type: "ReviseSpecialAgreement",
        actor: coordinatorOf(LTU),
        projectParties: [KIRUNA],
        terms: "Revised",
        revisedOn: "2026-03-02",
      },
    ]);
    expect(revised.at(-1)).toMatchObject({ version: 2, required: false });
    givenActivity(letter, revised)
      .when(start("2026-03-05"))
      .then([{ type: "ActivityStarted", startedOn: d("2026-03-05") }]);
  });
});
