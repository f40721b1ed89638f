import type { ActivityEvent } from "../activity/activity-events";
import type { CalendarDate } from "../calendar/calendar-date";
import type { FundingEvent } from "../funding/funding-events";
import type { ActivityKind } from "../vocabulary/activity-kinds";

/** One version of a special agreement and its signatures (R14). */
export interface AgreementVersionFacts {
  readonly version: number;
  /** The parties whose signatures this version needs (D-63: its signatories). */
  readonly partyOrgNumbers: readonly string[];
  /** D-63: false when the terms at drafting let the activity start without it; absent = true. */
  readonly required?: boolean;
  readonly draftedOn: CalendarDate;
  readonly signatures: Array<{ readonly orgNumber: string; readonly signedOn: CalendarDate }>;
}

/** One activity and its special agreement's versions, in the order they were drafted. */
export interface ActivityFacts {
  readonly activityId: string;
  readonly kind: ActivityKind;
  readonly needIds: readonly string[];
  readonly definedOn: CalendarDate;
  readonly versions: AgreementVersionFacts[];
  startedOn: CalendarDate | null;
  completedOn: CalendarDate | null;
}

/**
 * One funding application's events, each with the day it took effect. A revision carries no date
 * of its own: it takes the date of the event before it in its stream, the earliest it can have been.
 */
export interface ApplicationFacts {
  readonly applicationId: string;
  readonly timeline: Array<{ readonly on: CalendarDate; readonly event: FundingEvent }>;
}

/**
 * Adds an activity's event to the activity of its stream (`activity:<id>`): most of its events do
 * not carry the id. Events before the stream's `ActivityDefined` are ignored.
 */
export function addActivityEvent(
  activities: Map<string, ActivityFacts>,
  aggregate: string,
  event: ActivityEvent,
): void {
  if (event.type === "ActivityDefined") {
    const { activityId, kind, needIds, definedOn } = event;
    const empty = { versions: [], startedOn: null, completedOn: null };
    activities.set(aggregate, { activityId, kind, needIds, definedOn, ...empty });
    return;
  }
  const activity = activities.get(aggregate);
  if (!activity) return;
  switch (event.type) {
    case "SpecialAgreementDrafted": {
      const { version, draftedOn, required, signatories } = event;
      const partyOrgNumbers = signatories ?? event.parties.map((party) => party.orgNumber);
      const optional = required === false ? { required } : {};
      activity.versions.push({ version, partyOrgNumbers, draftedOn, signatures: [], ...optional });
      return;
    }
    case "SpecialAgreementSigned": {
      const version = activity.versions.find((v) => v.version === event.version);
      version?.signatures.push({ orgNumber: event.orgNumber, signedOn: event.signedOn });
      return;
    }
    case "ActivityStarted":
      activity.startedOn = event.startedOn;
      return;
    case "ActivityCompleted":
      activity.completedOn = event.completedOn;
      return;
    case "SpecialAgreementFlaggedForReview":
      return;
  }
}

function fundingDateOf(event: FundingEvent, before: CalendarDate): CalendarDate {
  switch (event.type) {
    case "FundingApplicationPlanned":
      return event.plannedOn;
    case "FundingApplicationSubmitted":
      return event.submittedOn;
    case "FundingDecisionRecorded":
      return event.decidedOn;
    case "FundingApplicationWithdrawn":
      return event.withdrawnOn;
    case "FundingApplicationRevised":
      return before;
  }
}

/** Adds an application's event to its stream (`funding:<id>`), dated; ignored before it is planned. */
export function addFundingEvent(
  applications: Map<string, ApplicationFacts>,
  aggregate: string,
  event: FundingEvent,
): void {
  if (event.type === "FundingApplicationPlanned") {
    const timeline = [{ on: event.plannedOn, event }];
    applications.set(aggregate, { applicationId: event.applicationId, timeline });
    return;
  }
  const timeline = applications.get(aggregate)?.timeline;
  const before = timeline?.[timeline.length - 1]?.on;
  if (timeline && before) timeline.push({ on: fundingDateOf(event, before), event });
}
