import { addDays, type CalendarDate, dateOf } from "../calendar/calendar-date";
import {
  nextPeriod,
  type Period,
  type PeriodsPerYear,
  periodContaining,
} from "../calendar/periods";
import { termsOn } from "../letter/letter-terms-on";
import { isRecordedLate, type LateRecord } from "../rules/late-records";
import type { Terms } from "../terms/terms";
import type { LetterFacts } from "./report-facts";

/**
 * How the follow-up report (R24) judges a duty, in one place.
 *
 * - **on time**: fulfilled on or before its due date. A dialog (R10) or needs review (R13) fulfils
 *   its period only when held within it, as in the letter's obligations, so on time means "held
 *   in the period".
 * - **late**: fulfilled after its due date. For a period's dialog or needs review: none held in the
 *   period, but one held within `lateGraceDays` days after the period's last day (a dialog held in
 *   August is then late for January–June and on time for July–December: it counts for both). For
 *   a basis (R12), a structure review (R15) or a submission (R7): done any time after its due date.
 * - **missed**: not fulfilled, or (for a period) not within the grace days either. The report
 *   reads the year as closed: ask for a year once it is over, or read "missed" as "not yet".
 * - **recorded late** (D-32): fulfilled on time or late by a fact recorded more than 14 days after
 *   its date, counted apart from both: a dialog held on time but recorded six months later does
 *   not make the period "on time". A fact recorded in time is preferred when there is one.
 * - **lapsed**: not fulfilled on time and due after the letter's last day in force (R20), or (R7)
 *   an application withdrawn before its deadline without being submitted.
 */
export const FOLLOW_UP_POLICY = {
  /** Days after a period's end within which its dialog or needs review still counts, as late. */
  lateGraceDays: 90,
} as const;

/**
 * How a dated duty turned out (see `FOLLOW_UP_POLICY`); `open` while it can still be met as of the
 * report's day (D-21: a year in progress is not read as closed).
 */
export type DutyOutcome = "on-time" | "late" | "recorded-late" | "missed" | "lapsed" | "open";

/** A dated fact and the day it was recorded (null: unknown, read as on time). */
export interface DatedRecord {
  readonly on: CalendarDate;
  readonly recordedOn: CalendarDate | null;
}

/** A duty's fulfilment: its day, and both dates when the fact was recorded late (D-32). */
export interface Fulfilment {
  readonly fulfilledOn: CalendarDate | null;
  readonly recordedLate: LateRecord | null;
}

const recordedLate = (record: DatedRecord): LateRecord | null =>
  record.recordedOn !== null && isRecordedLate(record.on, record.recordedOn)
    ? { factOn: record.on, recordedOn: record.recordedOn }
    : null;

/**
 * What fulfils a duty due on `dueOn` among `records` (D-32): `pick` chooses among days (the
 * earliest, or the earliest in a period and its grace days). The records made in time are
 * preferred; a record made late fulfils only when it does better than they do, and it is then
 * marked with both dates.
 */
export function fulfilmentOf(
  records: readonly DatedRecord[],
  dueOn: CalendarDate,
  pick: (days: readonly CalendarDate[]) => CalendarDate | null,
): Fulfilment {
  const inTime = pick(records.filter((r) => recordedLate(r) === null).map((r) => r.on));
  const any = pick(records.map((r) => r.on));
  const better = any !== null && (inTime === null || (any <= dueOn && inTime > dueOn));
  if (!better) return { fulfilledOn: inTime, recordedLate: null };
  const late = records.map(recordedLate).find((r) => r !== null && r.factOn === any) ?? null;
  return { fulfilledOn: any, recordedLate: late };
}

/** The outcome of a duty (`dutyOutcome`), counted apart when its fulfilment was recorded late. */
export function recordedOutcome(outcome: DutyOutcome, fulfilment: Fulfilment): DutyOutcome {
  return fulfilment.recordedLate && (outcome === "on-time" || outcome === "late")
    ? "recorded-late"
    : outcome;
}

/**
 * The outcome of a duty due on `dueOn`, fulfilled on `fulfilledOn` (null: not yet), as of `asOf`.
 * Not yet fulfilled and still able to be met by `openUntil` (its due date, or a period's grace
 * days) on the report's day: open.
 */
export function dutyOutcome(
  dueOn: CalendarDate,
  fulfilledOn: CalendarDate | null,
  letterEndsOn: CalendarDate | null,
  lapsedAnyway = false,
  asOf?: CalendarDate,
  openUntil: CalendarDate = dueOn,
): DutyOutcome {
  if (fulfilledOn !== null && fulfilledOn <= dueOn) return "on-time";
  if (fulfilledOn === null && asOf !== undefined && asOf <= openUntil && !lapsedAnyway)
    return "open";
  if (lapsedAnyway || (letterEndsOn !== null && dueOn > letterEndsOn)) return "lapsed";
  return fulfilledOn !== null ? "late" : "missed";
}

/** The earliest of `days` from `from` to `to`, both included; null when none is. */
export function earliestWithin(
  days: readonly CalendarDate[],
  from: CalendarDate,
  to: CalendarDate,
): CalendarDate | null {
  return days.reduce<CalendarDate | null>(
    (first, day) => (day >= from && day <= to && (first === null || day < first) ? day : first),
    null,
  );
}

/** What fulfils a period's dialog or needs review: the earliest held in it or in the grace days. */
export function periodFulfilment(
  days: readonly CalendarDate[],
  period: Period,
): CalendarDate | null {
  const graceEnd = addDays(period.endsOn, FOLLOW_UP_POLICY.lateGraceDays);
  return earliestWithin(days, period.startsOn, graceEnd);
}

/** 1 January and 31 December of `year`. */
export function yearBounds(year: number): { startsOn: CalendarDate; endsOn: CalendarDate } {
  return { startsOn: dateOf(year, 1, 1), endsOn: dateOf(year, 12, 31) };
}

/** The `perYear` periods that make up calendar year `year`, in order. */
export function periodsOfYear(year: number, perYear: PeriodsPerYear): Period[] {
  const periods = [periodContaining(yearBounds(year).startsOn, perYear)];
  while (periods.length < perYear) periods.push(nextPeriod(periods.at(-1) as Period, perYear));
  return periods;
}

/**
 * R26: the periods of `year` cut by the cadence in force on each period's first day (the terms
 * as drafted before the letter is in force): with two a year and four from July, H1, Q3 and Q4.
 */
export function periodsOfYearUnderTerms(
  letter: LetterFacts | null,
  year: number,
  cadence: (terms: Terms) => number,
): Period[] {
  if (!letter) return [];
  const cadences = [
    ...new Set([letter.terms, ...letter.amendments.map((a) => a.terms)].map(cadence)),
  ];
  return cadences
    .flatMap((perYear) =>
      periodsOfYear(year, perYear as PeriodsPerYear).filter(
        (period) => cadence(termsOn(letter, period.startsOn)) === perYear,
      ),
    )
    .sort((a, b) => (a.startsOn < b.startsOn ? -1 : 1));
}

/**
 * The periods of `year` a recurring duty has (D-2, D-4, D-5): those that begin while the letter
 * is in force, not the one it enters into force in, up to its last day. Those that end after the
 * letter's last day are among them: they lapse (R20) and D-2 does not count them as due. R26: each
 * period is cut by the terms in force on its first day.
 */
export function dutyPeriodsOfYear(
  letter: LetterFacts | null,
  year: number,
  cadence: (terms: Terms) => number,
): Period[] {
  if (!letter?.inForceFrom) return [];
  const { inForceFrom } = letter;
  const { startsOn, endsOn } = yearBounds(year);
  const until = letter.endsOn !== null && letter.endsOn < endsOn ? letter.endsOn : endsOn;
  if (until < startsOn) return [];
  return periodsOfYearUnderTerms(letter, year, cadence).filter(
    (period) =>
      // D-2: begun after the day it entered into force (not the period it did so in).
      period.startsOn > inForceFrom && period.startsOn <= until,
  );
}
