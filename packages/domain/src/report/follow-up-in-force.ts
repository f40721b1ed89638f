import { type CalendarDate, laterOf } from "../calendar/calendar-date";
import { yearBounds } from "./follow-up-policy";
import type { LetterFacts } from "./report-facts";

/** Whether and when the letter bound its parties during the year (R17, R18), and from which facts. */
export interface InForceFigure {
  /** True when the letter was in force on at least one day of the year. */
  readonly duringYear: boolean;
  /** The first day of the year it was in force; null when it was not. */
  readonly from: CalendarDate | null;
  /** The last day of the year it was in force; null when it was not. */
  readonly until: CalendarDate | null;
  /** The facts: entry into force (R17), notice received and last day in force (R18). */
  readonly enteredIntoForceOn: CalendarDate | null;
  readonly noticeReceivedOn: CalendarDate | null;
  readonly endsOn: CalendarDate | null;
}

/** R24: the days of `year` the letter was in force, from entry into force to its last day. */
export function inForceFigure(letter: LetterFacts | null, year: number): InForceFigure {
  const facts = {
    enteredIntoForceOn: letter?.inForceFrom ?? null,
    noticeReceivedOn: letter?.noticeReceivedOn ?? null,
    endsOn: letter?.endsOn ?? null,
  };
  const { startsOn, endsOn } = yearBounds(year);
  const first = facts.enteredIntoForceOn;
  const from = first === null ? null : laterOf(first, startsOn);
  const until = facts.endsOn !== null && facts.endsOn < endsOn ? facts.endsOn : endsOn;
  const duringYear = from !== null && from <= endsOn && from <= until;
  return duringYear
    ? { duringYear, from, until, ...facts }
    : { duringYear, from: null, until: null, ...facts };
}
