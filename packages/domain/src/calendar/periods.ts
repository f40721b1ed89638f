import { addDays, type CalendarDate, dateOf, dateParts } from "./calendar-date";

/**
 * A slice of a calendar year: with 2 per year the half-years 1 Jan–30 Jun and 1 Jul–31 Dec
 * (D-2), with 1 per year the calendar year (D-4, D-5).
 */
export interface Period {
  /** Stable label: `2027` for a year, `2027-H1` for a half-year, `2027-Q3`, `2027-P2` otherwise. */
  readonly label: string;
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate;
}

/** How many equal periods a year can be cut into: each must be whole months. */
export const PERIODS_PER_YEAR = [1, 2, 3, 4, 6, 12] as const;
export type PeriodsPerYear = (typeof PERIODS_PER_YEAR)[number];

function label(year: number, index: number, perYear: number): string {
  if (perYear === 1) return `${year}`;
  if (perYear === 2) return `${year}-H${index + 1}`;
  if (perYear === 4) return `${year}-Q${index + 1}`;
  return `${year}-P${index + 1}`;
}

/** The period of a `perYear`-way split of the calendar that contains `date`. */
export function periodContaining(date: CalendarDate, perYear: PeriodsPerYear): Period {
  const { year, month } = dateParts(date);
  const months = 12 / perYear;
  const index = Math.floor((month - 1) / months);
  const startsOn = dateOf(year, index * months + 1, 1);
  const endsOn = addDays(dateOf(year, (index + 1) * months + 1, 1), -1);
  return { label: label(year, index, perYear), startsOn, endsOn };
}

/** The period right after `period`. */
export function nextPeriod(period: Period, perYear: PeriodsPerYear): Period {
  return periodContaining(addDays(period.endsOn, 1), perYear);
}

/**
 * The periods that begin strictly after `inForceFrom` and on or before `until`: the periods that
 * "begin while the letter is in force". The period in which the letter enters into force does not
 * count (D-2), even when it enters into force on the period's first day, since the period began
 * at midnight and the letter only at its signing that day.
 */
export function periodsBeginningAfter(
  inForceFrom: CalendarDate,
  until: CalendarDate,
  perYear: PeriodsPerYear,
): Period[] {
  const periods: Period[] = [];
  let period = nextPeriod(periodContaining(inForceFrom, perYear), perYear);
  while (period.startsOn <= until) {
    periods.push(period);
    period = nextPeriod(period, perYear);
  }
  return periods;
}
