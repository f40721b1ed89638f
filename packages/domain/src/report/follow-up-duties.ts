import { addDays, type CalendarDate } from "../calendar/calendar-date";
import type { PeriodsPerYear } from "../calendar/periods";
import type { ObligationKind } from "../obligations/obligation";
import { applicationAsOf } from "./follow-up-funding";
import type { ObligationFact } from "./follow-up-obligations";
import { dutyPeriodsOfYear, periodFulfilment } from "./follow-up-policy";
import type { ReportFacts } from "./report-facts";

/** An obligation of the report, before it is judged. */
export interface Duty extends ObligationFact {
  readonly lapsedAnyway?: boolean;
}

const duty = (
  kind: ObligationKind,
  key: string,
  dueOn: CalendarDate,
  fulfilledOn: CalendarDate | null,
): Duty => ({
  id: `${kind}:${key}`,
  dueOn,
  fulfilledOn,
});

/** R10 D-2, R13 D-4, R15 D-5: the duties that recur per period, as in the letter's obligations. */
export function recurringDuties(
  facts: ReportFacts,
  year: number,
): Record<"R10" | "R13" | "R15", Duty[]> {
  const { letter, dialogs, structureReviews } = facts;
  const held = dialogs.flatMap((d) => (d.heldOn ? [d.heldOn] : []));
  const reviewed = dialogs.flatMap((d) => (d.heldOn && d.needsReview ? [d.heldOn] : []));
  const structurePerYear = (letter?.terms.structureReviewsPerYear ?? 1) as PeriodsPerYear;
  const periods = (perYear: number) => dutyPeriodsOfYear(letter, year, perYear as PeriodsPerYear);
  return {
    R10: periods(letter?.terms.dialogsPerYear ?? 1).map((p) =>
      duty("half-year-dialog", p.label, p.endsOn, periodFulfilment(held, p)),
    ),
    R13: periods(1).map((p) =>
      duty("annual-needs-review", p.label, p.endsOn, periodFulfilment(reviewed, p)),
    ),
    // A yearly review counts for its year even when recorded later; a more frequent one by its date.
    R15: periods(structurePerYear).map((p) => {
      const reviews = structureReviews.filter(
        (r) =>
          r.year === year &&
          (structurePerYear === 1 || (r.reviewedOn >= p.startsOn && r.reviewedOn <= p.endsOn)),
      );
      const fulfilledOn = reviews.map((r) => r.reviewedOn).sort()[0] ?? null;
      return duty("structure-review", p.label, p.endsOn, fulfilledOn);
    }),
  };
}

/** R12 D-3: each scheduled dialog's basis; R7: each application's submission deadline. */
export function datedDuties(facts: ReportFacts): { R12: Duty[]; R7: Duty[] } {
  const leadDays = facts.letter?.terms.basisLeadDays ?? 0;
  const R12 = facts.dialogs.flatMap(({ dialogId, scheduledOn, basisSubmittedOn }) =>
    scheduledOn
      ? [duty("dialog-basis", dialogId, addDays(scheduledOn, -leadDays), basisSubmittedOn)]
      : [],
  );
  const R7 = facts.applications.flatMap((application) => {
    const app = applicationAsOf(application, null);
    if (!app) return [];
    const { applicationId, submissionDeadline, submittedOn, withdrawnOn } = app;
    // Withdrawn before its deadline without a submission, the duty goes away; withdrawn after
    // the deadline, it had already been missed.
    const lapsedAnyway =
      submittedOn === null && withdrawnOn !== null && withdrawnOn <= submissionDeadline;
    const base = duty(
      "funding-application-submission",
      applicationId,
      submissionDeadline,
      submittedOn,
    );
    return [{ ...base, lapsedAnyway }];
  });
  return { R12, R7 };
}
