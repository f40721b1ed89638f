import type { ActivityEvent } from "../../src/activity/activity-events";
import type { FundingEvent } from "../../src/funding/funding-events";
import type { Organisation } from "../../src/organisation/actor";
import type { RecordedFact } from "../../src/report/report-events";
import type { ActivityKind } from "../../src/vocabulary/activity-kinds";
import { d, LTU, NOK } from "./ltu-nok-facts";

/** An activity's events in its stream `activity:<id>`, most of which do not carry the id. */
export const activityStream = (activityId: string, events: ActivityEvent[]): RecordedFact[] =>
  events.map((event) => ({ aggregate: `activity:${activityId}`, event }));

export const defined = (
  activityId: string,
  kind: ActivityKind,
  needIds: string[],
  definedOn: string,
): ActivityEvent => ({
  type: "ActivityDefined",
  activityId,
  letterId: "ltu-nok",
  title: `Activity ${activityId}`,
  kind,
  focusAreas: ["education"],
  needIds,
  definedOn: d(definedOn),
});

/** A version of the special agreement: both principal parties and `others` sign it (R14). */
export const drafted = (
  version: number,
  draftedOn: string,
  others: Organisation[] = [],
): ActivityEvent => ({
  type: "SpecialAgreementDrafted",
  version,
  parties: [NOK, LTU, ...others],
  terms: `Terms v${version}`,
  draftedOn: d(draftedOn),
});

export const signed = (version: number, who: Organisation, signedOn: string): ActivityEvent => ({
  type: "SpecialAgreementSigned",
  version,
  orgNumber: who.orgNumber,
  signedOn: d(signedOn),
  signedBy: { sub: `${who.name}-signatory` },
});

export const started = (startedOn: string): ActivityEvent => ({
  type: "ActivityStarted",
  startedOn: d(startedOn),
});

export const completed = (completedOn: string): ActivityEvent => ({
  type: "ActivityCompleted",
  completedOn: d(completedOn),
  outcome: "Done",
});

export const flagged = (flaggedOn: string, letterEndedOn: string): ActivityEvent => ({
  type: "SpecialAgreementFlaggedForReview",
  flaggedOn: d(flaggedOn),
  letterEndedOn: d(letterEndedOn),
});

/** An application's events in its stream `funding:<id>`. */
export const fundingStream = (applicationId: string, events: FundingEvent[]): RecordedFact[] =>
  events.map((event) => ({ aggregate: `funding:${applicationId}`, event }));

const details = (funder: string, deadline: string, requestedSek: number) => ({
  funder,
  call: `${funder} call`,
  submissionDeadline: d(deadline),
  amountRequestedSek: requestedSek,
  applicantParties: [LTU.orgNumber, NOK.orgNumber],
  linkedActivityIds: [],
});

export const planned = (
  applicationId: string,
  funder: string,
  deadline: string,
  requestedSek: number,
  plannedOn: string,
): FundingEvent => ({
  type: "FundingApplicationPlanned",
  applicationId,
  letterId: "ltu-nok",
  plannedOn: d(plannedOn),
  ...details(funder, deadline, requestedSek),
});

export const revised = (funder: string, deadline: string, requestedSek: number): FundingEvent => ({
  type: "FundingApplicationRevised",
  ...details(funder, deadline, requestedSek),
});

export const submitted = (submittedOn: string): FundingEvent => ({
  type: "FundingApplicationSubmitted",
  submittedOn: d(submittedOn),
});

export const decided = (
  decision: "granted" | "rejected",
  decidedOn: string,
  amountGrantedSek: number | null = null,
): FundingEvent => ({
  type: "FundingDecisionRecorded",
  decision,
  decidedOn: d(decidedOn),
  amountGrantedSek,
});

export const withdrawn = (withdrawnOn: string): FundingEvent => ({
  type: "FundingApplicationWithdrawn",
  withdrawnOn: d(withdrawnOn),
});
