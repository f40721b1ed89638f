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

/**
 * The principal parties with no member in the collaboration group as it stood on `day` (R9, R12,
 * D-22): the latest appointment on or before that day decides.
 */
export function partiesMissingFromGroupOn(letter: LetterOfIntent, day: CalendarDate): string[] {
  const inEffect = (letter.groupAppointments ?? []).filter((a) => a.appointedOn <= day).at(-1);
  const covered = inEffect?.partiesWithMembers ?? [];
  return letter.parties
    .filter((party) => !covered.includes(party.orgNumber))
    .map((party) => party.orgNumber);
}
