import { type CalendarDate, daysBetween } from "../calendar/calendar-date";
import { yearBounds } from "./follow-up-policy";
import type { ActivityFacts, AgreementVersionFacts } from "./report-streams";

/** Where an activity stands (R14): signatures awaited, ready to start, running or completed. */
export type ActivityStatus = "awaiting-signatures" | "ready-to-start" | "running" | "completed";

/** The statuses in the order an activity passes them. */
export const ACTIVITY_STATUSES: readonly ActivityStatus[] = [
  "awaiting-signatures",
  "ready-to-start",
  "running",
  "completed",
];

/** A special agreement that got its last required signature in the year (R14). */
export interface AgreementSigningFigure {
  readonly activityId: string;
  readonly version: number;
  readonly draftedOn: CalendarDate;
  readonly fullySignedOn: CalendarDate;
  /** Days from the version's drafting to its last required signature. */
  readonly days: number;
}

/** The special agreement's version in force on `asOf`: the last one drafted by then. */
export function currentVersion(
  activity: ActivityFacts,
  asOf: CalendarDate,
): AgreementVersionFacts | null {
  return activity.versions.filter((version) => version.draftedOn <= asOf).at(-1) ?? null;
}

/**
 * The day `version` got its last required signature, counting signatures made by `asOf`; null
 * while a party fixed at drafting has not signed it (R14: only that version's signatures count).
 */
export function fullySignedOn(
  version: AgreementVersionFacts,
  asOf: CalendarDate,
): CalendarDate | null {
  let last = version.draftedOn;
  for (const party of version.partyOrgNumbers) {
    const signed = version.signatures
      .filter((s) => s.orgNumber === party && s.signedOn <= asOf)
      .map((s) => s.signedOn)
      .sort()[0];
    if (!signed) return null;
    if (signed > last) last = signed;
  }
  return last;
}

/**
 * An activity's status on `asOf` (R14): completed or running by its dated facts, else ready to
 * start once the version current then carries every required signature, else awaiting them.
 */
export function activityStatus(activity: ActivityFacts, asOf: CalendarDate): ActivityStatus {
  if (activity.completedOn !== null && activity.completedOn <= asOf) return "completed";
  if (activity.startedOn !== null && activity.startedOn <= asOf) return "running";
  const version = currentVersion(activity, asOf);
  // D-63: a version the terms did not require waits for no signature.
  if (version?.required === false) return "ready-to-start";
  return version && fullySignedOn(version, asOf) ? "ready-to-start" : "awaiting-signatures";
}

/**
 * R24, R14: each special agreement whose version current at year end was fully signed in `year`
 * (by its signatories, D-63); one the terms did not require is left out.
 */
export function agreementsSignedIn(
  activities: readonly ActivityFacts[],
  year: number,
): AgreementSigningFigure[] {
  const { startsOn, endsOn } = yearBounds(year);
  return activities.flatMap((activity) => {
    const version = currentVersion(activity, endsOn);
    // D-63: an agreement no signature was required of is not counted as signed: its "days to
    // sign" would be a figure about nothing.
    if (version?.required === false) return [];
    const signedOn = version ? fullySignedOn(version, endsOn) : null;
    if (!version || !signedOn || signedOn < startsOn) return [];
    const { version: number, draftedOn } = version;
    return [
      {
        activityId: activity.activityId,
        version: number,
        draftedOn,
        fullySignedOn: signedOn,
        days: daysBetween(draftedOn, signedOn),
      },
    ];
  });
}
