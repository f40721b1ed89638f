import type { CalendarDate } from "../calendar/calendar-date";
import { type ActivityStatus, activityStatus } from "./follow-up-agreements";
import type { ActivityFacts } from "./report-streams";

/** The steps from a need to a completed activity (R5, R14). */
export type FunnelStep =
  | "needs-raised"
  | "activity-defined"
  | "fully-signed"
  | "started"
  | "completed";

/** One step of the funnel: the needs that reached it and the activities that took them there. */
export interface FunnelStage {
  readonly step: FunnelStep;
  /** How many of the year's needs reached this step: `needIds.length`. */
  readonly count: number;
  readonly needIds: readonly string[];
  readonly activityIds: readonly string[];
}

/** The needs among `needIds` that activities answer (R5), and those activities. */
export function answeredNeeds(
  needIds: readonly string[],
  activities: readonly ActivityFacts[],
): { needIds: string[]; activityIds: string[] } {
  const answering = activities.filter((activity) =>
    activity.needIds.some((id) => needIds.includes(id)),
  );
  return {
    needIds: needIds.filter((id) => answering.some((activity) => activity.needIds.includes(id))),
    activityIds: answering.map((activity) => activity.activityId),
  };
}

// Each step keeps the activities whose status at year end has reached it, so every step is part
// of the one before: a started activity was fully signed first (R14).
const REACHED: ReadonlyArray<[FunnelStep, readonly ActivityStatus[]]> = [
  ["activity-defined", ["awaiting-signatures", "ready-to-start", "running", "completed"]],
  ["fully-signed", ["ready-to-start", "running", "completed"]],
  ["started", ["running", "completed"]],
  ["completed", ["completed"]],
];

/**
 * R24: the year's needs → those an activity defined by year end answers → fully signed → started
 * → completed. Counted in needs, so that the funnel never widens (one need may have several
 * activities); each step lists its activities too.
 */
export function needsFunnel(
  raisedNeedIds: readonly string[],
  activitiesByYearEnd: readonly ActivityFacts[],
  yearEnd: CalendarDate,
): FunnelStage[] {
  const raised = {
    step: "needs-raised" as const,
    count: raisedNeedIds.length,
    needIds: raisedNeedIds,
    activityIds: [],
  };
  const stages = REACHED.map(([step, statuses]): FunnelStage => {
    const reached = activitiesByYearEnd.filter((a) =>
      statuses.includes(activityStatus(a, yearEnd)),
    );
    const answered = answeredNeeds(raisedNeedIds, reached);
    return { step, count: answered.needIds.length, ...answered };
  });
  return [raised, ...stages];
}
