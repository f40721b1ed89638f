import { compareDates } from "../calendar/calendar-date";
import { type PeriodsPerYear, periodContaining } from "../calendar/periods";
import type { HeldDialog } from "./letter-model";

/**
 * The held dialogs a letter's obligations can ever need (R10, R13): the earliest of each dialog
 * period and the earliest with a needs review in each needs-review period (a calendar year unless
 * the terms say otherwise, D-63). Obligations ask only for the earliest fulfilment in a period,
 * also "as of" an earlier date (D-21: the earliest on or before that date is the earliest overall,
 * if it is on or before it), so the rest can go and the letter's head stays bounded whatever the
 * number of dialogs: at most one per period of each cadence the terms have had.
 */
export function keepEarliestRecords(
  held: readonly HeldDialog[],
  dialogsPerYear: number | readonly number[],
  needsReviewsPerYear: number | readonly number[] = 1,
): HeldDialog[] {
  // R26: with amendments the cadence changes over time; keeping the earliest of each period of
  // every cadence the terms have had (at most six) keeps what every period needs.
  const dialogCadences = distinct(dialogsPerYear);
  const reviewCadences = distinct(needsReviewsPerYear);
  const sorted = [...held].sort((a, b) => compareDates(a.heldOn, b.heldOn));
  const seenPeriods = new Set<string>();
  const seenReviewPeriods = new Set<string>();
  const kept: HeldDialog[] = [];
  for (const record of sorted) {
    const periods = periodKeys(record, dialogCadences);
    const reviewPeriods = record.needsReview ? periodKeys(record, reviewCadences) : [];
    const firstInPeriod = periods.some((period) => !seenPeriods.has(period));
    const firstReview = reviewPeriods.some((period) => !seenReviewPeriods.has(period));
    for (const period of periods) seenPeriods.add(period);
    for (const period of reviewPeriods) seenReviewPeriods.add(period);
    if (firstInPeriod || firstReview) kept.push(record);
  }
  return kept;
}

const distinct = (cadence: number | readonly number[]): number[] => [
  ...new Set(typeof cadence === "number" ? [cadence] : cadence),
];

/** The periods of each cadence that hold the record's day, as keys. */
const periodKeys = (record: HeldDialog, cadences: readonly number[]): string[] =>
  cadences.map(
    (perYear) => `${perYear}:${periodContaining(record.heldOn, perYear as PeriodsPerYear).label}`,
  );
