import type { CalendarDate } from "../calendar/calendar-date";
import type { FundingEvent } from "../funding/funding-events";
import { yearBounds } from "./follow-up-policy";
import type { ApplicationFacts } from "./report-streams";

/** Where a joint application stands (R7): the same five as the funding model's `FundingStatus`. */
export type ApplicationStatus = "planned" | "submitted" | "granted" | "rejected" | "withdrawn";

// R7's statuses in the order an application passes them.
const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  "planned",
  "submitted",
  "granted",
  "rejected",
  "withdrawn",
];

/** One application as it stood on a date (R7); amounts in whole kronor. */
export interface FundingApplicationFigure {
  readonly applicationId: string;
  readonly funder: string;
  readonly call: string;
  readonly submissionDeadline: CalendarDate;
  readonly status: ApplicationStatus;
  readonly amountRequestedSek: number;
  readonly amountGrantedSek: number | null;
  readonly plannedOn: CalendarDate;
  readonly submittedOn: CalendarDate | null;
  readonly decidedOn: CalendarDate | null;
  readonly withdrawnOn: CalendarDate | null;
}

/** A count of applications, their ids and the sums they requested and were granted. */
export interface FundingTally {
  readonly count: number;
  readonly applicationIds: readonly string[];
  readonly requestedSek: number;
  readonly grantedSek: number;
}

/** R24 the joint applications planned by year end, by their status on 31 December. */
export interface FundingFigures {
  readonly applications: readonly FundingApplicationFigure[];
  readonly byStatus: Readonly<Record<ApplicationStatus, FundingTally>>;
  /** All of them; the statuses sum to it. */
  readonly total: FundingTally;
}

const NONE = { amountGrantedSek: null, submittedOn: null, decidedOn: null, withdrawnOn: null };

function apply(app: FundingApplicationFigure, event: FundingEvent): FundingApplicationFigure {
  switch (event.type) {
    case "FundingApplicationPlanned":
      return app;
    case "FundingApplicationRevised": {
      const { funder, call, submissionDeadline, amountRequestedSek } = event;
      return { ...app, funder, call, submissionDeadline, amountRequestedSek };
    }
    case "FundingApplicationSubmitted":
      return { ...app, status: "submitted", submittedOn: event.submittedOn };
    case "FundingDecisionRecorded": {
      const { decision, decidedOn, amountGrantedSek } = event;
      return { ...app, status: decision, decidedOn, amountGrantedSek };
    }
    case "FundingApplicationWithdrawn":
      return { ...app, status: "withdrawn", withdrawnOn: event.withdrawnOn };
  }
}

/** The application from its events dated on or before `asOf` (all of them when null). */
export function applicationAsOf(
  application: ApplicationFacts,
  asOf: CalendarDate | null,
): FundingApplicationFigure | null {
  const [first, ...rest] = application.timeline.filter(({ on }) => asOf === null || on <= asOf);
  if (first?.event.type !== "FundingApplicationPlanned") return null;
  const { funder, call, submissionDeadline, amountRequestedSek, plannedOn } = first.event;
  const { applicationId } = application;
  const details = { funder, call, submissionDeadline, amountRequestedSek, plannedOn };
  const planned: FundingApplicationFigure = {
    applicationId,
    status: "planned",
    ...details,
    ...NONE,
  };
  return rest.reduce((app, { event }) => apply(app, event), planned);
}

const tally = (apps: readonly FundingApplicationFigure[]): FundingTally => ({
  count: apps.length,
  applicationIds: apps.map((app) => app.applicationId),
  requestedSek: apps.reduce((sum, app) => sum + app.amountRequestedSek, 0),
  grantedSek: apps.reduce((sum, app) => sum + (app.amountGrantedSek ?? 0), 0),
});

/** R24, R7: every application planned on or before 31 December of `year`, as it stood then. */
export function fundingFigures(
  applications: readonly ApplicationFacts[],
  year: number,
): FundingFigures {
  const { endsOn } = yearBounds(year);
  const apps = applications.flatMap((application) => applicationAsOf(application, endsOn) ?? []);
  const byStatus = Object.fromEntries(
    APPLICATION_STATUSES.map((status) => [
      status,
      tally(apps.filter((app) => app.status === status)),
    ]),
  ) as Record<ApplicationStatus, FundingTally>;
  return { applications: apps, byStatus, total: tally(apps) };
}
