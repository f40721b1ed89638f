import { addDays, type CalendarDate, dateParts } from "../calendar/calendar-date";
import {
  nextPeriod,
  type Period,
  type PeriodsPerYear,
  periodContaining,
  periodsBeginningAfter,
} from "../calendar/periods";
import {
  OBLIGATION_RULES,
  type Obligation,
  type ObligationKind,
  obligationStatus,
} from "../obligations/obligation";
import type { LetterOfIntent } from "./letter-model";
import { letterEndsOn } from "./letter-status";

const within = (day: CalendarDate, period: Period) =>
  day >= period.startsOn && day <= period.endsOn;

const earliest = (days: CalendarDate[]): CalendarDate | null =>
  days.reduce<CalendarDate | null>(
    (first, day) => (first === null || day < first ? day : first),
    null,
  );

/**
 * The periods an obligation recurs in: those that begin while the letter is in force up to
 * `asOf` (D-2, D-4, D-5), and the next one if it begins before the letter ends, so that what
 * comes next is visible too.
 */
function recurringPeriods(
  letter: LetterOfIntent,
  asOf: CalendarDate,
  perYear: PeriodsPerYear,
): Period[] {
  const inForceFrom = letter.inForceFrom as CalendarDate;
  const endsOn = letterEndsOn(letter);
  const horizon = endsOn && endsOn < asOf ? endsOn : asOf;
  const begun = periodsBeginningAfter(inForceFrom, horizon, perYear);
  const next = nextPeriod(periodContaining(horizon, perYear), perYear);
  return !endsOn || next.startsOn <= endsOn ? [...begun, next] : begun;
}

function obligation(
  letter: LetterOfIntent,
  asOf: CalendarDate,
  kind: ObligationKind,
  subject: Obligation["subject"],
  key: string,
  dueOn: CalendarDate,
  fulfilledOn: CalendarDate | null,
  fulfilledBy: string,
): Obligation {
  const status = obligationStatus({ dueOn, fulfilledOn }, asOf, letterEndsOn(letter));
  return {
    id: `${kind}:${key}`,
    kind,
    rule: OBLIGATION_RULES[kind],
    dueOn,
    status,
    fulfilledBy,
    fulfilledOn: fulfilledOn && fulfilledOn <= asOf ? fulfilledOn : null,
    subject,
  };
}

const heldDialogs = (letter: LetterOfIntent) =>
  letter.dialogs.flatMap((d) => (d.record ? [d.record] : []));

/** R10, D-2: one held leadership dialog in each period of `dialogsPerYear`. */
function dialogPeriodObligations(letter: LetterOfIntent, asOf: CalendarDate): Obligation[] {
  const perYear = letter.terms.dialogsPerYear as PeriodsPerYear;
  return recurringPeriods(letter, asOf, perYear).map((period) => {
    const held = earliest(
      heldDialogs(letter)
        .map((r) => r.heldOn)
        .filter((day) => within(day, period)),
    );
    const what = `a leadership dialog held between ${period.startsOn} and ${period.endsOn}`;
    return obligation(
      letter,
      asOf,
      "half-year-dialog",
      { period: period.label },
      period.label,
      period.endsOn,
      held,
      what,
    );
  });
}

/** R13, D-4: each calendar year, a held dialog whose record includes a needs review. */
function needsReviewObligations(letter: LetterOfIntent, asOf: CalendarDate): Obligation[] {
  return recurringPeriods(letter, asOf, 1).map((year) => {
    const reviews = heldDialogs(letter).filter(
      (r) => r.needsReview !== null && within(r.heldOn, year),
    );
    const held = earliest(reviews.map((r) => r.heldOn));
    const what = `a leadership dialog in ${year.label} whose record includes a needs review`;
    return obligation(
      letter,
      asOf,
      "annual-needs-review",
      { period: year.label },
      year.label,
      year.endsOn,
      held,
      what,
    );
  });
}

/** R15, D-5: a structure review for each period of `structureReviewsPerYear`, due at its end. */
function structureReviewObligations(letter: LetterOfIntent, asOf: CalendarDate): Obligation[] {
  const perYear = letter.terms.structureReviewsPerYear as PeriodsPerYear;
  return recurringPeriods(letter, asOf, perYear).map((period) => {
    const year = dateParts(period.startsOn).year;
    // A yearly review counts for its year even when held late; a more frequent one by its date.
    const matches = letter.structureReviews.filter(
      (r) => r.year === year && (perYear === 1 || within(r.reviewedOn, period)),
    );
    const done = earliest(matches.map((r) => r.reviewedOn));
    const what = `a structure review of the collaboration for ${period.label}`;
    return obligation(
      letter,
      asOf,
      "structure-review",
      { period: period.label },
      period.label,
      period.endsOn,
      done,
      what,
    );
  });
}

/** R12, D-3: each scheduled dialog's basis, due `basisLeadDays` before it. */
function dialogBasisObligations(letter: LetterOfIntent, asOf: CalendarDate): Obligation[] {
  return letter.dialogs.map((dialog) => {
    const dueOn = addDays(dialog.scheduledOn, -letter.terms.basisLeadDays);
    const what = `the collaboration group's basis for the dialog on ${dialog.scheduledOn}`;
    const subject = { dialogId: dialog.dialogId };
    return obligation(
      letter,
      asOf,
      "dialog-basis",
      subject,
      dialog.dialogId,
      dueOn,
      dialog.basis?.submittedOn ?? null,
      what,
    );
  });
}

/**
 * Every dated obligation of a letter as of `asOf`, with its rule, due date and status (R21). A
 * draft has none (R17); after the end, those due later have lapsed (R20).
 *
 * @example letterObligations(letter, date("2027-03-01")).filter((o) => o.status === "overdue")
 */
export function letterObligations(letter: LetterOfIntent, asOf: CalendarDate): Obligation[] {
  if (!letter.inForceFrom || asOf < letter.inForceFrom) return [];
  return [
    ...dialogPeriodObligations(letter, asOf),
    ...needsReviewObligations(letter, asOf),
    ...structureReviewObligations(letter, asOf),
    ...dialogBasisObligations(letter, asOf),
  ].sort((a, b) => (a.dueOn === b.dueOn ? a.id.localeCompare(b.id) : a.dueOn < b.dueOn ? -1 : 1));
}
