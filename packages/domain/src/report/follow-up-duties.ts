import { addDays, type CalendarDate } from "../calendar/calendar-date";
import type { Period } from "../calendar/periods";
import { termsOn } from "../letter/letter-terms-on";
import type { ObligationKind } from "../obligations/obligation";
import type { LateRecord } from "../rules/late-records";
import { needsReviewsPerYearOf } from "../terms/terms";
import { applicationAsOf } from "./follow-up-funding";
import type { ObligationFact } from "./follow-up-obligations";
import {
  dutyPeriodsOfYear,
  type Fulfilment,
  fulfilmentOf,
  periodFulfilment,
} from "./follow-up-policy";
import type { ReportFacts } from "./report-facts";

/** An obligation of the report, before it is judged. */
export interface Duty extends ObligationFact {
  readonly lapsedAnyway?: boolean;
  /** D-32: fulfilled by a fact recorded late. */
  readonly recordedLate?: LateRecord | null;
}

const duty = (
  kind: ObligationKind,
  key: string,
  dueOn: CalendarDate,
  fulfilment: CalendarDate | null | Fulfilment,
): Duty => {
  const { fulfilledOn, recordedLate } =
    fulfilment !== null && typeof fulfilment === "object"
      ? fulfilment
      : { fulfilledOn: fulfilment, recordedLate: null };
  return { id: `${kind}:${key}`, dueOn, fulfilledOn, ...(recordedLate ? { recordedLate } : {}) };
};

const earliestOf = (days: readonly CalendarDate[]) => [...days].sort()[0] ?? null;

/** R10 D-2, R13 D-4, R15 D-5: the duties that recur per period, as in the letter's obligations. */
export function recurringDuties(
  facts: ReportFacts,
  year: number,
): Record<"R10" | "R13" | "R15", Duty[]> {
  const { letter, dialogs, structureReviews } = facts;
  const held = dialogs.flatMap((d) =>
    d.heldOn ? [{ on: d.heldOn, recordedOn: d.heldRecordedOn }] : [],
  );
  const reviewed = dialogs.flatMap((d) =>
    d.heldOn && d.needsReview ? [{ on: d.heldOn, recordedOn: d.heldRecordedOn }] : [],
  );
  // R26: each period counts by the terms in force on its first day.
  const yearly = (p: Period) =>
    !letter || termsOn(letter, p.startsOn).structureReviewsPerYear === 1;
  return {
    R10: dutyPeriodsOfYear(letter, year, (terms) => terms.dialogsPerYear).map((p) =>
      duty(
        "half-year-dialog",
        p.label,
        p.endsOn,
        fulfilmentOf(held, p.endsOn, (days) => periodFulfilment(days, p)),
      ),
    ),
    // R13 (D-63): the needs-review cadence of the terms in force when each period began.
    R13: dutyPeriodsOfYear(letter, year, needsReviewsPerYearOf).map((p) =>
      duty(
        "annual-needs-review",
        p.label,
        p.endsOn,
        fulfilmentOf(reviewed, p.endsOn, (days) => periodFulfilment(days, p)),
      ),
    ),
    // A yearly review counts for its year even when recorded later; a more frequent one by its date.
    R15: dutyPeriodsOfYear(letter, year, (terms) => terms.structureReviewsPerYear).map((p) => {
      const reviews = structureReviews.filter(
        (r) =>
          r.year === year &&
          (yearly(p) || (r.reviewedOn >= p.startsOn && r.reviewedOn <= p.endsOn)),
      );
      const records = reviews.map((r) => ({ on: r.reviewedOn, recordedOn: r.recordedOn }));
      return duty(
        "structure-review",
        p.label,
        p.endsOn,
        fulfilmentOf(records, p.endsOn, earliestOf),
      );
    }),
  };
}

/** R12 D-3: each scheduled dialog's basis; R7: each application's submission deadline. */
export function datedDuties(facts: ReportFacts): { R12: Duty[]; R7: Duty[] } {
  const letter = facts.letter;
  const R12 = facts.dialogs.flatMap(
    ({ dialogId, scheduledOn, basisSubmittedOn, basisRecordedOn }) => {
      if (!scheduledOn) return [];
      // R26: the lead days in force on the dialog's day.
      const leadDays = letter ? termsOn(letter, scheduledOn).basisLeadDays : 0;
      const dueOn = addDays(scheduledOn, -leadDays);
      const records = basisSubmittedOn
        ? [{ on: basisSubmittedOn, recordedOn: basisRecordedOn }]
        : [];
      return [duty("dialog-basis", dialogId, dueOn, fulfilmentOf(records, dueOn, earliestOf))];
    },
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
