import { compareDates } from "../calendar/calendar-date";
import { type PeriodsPerYear, periodContaining } from "../calendar/periods";
import type { HeldDialog } from "./letter-model";

/**
 * The held dialogs a letter's obligations can ever need (R10, R13): the earliest of each dialog
 * period and the earliest with a needs review in each calendar year. Obligations ask only for
 * the earliest fulfilment in a period, also "as of" an earlier date (D-21: the earliest on or
 * before that date is the earliest overall, if it is on or before it), so the rest can go and
 * the letter's head stays bounded whatever the number of dialogs.
 */
export function keepEarliestRecords(
  held: readonly HeldDialog[],
  dialogsPerYear: number | readonly number[],
): HeldDialog[] {
  // R26: with amendments the cadence changes over time; keeping the earliest of each period of
  // every cadence the terms have had (at most six) keeps what every period needs.
  const cadences = [
    ...new Set(typeof dialogsPerYear === "number" ? [dialogsPerYear] : dialogsPerYear),
  ];
  const sorted = [...held].sort((a, b) => compareDates(a.heldOn, b.heldOn));
  const seenPeriods = new Set<string>();
  const seenReviewYears = new Set<string>();
  const kept: HeldDialog[] = [];
  for (const record of sorted) {
    const periods = cadences.map(
      (perYear) => `${perYear}:${periodContaining(record.heldOn, perYear as PeriodsPerYear).label}`,
    );
    const year = record.heldOn.slice(0, 4);
    const firstInPeriod = periods.some((period) => !seenPeriods.has(period));
    const firstReview = record.needsReview && !seenReviewYears.has(year);
    for (const period of periods) seenPeriods.add(period);
    if (record.needsReview) seenReviewYears.add(year);
    if (firstInPeriod || firstReview) kept.push(record);
  }
  return kept;
}
