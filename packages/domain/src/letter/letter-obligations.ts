import { addDays, type CalendarDate, dateParts } from "../calendar/calendar-date";
import type { Period } from "../calendar/periods";
import {
  buildObligation,
  type Obligation,
  type ObligationKind,
  type ObligationSpec,
} from "../obligations/obligation";
import { needsReviewsPerYearOf, type Terms } from "../terms/terms";
import { knownOn } from "./letter-known-on";
import type { LetterOfIntent } from "./letter-model";
import { letterEndsOn } from "./letter-status";
import { nextPeriodUnderTerms, periodsUnderTerms, termsOn } from "./letter-terms-on";

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
 * comes next is visible too. R26: each period is cut by the cadence in force on its first day.
 */
function recurringPeriods(
  letter: LetterOfIntent,
  asOf: CalendarDate,
  cadence: (terms: Terms) => number,
): Period[] {
  const inForceFrom = letter.inForceFrom as CalendarDate;
  const endsOn = letterEndsOn(letter);
  const horizon = endsOn && endsOn < asOf ? endsOn : asOf;
  const begun = periodsUnderTerms(letter, inForceFrom, horizon, cadence);
  const next = nextPeriodUnderTerms(letter, horizon, cadence);
  return next && (!endsOn || next.startsOn <= endsOn) ? [...begun, next] : begun;
}

/** A duty that recurs once per period and is due on the period's last day. */
interface Recurring {
  readonly kind: ObligationKind;
  /** R26: the duty's periods a year under some terms. */
  readonly cadence: (terms: Terms) => number;
  readonly fulfilledOn: (period: Period) => CalendarDate | null;
  readonly fulfilledBy: (period: Period) => string;
}

function recurringSpecs(
  letter: LetterOfIntent,
  asOf: CalendarDate,
  recurring: Recurring,
): ObligationSpec[] {
  return recurringPeriods(letter, asOf, recurring.cadence).map((period) => ({
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
  // R26: a yearly review (by the terms in force when its year began) counts for its year.
  const yearly = (period: Period) => termsOn(letter, period.startsOn).structureReviewsPerYear === 1;
  return [
    {
      kind: "half-year-dialog",
      cadence: (terms) => terms.dialogsPerYear,
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
      // R13 (D-4, D-63): as often as the terms say, yearly on letters that do not say; the kind
      // keeps its first name ("annual") so that stored ids and the API's enum stay as they are.
      kind: "annual-needs-review",
      cadence: needsReviewsPerYearOf,
      fulfilledOn: (period) =>
        earliest(
          heldDialogs(letter)
            .filter((r) => r.needsReview && within(r.heldOn, period))
            .map((r) => r.heldOn),
        ),
      fulfilledBy: (period) =>
        `a leadership dialog in ${period.label} whose record includes a needs review`,
    },
    {
      kind: "structure-review",
      cadence: (terms) => terms.structureReviewsPerYear,
      // A yearly review counts for its year even when held late; a more frequent one by its date.
      fulfilledOn: (period) =>
        earliest(
          letter.structureReviews
            .filter(
              (r) =>
                r.year === dateParts(period.startsOn).year &&
                (yearly(period) || within(r.reviewedOn, period)),
            )
            .map((r) => r.reviewedOn),
        ),
      fulfilledBy: (period) => `a structure review of the collaboration for ${period.label}`,
    },
  ];
}

/**
 * R12, D-3: the basis of each dialog scheduled and not yet held, due `basisLeadDays` before it
 * (R26: the lead days in force on the dialog's day).
 * Once the dialog is held its basis is history: the dialog's own item keeps it.
 */
function dialogBasisSpecs(letter: LetterOfIntent): ObligationSpec[] {
  return letter.openDialogs.map((dialog) => ({
    kind: "dialog-basis",
    key: dialog.dialogId,
    subject: { dialogId: dialog.dialogId },
    dueOn: addDays(dialog.scheduledOn, -termsOn(letter, dialog.scheduledOn).basisLeadDays),
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
