import type { CalendarDate } from "../calendar/calendar-date";
import { OBLIGATION_RULES, type Obligation, obligationStatus } from "../obligations/obligation";
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
  const { submissionDeadline: dueOn, submittedOn, withdrawnOn } = application;
  const withdrawnFirst =
    withdrawnOn !== null && withdrawnOn <= asOf && (submittedOn === null || submittedOn > asOf);
  const status = withdrawnFirst
    ? "lapsed"
    : obligationStatus({ dueOn, fulfilledOn: submittedOn }, asOf, letterEndsOn);
  const kind = "funding-application-submission" as const;
  return [
    {
      id: `${kind}:${application.applicationId}`,
      kind,
      rule: OBLIGATION_RULES[kind],
      dueOn,
      status,
      fulfilledBy: `submitting the application to ${application.funder} (${application.call})`,
      fulfilledOn: submittedOn && submittedOn <= asOf ? submittedOn : null,
      subject: { applicationId: application.applicationId },
    },
  ];
}
