import { checkSignatoryOf, signedByOf } from "../organisation/authority";
import { checkDated } from "../rules/dated-facts";
import { accept, type Decision, firstViolation, refuse, violation } from "../rules/rule-violation";
import type { LetterCommandOf } from "./letter-commands";
import type { LetterEvent } from "./letter-events";
import type { LetterOfIntent } from "./letter-model";

/**
 * D-33: a notice recorded more than 14 days after the day it says it was received takes effect
 * only when a signatory (R16) of the other principal party acknowledges it, and only while its
 * period is not over (R18 `notice-period-already-over`, as for a notice given).
 * @clause Giltighet
 */
export function decideAcknowledgeTerminationNotice(
  command: LetterCommandOf<"AcknowledgeTerminationNotice">,
  letter: LetterOfIntent,
): Decision<LetterEvent> {
  const { actor, acknowledgedOn, today } = command;
  const claimed = letter.claimedNotice ?? null;
  const refusal = firstViolation(
    () =>
      claimed
        ? undefined
        : violation(
            "R18",
            "no-claimed-notice",
            "No notice awaits acknowledgement: only a notice recorded more than 14 days after it was received does",
          ),
    () =>
      letter.parties.some((party) => party.orgNumber === actor.orgNumber) &&
      actor.orgNumber !== claimed?.givenBy
        ? undefined
        : violation(
            "R19",
            "acknowledgement-by-other-party-only",
            `Only the other principal party acknowledges a notice given by ${claimed?.givenBy}`,
          ),
    () => checkSignatoryOf(actor, actor.orgNumber),
    () =>
      checkDated("R18", "An acknowledgement", acknowledgedOn, today, {
        on: claimed?.recordedOn ?? acknowledgedOn,
        what: "the notice was recorded",
      }),
    () =>
      claimed && claimed.endsOn < acknowledgedOn
        ? violation(
            "R18",
            "notice-period-already-over",
            `The notice received on ${claimed.receivedOn} would have ended the letter on ${claimed.endsOn}, before ${acknowledgedOn}`,
            { endsOn: claimed.endsOn, today: acknowledgedOn },
          )
        : undefined,
  );
  if (refusal) return refuse(refusal);
  return accept({
    type: "TerminationNoticeAcknowledged",
    acknowledgedBy: actor.orgNumber,
    acknowledgedOn,
    signedBy: signedByOf(actor),
  });
}
