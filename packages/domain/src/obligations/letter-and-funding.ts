import type { CalendarDate } from "../calendar/calendar-date";
import type { FundingApplication } from "../funding/funding-model";
import { fundingObligations } from "../funding/funding-obligations";
import type { LetterOfIntent } from "../letter/letter-model";
import { letterObligations } from "../letter/letter-obligations";
import { letterEndsOn } from "../letter/letter-status";
import type { Obligation } from "./obligation";

/**
 * R21: every dated obligation of a letter and its joint funding applications as of `asOf`, in
 * due-date order (then by id), from the facts known on that day (D-21).
 *
 * @example obligationsOfLetter(letter, applications, date("2027-03-01"))
 */
export function obligationsOfLetter(
  letter: LetterOfIntent,
  applications: readonly FundingApplication[],
  asOf: CalendarDate,
): Obligation[] {
  const endsOn = letterEndsOn(letter);
  return [
    ...letterObligations(letter, asOf),
    ...applications.flatMap((application) => fundingObligations(application, asOf, endsOn)),
  ].sort((a, b) => (a.dueOn === b.dueOn ? a.id.localeCompare(b.id) : a.dueOn < b.dueOn ? -1 : 1));
}
