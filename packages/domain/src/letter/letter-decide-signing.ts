import { laterOf } from "../calendar/calendar-date";
import { checkSignatoryOf, signedByOf } from "../organisation/authority";
import { checkDated } from "../rules/dated-facts";
import { accept, type Decision, firstViolation, refuse, violation } from "../rules/rule-violation";
import type { LetterCommandOf } from "./letter-commands";
import type { LetterEvent } from "./letter-events";
import type { LetterOfIntent } from "./letter-model";

/**
 * R1: a letter binds exactly two distinct principal parties.
 * @clause Inledning
 */
export function decideDraftLetter(
  command: LetterCommandOf<"DraftLetter">,
  state: LetterOfIntent | null,
): Decision<LetterEvent> {
  if (state)
    return refuse(violation("R1", "letter-exists", `Letter ${state.letterId} already exists`));
  const dated = checkDated("R17", "A letter drafted", command.draftedOn, command.today);
  if (dated) return refuse(dated);
  const [first, second] = command.parties;
  if (first.orgNumber === second.orgNumber) {
    return refuse(
      violation("R1", "parties-not-distinct", "A letter binds two different principal parties"),
    );
  }
  const { type: _type, actor: _actor, ...draft } = command;
  return accept({ type: "LetterDrafted", ...draft });
}

/**
 * R17: the letter is in force from the day the last principal party signs; R16: each party signs
 * only through its own signatory.
 * @clause Giltighet
 */
export function decideSignLetter(
  command: LetterCommandOf<"SignLetter">,
  letter: LetterOfIntent,
): Decision<LetterEvent> {
  const { actor, signedOn } = command;
  const refusal = firstViolation(
    () =>
      letter.parties.some((party) => party.orgNumber === actor.orgNumber)
        ? undefined
        : violation(
            "R1",
            "not-a-party",
            `${actor.orgNumber} is not a principal party of this letter`,
          ),
    () => checkSignatoryOf(actor, actor.orgNumber),
    () =>
      checkDated("R17", "A signature", signedOn, command.today, {
        on: letter.draftedOn,
        what: "the letter was drafted",
      }),
    () =>
      letter.signatures.some((signature) => signature.orgNumber === actor.orgNumber)
        ? violation("R17", "already-signed", `${actor.orgNumber} has already signed this letter`)
        : undefined,
  );
  if (refusal) return refuse(refusal);

  const signedBy = signedByOf(actor);
  const signed: LetterEvent = {
    type: "LetterSigned",
    orgNumber: actor.orgNumber,
    signedOn,
    signedBy,
  };
  const others = letter.signatures.filter((signature) => signature.orgNumber !== actor.orgNumber);
  const allSigned = letter.parties.every(
    (party) =>
      party.orgNumber === actor.orgNumber || others.some((s) => s.orgNumber === party.orgNumber),
  );
  if (!allSigned) return accept(signed);
  const inForceFrom = others.reduce((last, s) => laterOf(last, s.signedOn), signedOn);
  return accept<LetterEvent>(signed, { type: "LetterEnteredIntoForce", inForceFrom });
}
