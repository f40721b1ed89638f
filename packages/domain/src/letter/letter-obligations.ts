import { addDays, type CalendarDate, dateParts } from "../calendar/calendar-date";
import {
  nextPeriod,
  type Period,
  type PeriodsPerYear,
  periodContaining,
  periodsBeginningAfter,
} from "../calendar/periods";
import {
  buildObligation,
  type Obligation,
  type ObligationKind,
  type ObligationSpec,
} from "../obligations/obligation";
import { knownOn } from "./letter-known-on";
import type { LetterOfIntent } from "./letter-model";
import { letterEndsOn } from "./letter-status";

const within = (day: CalendarDate, period: Period) =>
  day >= period.startsOn && day <= period.endsOn;

const earliest = (days: CalendarDate[]): CalendarDate | null =>
  days.reduce<CalendarDate | null>(
    (first, day) => (first === null || day < first ? day : first),
    null,
  );

const heldDialogs = (letter: LetterOfIntent) => letter.heldDialogs;

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

/** A duty that recurs once per period and is due on the period's last day. */
interface Recurring {
  readonly kind: ObligationKind;
  readonly perYear: PeriodsPerYear;
  readonly fulfilledOn: (period: Period) => CalendarDate | null;
  readonly fulfilledBy: (period: Period) => string;
}

function recurringSpecs(
  letter: LetterOfIntent,
  asOf: CalendarDate,
  recurring: Recurring,
): ObligationSpec[] {
  return recurringPeriods(letter, asOf, recurring.perYear).map((period) => ({
    kind: recurring.kind,
    key: period.label,
    subject: { period: period.label },
    dueOn: period.endsOn,
    fulfilledOn: recurring.fulfilledOn(period),
    fulfilledBy: recurring.fulfilledBy(period),
  }));
}

/** R10 D-2, R13 D-4, R15 D-5: the duties that recur per period. */
function recurringDuties(letter: LetterOfIntent): Recurring[] {
  const structurePerYear = letter.terms.structureReviewsPerYear as PeriodsPerYear;
  return [
    {
      kind: "half-year-dialog",
      perYear: letter.terms.dialogsPerYear as PeriodsPerYear,
      fulfilledOn: (period) =>
        earliest(
          heldDialogs(letter)
            .map((r) => r.heldOn)
            .filter((day) => within(day, period)),
        ),
      fulfilledBy: (period) =>
        `a leadership dialog held between ${period.startsOn} and ${period.endsOn}`,
    },
    {
      kind: "annual-needs-review",
      perYear: 1,
      fulfilledOn: (year) =>
        earliest(
          heldDialogs(letter)
            .filter((r) => r.needsReview && within(r.heldOn, year))
            .map((r) => r.heldOn),
        ),
      fulfilledBy: (year) =>
        `a leadership dialog in ${year.label} whose record includes a needs review`,
    },
    {
      kind: "structure-review",
      perYear: structurePerYear,
      // A yearly review counts for its year even when held late; a more frequent one by its date.
      fulfilledOn: (period) =>
        earliest(
          letter.structureReviews
            .filter(
              (r) =>
                r.year === dateParts(period.startsOn).year &&
                (structurePerYear === 1 || within(r.reviewedOn, period)),
            )
            .map((r) => r.reviewedOn),
        ),
      fulfilledBy: (period) => `a structure review of the collaboration for ${period.label}`,
    },
  ];
}

/**
 * R12, D-3: the basis of each dialog scheduled and not yet held, due `basisLeadDays` before it.
 * Once the dialog is held its basis is history: the dialog's own item keeps it.
 */
function dialogBasisSpecs(letter: LetterOfIntent): ObligationSpec[] {
  return letter.openDialogs.map((dialog) => ({
    kind: "dialog-basis",
    key: dialog.dialogId,
    subject: { dialogId: dialog.dialogId },
    dueOn: addDays(dialog.scheduledOn, -letter.terms.basisLeadDays),
    fulfilledOn: dialog.basisSubmittedOn,
    fulfilledBy: `the collaboration group's basis for the dialog on ${dialog.scheduledOn}`,
  }));
}

/**
 * Every dated obligation of a letter as of `asOf`, with its rule, due date and status (R21), from
 * the facts dated on or before `asOf` only (D-21). A draft has none (R17); after the end, those
 * due later have lapsed (R20).
 *
 * @example letterObligations(letter, date("2027-03-01")).filter((o) => o.status === "overdue")
 */
export function letterObligations(recorded: LetterOfIntent, asOf: CalendarDate): Obligation[] {
  const letter = knownOn(recorded, asOf);
  if (!letter.inForceFrom || asOf < letter.inForceFrom) return [];
  const specs = [
    ...recurringDuties(letter).flatMap((recurring) => recurringSpecs(letter, asOf, recurring)),
    ...dialogBasisSpecs(letter),
  ];
  return specs
    .map((spec) => buildObligation(spec, asOf, letterEndsOn(letter)))
    .sort((a, b) => (a.dueOn === b.dueOn ? a.id.localeCompare(b.id) : a.dueOn < b.dueOn ? -1 : 1));
}
