import type { CalendarDate } from "../calendar/calendar-date";
import { type ActivityFigures, activitiesByYearEnd, activityFigures } from "./follow-up-activities";
import { type BasisFigures, basisFigures } from "./follow-up-bases";
import { type DialogFigures, dialogFigures } from "./follow-up-dialogs";
import { type FundingFigures, fundingFigures } from "./follow-up-funding";
import { type InForceFigure, inForceFigure } from "./follow-up-in-force";
import { type NeedFigures, needFigures } from "./follow-up-needs";
import { type ObligationFigures, obligationFigures } from "./follow-up-obligations";
import type { RecordedFact } from "./report-events";
import { indexFacts } from "./report-facts";

export type { RecordedFact } from "./report-events";

/** The recorded facts of one agreement, in stream order: what the report is computed from. */
export interface FollowUpFacts {
  readonly events: ReadonlyArray<RecordedFact>;
}

/**
 * R24: one calendar year's follow-up of the letter: what the parties did against what it asks.
 * Every figure carries the facts it counts (ids and dates), so each number can be checked.
 */
export interface FollowUpReport {
  readonly year: number;
  /** The day the outcomes are read on; without it the year is read as closed. */
  readonly asOf: CalendarDate | null;
  readonly inForce: InForceFigure;
  /** Dialogs held against due per period (R10, D-2). */
  readonly dialogs: DialogFigures;
  /** The bases of the dialogs held in the year (R12, D-3). */
  readonly bases: BasisFigures;
  /** Needs raised in the year per source and focus area (R5, R6). */
  readonly needs: NeedFigures;
  /** Activities by kind and status at year end, their agreements, and the needs funnel (R8, R14). */
  readonly activities: ActivityFigures;
  /** Joint funding applications by status at year end, with amounts (R7). */
  readonly funding: FundingFigures;
  /** The year's obligations per rule: on time, late, missed, lapsed (R21). */
  readonly obligations: ObligationFigures;
}

/**
 * The follow-up report of `year` (R24), the basis of R15's structure review, computed from the
 * recorded facts alone: no clock, so the same facts always give the same report.
 *
 * Statuses (activities, applications) are those of 31 December, from the facts dated by then.
 * Outcomes of the year's duties also read later facts, since a late dialog or review comes after
 * its period (`FOLLOW_UP_POLICY`): a year's report is final once the grace days are over. A year
 * with no facts, or before the letter was drafted, gives zeros and empty lists. `year` is a
 * calendar year, an integer 1900–2999 as dates are; callers validate it (anything else is a
 * programming error, and the figures for it mean nothing).
 *
 * With `asOf` (D-21), a duty not yet met that can still be met on that day is `open`, not missed:
 * the report of a year in progress tells how it stands.
 *
 * @example followUp({ events: recordedFacts }, 2026, date("2026-11-27")).dialogs.totals.open.count
 */
export function followUp(facts: FollowUpFacts, year: number, asOf?: CalendarDate): FollowUpReport {
  const indexed = indexFacts(facts.events);
  const activities = activitiesByYearEnd(indexed.activities, year);
  const needs = needFigures(indexed, year, activities);
  return {
    year,
    asOf: asOf ?? null,
    inForce: inForceFigure(indexed.letter, year),
    dialogs: dialogFigures(indexed, year, asOf),
    bases: basisFigures(indexed, year),
    needs,
    activities: activityFigures(indexed.activities, year, needs.raised.needIds),
    funding: fundingFigures(indexed.applications, year),
    obligations: obligationFigures(indexed, year, asOf),
  };
}
