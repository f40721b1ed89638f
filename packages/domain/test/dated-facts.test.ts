import { describe, expect, it } from "vitest";
import { coordinatorOf, LTU, NOK, signatoryOf } from "./support/fixtures";
import { givenActivity, givenLetter } from "./support/given-when-then";
import { draftLetter, letterWithGroup, signedLetter } from "./support/letters";

const today = "2026-11-27";

describe("D-20 facts are dated, and not in the future", () => {
  it("R17 a signature dated after today is refused; one dated before the draft too", () => {
    const draft = draftLetter();
    givenLetter(...draft)
      .when({ type: "SignLetter", actor: signatoryOf(NOK), signedOn: "2026-11-28", today })
      .thenRefuses("R17", "date-in-the-future");
    givenLetter(...draft)
      .when({ type: "SignLetter", actor: signatoryOf(NOK), signedOn: "1900-01-01", today })
      .thenRefuses("R17", "date-before-start");
    givenLetter(...draft)
      .when({ type: "SignLetter", actor: signatoryOf(NOK), signedOn: today, today })
      .thenAccepted();
  });

  it("R17 a letter may be registered with the day it was drafted, not a day in the future", () => {
    const draft = {
      type: "DraftLetter",
      actor: coordinatorOf(NOK),
      letterId: "old",
      title: "Avsiktsförklaring",
      parties: [NOK, LTU],
      terms: { noticeMonths: 3, dialogsPerYear: 2, basisLeadDays: 14, structureReviewsPerYear: 1 },
      focusAreas: ["education"],
      today,
    };
    givenLetter()
      .when({ ...draft, draftedOn: "2025-09-15" })
      .thenAccepted();
    givenLetter()
      .when({ ...draft, draftedOn: "2027-01-01" })
      .thenRefuses("R17", "date-in-the-future");
  });

  it("R19 a notice received in year 2999 is refused, and the other party may still give notice", () => {
    const letter = signedLetter("2025-10-01");
    givenLetter(...letter)
      .when({
        type: "GiveTerminationNotice",
        actor: signatoryOf(LTU),
        receivedOn: "2999-01-01",
        today,
      })
      .thenRefuses("R19", "date-in-the-future");
    givenLetter(...letter)
      .when({ type: "GiveTerminationNotice", actor: signatoryOf(NOK), receivedOn: today, today })
      .thenAccepted();
  });

  it("R18 a notice dated so far back that the letter would already have ended is refused", () => {
    givenLetter(...signedLetter("2025-10-01"))
      .when({
        type: "GiveTerminationNotice",
        actor: signatoryOf(LTU),
        receivedOn: "2025-10-02",
        today,
      })
      .thenRefuses("R18", "notice-period-already-over");
  });

  it("R18 a notice may ask for a later end than three months; not an earlier one", () => {
    const letter = signedLetter("2025-10-01");
    const notice = {
      type: "GiveTerminationNotice",
      actor: signatoryOf(LTU),
      receivedOn: today,
      today,
    };
    const [given] = givenLetter(...letter)
      .when({ ...notice, endsOn: "2027-06-30" })
      .thenAccepted();
    expect(given).toMatchObject({ type: "TerminationNoticeGiven", endsOn: "2027-06-30" });
    givenLetter(...letter)
      .when({ ...notice, endsOn: "2027-02-26" })
      .thenRefuses("R18", "end-before-notice-period");
  });

  it("R11 R12 R6 R15 a dialog held, a basis, a need or a review dated after today is refused", () => {
    const letter = letterWithGroup("2025-10-01");
    const scheduled = {
      type: "ScheduleDialog",
      actor: coordinatorOf(NOK),
      dialogId: "d",
      scheduledOn: "2026-12-10",
    };
    const withDialog = givenLetter(...letter)
      .when(scheduled)
      .thenAccepted();
    const events = [...letter, ...withDialog];
    givenLetter(...events)
      .when({
        type: "SubmitDialogBasis",
        actor: coordinatorOf(NOK),
        dialogId: "d",
        submittedOn: "2026-12-01",
        summary: "x",
        today,
      })
      .thenRefuses("R12", "date-in-the-future");
    givenLetter(...events)
      .when({
        type: "RecordDialog",
        actor: coordinatorOf(NOK),
        dialogId: "d",
        heldOn: "2026-12-10",
        topics: {
          outsideWorld: "a",
          trends: "b",
          futureChallenges: "c",
          directionAdjustments: "d",
        },
        today,
      })
      .thenRefuses("R11", "date-in-the-future");
    givenLetter(...letter)
      .when({
        type: "RegisterNeed",
        actor: coordinatorOf(NOK),
        need: { needId: "n", title: "Behov", focusAreas: ["education"] },
        raisedBy: NOK.orgNumber,
        raisedOn: "2026-12-24",
        today,
      })
      .thenRefuses("R6", "date-in-the-future");
    givenLetter(...letter)
      .when({
        type: "RecordStructureReview",
        actor: coordinatorOf(NOK),
        year: 2026,
        reviewedOn: "2026-12-31",
        summary: "x",
        today,
      })
      .thenRefuses("R15", "date-in-the-future");
  });

  it("R14 a special agreement signed in the future, or an activity started in the future, is refused", () => {
    const letter = historyWithNeed();
    const defined = givenActivity(letter)
      .when({
        type: "DefineActivity",
        actor: coordinatorOf(LTU),
        activityId: "a",
        title: "Kurs",
        kind: "distance-education",
        focusAreas: ["education"],
        needIds: ["n"],
        definedOn: "2026-11-01",
      })
      .thenAccepted();
    givenActivity(letter, [...defined])
      .when({
        type: "SignSpecialAgreement",
        actor: signatoryOf(NOK),
        signedOn: "2026-11-30",
        today,
      })
      .thenRefuses("R14", "date-in-the-future");
    givenActivity(letter, [...defined])
      .when({
        type: "SignSpecialAgreement",
        actor: signatoryOf(NOK),
        signedOn: "2026-10-31",
        today,
      })
      .thenRefuses("R14", "date-before-start");
  });
});

function historyWithNeed() {
  const letter = signedLetter("2025-10-01");
  const need = givenLetter(...letter)
    .when({
      type: "RegisterNeed",
      actor: coordinatorOf(NOK),
      need: { needId: "n", title: "Behov", focusAreas: ["education"] },
      raisedBy: NOK.orgNumber,
      raisedOn: "2026-01-10",
    })
    .thenAccepted();
  return [...letter, ...need];
}
