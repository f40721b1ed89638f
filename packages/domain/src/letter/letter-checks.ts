import type { CalendarDate } from "../calendar/calendar-date";
import { type Check, violation } from "../rules/rule-violation";
import type { LetterOfIntent } from "./letter-model";
import { isInForceOn } from "./letter-status";

/** R17/R20: a dated act of the collaboration needs the letter in force that day. */
export function checkInForceOn(letter: LetterOfIntent, day: CalendarDate, what: string): Check {
  if (isInForceOn(letter, day)) return undefined;
  if (letter.notice && day > letter.notice.endsOn) {
    return violation(
      "R20",
      "letter-ended",
      `${what} on ${day} falls after the letter ended on ${letter.notice.endsOn}`,
    );
  }
  return violation(
    "R17",
    "letter-not-in-force",
    `${what} on ${day}: the letter is not in force that day`,
  );
}

/** The principal parties with no member in the collaboration group (R9, R12). */
export function partiesMissingFromGroup(letter: LetterOfIntent): string[] {
  const members = letter.collaborationGroup ?? [];
  return letter.parties
    .filter((party) => !members.some((member) => member.orgNumber === party.orgNumber))
    .map((party) => party.orgNumber);
}
