import type { CalendarDate } from "../calendar/calendar-date";
import {
  nextPeriod,
  type Period,
  type PeriodsPerYear,
  periodContaining,
  periodsBeginningAfter,
} from "../calendar/periods";
import type { Terms } from "../terms/terms";

/** The terms as drafted and the amendments in force (R26), as a timeline of effective dates. */
export interface TermsTimeline {
  readonly terms: Terms;
  readonly amendments?: readonly { readonly effectiveFrom: CalendarDate; readonly terms: Terms }[];
}

/**
 * R26, D-51: the terms in force on `day`: those of the latest amendment in force effective on or
 * before it, or the letter's terms as drafted. Like a dated parameter (OpenFisca), each day has
 * exactly one value.
 *
 * @example termsOn(letter, date("2027-08-01")).dialogsPerYear // 4 after an amendment from July
 */
export function termsOn(letter: TermsTimeline, day: CalendarDate): Terms {
  let terms = letter.terms;
  for (const amendment of letter.amendments ?? [])
    if (amendment.effectiveFrom <= day) terms = amendment.terms;
  return terms;
}

/** Every value a cadence of the terms has taken (at most 6: `PERIODS_PER_YEAR`). */
export function cadencesOf(
  letter: TermsTimeline,
  cadence: (terms: Terms) => number,
): PeriodsPerYear[] {
  const all = [letter.terms, ...(letter.amendments ?? []).map((a) => a.terms)].map(cadence);
  return [...new Set(all)] as PeriodsPerYear[];
}

const byStart = (a: Period, b: Period) => (a.startsOn < b.startsOn ? -1 : 1);

/**
 * R26 with D-2, D-4, D-5: the periods of a recurring duty that begin after `inForceFrom` and on or
 * before `until`, each cut by the cadence in force on its first day. A period that began under
 * the old terms runs to its end under them; the new cadence starts with its first period that
 * begins on or after the amendment's effective date.
 *
 * @example two a year, then four from 2027-07-01: …, 2027-H1, 2027-Q3, 2027-Q4, …
 */
export function periodsUnderTerms(
  letter: TermsTimeline,
  inForceFrom: CalendarDate,
  until: CalendarDate,
  cadence: (terms: Terms) => number,
): Period[] {
  return cadencesOf(letter, cadence)
    .flatMap((perYear) =>
      periodsBeginningAfter(inForceFrom, until, perYear).filter(
        (period) => cadence(termsOn(letter, period.startsOn)) === perYear,
      ),
    )
    .sort(byStart);
}

/** The first period under the terms that begins after the one holding `day`, if any. */
export function nextPeriodUnderTerms(
  letter: TermsTimeline,
  day: CalendarDate,
  cadence: (terms: Terms) => number,
): Period | null {
  const candidates = cadencesOf(letter, cadence)
    .map((perYear) => ({ perYear, period: nextPeriod(periodContaining(day, perYear), perYear) }))
    .filter(({ perYear, period }) => cadence(termsOn(letter, period.startsOn)) === perYear)
    .map(({ period }) => period)
    .sort(byStart);
  return candidates[0] ?? null;
}
