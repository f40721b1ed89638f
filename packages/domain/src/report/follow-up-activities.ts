import { ActivityKind } from "../vocabulary/activity-kinds";
import {
  ACTIVITY_STATUSES,
  type ActivityStatus,
  type AgreementSigningFigure,
  activityStatus,
  agreementsSignedIn,
} from "./follow-up-agreements";
import { type FunnelStage, needsFunnel } from "./follow-up-funnel";
import { yearBounds } from "./follow-up-policy";
import type { ActivityFacts } from "./report-streams";

/** A count and the activities it counts. */
export interface ActivityTally {
  readonly count: number;
  readonly activityIds: readonly string[];
}

/** R24 activities defined by year end, by kind and by status then, with their agreements. */
export interface ActivityFigures {
  /** Every activity defined on or before 31 December of the year, from any year. */
  readonly defined: ActivityTally;
  readonly byKind: Readonly<Record<ActivityKind, ActivityTally>>;
  /** Status on 31 December; the counts sum to `defined`. */
  readonly byStatus: Readonly<Record<ActivityStatus, ActivityTally>>;
  /** The special agreements fully signed in the year, with the days their signing took. */
  readonly agreementsSigned: readonly AgreementSigningFigure[];
  /** The year's needs through to completed activities; never widens. */
  readonly funnel: readonly FunnelStage[];
}

const tally = (activities: readonly ActivityFacts[]): ActivityTally => ({
  count: activities.length,
  activityIds: activities.map((activity) => activity.activityId),
});

function grouped<Key extends string>(
  keys: readonly Key[],
  activities: readonly ActivityFacts[],
  keyOf: (activity: ActivityFacts) => Key,
): Record<Key, ActivityTally> {
  return Object.fromEntries(
    keys.map((key) => [key, tally(activities.filter((activity) => keyOf(activity) === key))]),
  ) as Record<Key, ActivityTally>;
}

/** The activities defined on or before 31 December of `year`. */
export function activitiesByYearEnd(activities: readonly ActivityFacts[], year: number) {
  const { endsOn } = yearBounds(year);
  return activities.filter((activity) => activity.definedOn <= endsOn);
}

/** R24, R8, R14: the activities as they stood at the end of `year`, and the year's funnel. */
export function activityFigures(
  activities: readonly ActivityFacts[],
  year: number,
  raisedNeedIds: readonly string[],
): ActivityFigures {
  const { endsOn } = yearBounds(year);
  const defined = activitiesByYearEnd(activities, year);
  return {
    defined: tally(defined),
    byKind: grouped(ActivityKind.options, defined, (activity) => activity.kind),
    byStatus: grouped(ACTIVITY_STATUSES, defined, (activity) => activityStatus(activity, endsOn)),
    agreementsSigned: agreementsSignedIn(defined, year),
    funnel: needsFunnel(raisedNeedIds, defined, endsOn),
  };
}
