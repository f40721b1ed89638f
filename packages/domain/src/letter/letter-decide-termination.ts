import { checkSignatoryOf, signedByOf } from "../organisation/authority";
import { checkDated } from "../rules/dated-facts";
import { isRecordedLate } from "../rules/late-records";
import { accept, type Decision, firstViolation, refuse, violation } from "../rules/rule-violation";
import type { LetterCommandOf } from "./letter-commands";
import type { LetterEvent } from "./letter-events";
import type { LetterOfIntent } from "./letter-model";
import { letterObligations } from "./letter-obligations";
import { isInForceOn, noticeEndDate } from "./letter-status";
import { termsOn } from "./letter-terms-on";

/**
 * R19: only a principal party gives notice, only while the letter is in force, and only once.
 * R18: the notice fixes the end date (D-6). A notice claimed and not yet acknowledged (D-33) is
 * replaced by a new one; it was never in effect.
 * @clause Giltighet
 */
export function decideGiveTerminationNotice(
  command: LetterCommandOf<"GiveTerminationNotice">,
  letter: LetterOfIntent,
): Decision<LetterEvent> {
  const { actor, receivedOn, today } = command;
  // R26: the notice period in force on the day the notice is received.
  const earliestEnd = noticeEndDate(receivedOn, termsOn(letter, receivedOn).noticeMonths);
  const endsOn = command.endsOn ?? earliestEnd;
  // D-33: a notice dated more than 14 days before it is recorded is only claimed until the other
  // party acknowledges it: one party alone cannot shorten the other's time by dating it back.
  const late = today !== undefined && isRecordedLate(receivedOn, today);
  const claimed = letter.claimedNotice ?? null;
  const refusal = firstViolation(
    () =>
      letter.parties.some((party) => party.orgNumber === actor.orgNumber)
        ? undefined
        : violation(
            "R19",
            "notice-by-non-party",
            `${actor.orgNumber} is not a party to this letter and cannot give notice`,
          ),
    () => checkSignatoryOf(actor, actor.orgNumber),
    () =>
      letter.notice
        ? violation(
            "R19",
            "notice-already-given",
            `Notice was already given by ${letter.notice.givenBy} on ${letter.notice.receivedOn}; the letter ends on ${letter.notice.endsOn}`,
            { endsOn: letter.notice.endsOn, givenBy: letter.notice.givenBy },
          )
        : undefined,
    // A claim awaiting acknowledgement is a notice given (R19, once); only a notice recorded in
    // time replaces it, since it needs nobody's acknowledgement.
    () =>
      claimed && late
        ? violation(
            "R19",
            "notice-already-given",
            `Notice was already given by ${claimed.givenBy}, dated ${claimed.receivedOn}; it awaits the other party's acknowledgement and would end the letter on ${claimed.endsOn}`,
            { endsOn: claimed.endsOn, givenBy: claimed.givenBy, claimed: true },
          )
        : undefined,
    () => checkDated("R19", "A notice received", receivedOn, today),
    () =>
      isInForceOn(letter, receivedOn)
        ? undefined
        : violation(
            "R19",
            "letter-not-in-force",
            `The letter is not in force on ${receivedOn}: notice can only be given while it is`,
          ),
    () =>
      endsOn < earliestEnd
        ? violation(
            "R18",
            "end-before-notice-period",
            `A notice received on ${receivedOn} ends the letter on ${earliestEnd} at the earliest, not ${endsOn}`,
            { earliestEndsOn: earliestEnd },
          )
        : undefined,
    () =>
      today !== undefined && endsOn < today
        ? violation(
            "R18",
            "notice-period-already-over",
            `A notice received on ${receivedOn} would have ended the letter on ${endsOn}, before today (${today}): a notice takes effect from when it is received`,
            { endsOn, today },
          )
        : undefined,
  );
  if (refusal) return refuse(refusal);
  const signedBy = signedByOf(actor);
  return accept({
    type: "TerminationNoticeGiven",
    givenBy: actor.orgNumber,
    receivedOn,
    endsOn,
    signedBy,
    ...(today !== undefined ? { recordedOn: today } : {}),
    ...(late ? { awaitsAcknowledgement: true as const } : {}),
  });
}

/**
 * R20: the scheduled run records that the notice period is over once `asOf` is past the end date.
 * @clause Giltighet
 */
export function decideRecordLetterEnded(
  command: LetterCommandOf<"RecordLetterEnded">,
  letter: LetterOfIntent,
): Decision<LetterEvent> {
  if (letter.endedOn) {
    return refuse(
      violation("R20", "letter-already-ended", `The letter already ended on ${letter.endedOn}`),
    );
  }
  if (!letter.notice || command.asOf <= letter.notice.endsOn) {
    return refuse(
      violation("R20", "letter-not-ended", `The letter has not ended as of ${command.asOf}`),
    );
  }
  const lapsedObligations = letterObligations(letter, command.asOf)
    .filter((obligation) => obligation.status === "lapsed")
    .map((obligation) => obligation.id);
  return accept({ type: "LetterEnded", endedOn: letter.notice.endsOn, lapsedObligations });
}
