import type { CalendarDate } from "../calendar/calendar-date";
import { buildObligation, type Obligation } from "../obligations/obligation";
import type { FundingApplication } from "./funding-model";

/**
 * R7: a planned application's submission deadline is an obligation, fulfilled by submitting it;
 * withdrawing it first, or the letter ending first (R20), lapses it.
 */
export function fundingObligations(
  application: FundingApplication,
  asOf: CalendarDate,
  letterEndsOn: CalendarDate | null,
): Obligation[] {
  if (application.plannedOn > asOf) return [];
  const { applicationId, submissionDeadline, submittedOn, withdrawnOn } = application;
  const spec = {
    kind: "funding-application-submission" as const,
    key: applicationId,
    subject: { applicationId },
    dueOn: submissionDeadline,
    fulfilledOn: submittedOn,
    fulfilledBy: `submitting the application to ${application.funder} (${application.call})`,
  };
  const withdrawnFirst =
    withdrawnOn !== null && withdrawnOn <= asOf && (submittedOn === null || submittedOn > asOf);
  return [buildObligation(spec, asOf, letterEndsOn, withdrawnFirst ? "lapsed" : undefined)];
}
