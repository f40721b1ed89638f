import { addDays, type CalendarDate, compareDates } from "../calendar/calendar-date";
import type { Period, PeriodsPerYear } from "../calendar/periods";
import { termsOn } from "../letter/letter-terms-on";
import {
  type DatedRecord,
  dutyOutcome,
  dutyPeriodsOfYear,
  FOLLOW_UP_POLICY,
  fulfilmentOf,
  periodFulfilment,
  periodsOfYearUnderTerms,
  recordedOutcome,
  yearBounds,
} from "./follow-up-policy";
import type { DialogFacts, LetterFacts, ReportFacts } from "./report-facts";

/** A held leadership dialog: its id and the day it was held. */
export interface HeldDialogFact {
  readonly dialogId: string;
  readonly heldOn: CalendarDate;
}

/** Why a period needs no dialog (D-2); null when it needs one. */
export type NotDueReason =
  | "not-in-force"
  | "entered-into-force-in-period"
  | "ends-before-period-end"
  | null;

/** One dialog period of the year (R10, D-2) and the dialogs that answer it. */
export interface DialogPeriodFigure {
  readonly period: string;
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate;
  /** 1 when D-2 asks for a dialog in this period, else 0. */
  readonly due: 0 | 1;
  readonly notDueBecause: NotDueReason;
  /** The dialogs held within the period. */
  readonly held: readonly HeldDialogFact[];
  /** When none was held within it: the first held in the grace days after (`FOLLOW_UP_POLICY`). */
  readonly heldLate: HeldDialogFact | null;
  /**
   * D-32: the dialog that fulfils the period was recorded more than 14 days after it was held:
   * both dates. The outcome is then `recorded-late`, counted apart from on time and late.
   */
  readonly recordedLate: RecordedLateDialog | null;
  readonly outcome: "on-time" | "late" | "recorded-late" | "missed" | "open" | "not-due";
}

/** A held dialog recorded late (D-32): the day held and the day recorded. */
export interface RecordedLateDialog extends HeldDialogFact {
  readonly recordedOn: CalendarDate;
}

/** A count and the periods it counts. */
export interface PeriodTally {
  readonly count: number;
  readonly periods: readonly string[];
}

/** R24 dialogs held against due, per period of the year; onTime + late + missed + open = due. */
export interface DialogFigures {
  /** The letter's term (R10); null when no letter is drafted. */
  readonly dialogsPerYear: number | null;
  readonly periods: readonly DialogPeriodFigure[];
  readonly totals: {
    readonly due: PeriodTally;
    readonly onTime: PeriodTally;
    readonly late: PeriodTally;
    /** D-32: held in time or late, but recorded more than 14 days after (neither on time nor late). */
    readonly recordedLate: PeriodTally;
    readonly missed: PeriodTally;
    readonly open: PeriodTally;
  };
}

/** The held dialogs, earliest first. */
export function heldDialogs(dialogs: readonly DialogFacts[]): HeldDialogFact[] {
  return dialogs
    .flatMap(({ dialogId, heldOn }) => (heldOn ? [{ dialogId, heldOn }] : []))
    .sort((a, b) => compareDates(a.heldOn, b.heldOn) || a.dialogId.localeCompare(b.dialogId));
}

function notDueBecause(letter: LetterFacts, period: Period, isDuty: boolean): NotDueReason {
  const { inForceFrom, endsOn } = letter;
  if (inForceFrom && inForceFrom >= period.startsOn && inForceFrom <= period.endsOn)
    return "entered-into-force-in-period";
  if (isDuty && endsOn !== null && endsOn < period.endsOn) return "ends-before-period-end";
  return isDuty ? null : "not-in-force";
}

function periodFigure(
  letter: LetterFacts,
  period: Period,
  isDuty: boolean,
  held: readonly HeldDialogFact[],
  records: readonly (DatedRecord & { readonly dialogId: string })[],
  asOf: CalendarDate | undefined,
): DialogPeriodFigure {
  const reason = notDueBecause(letter, period, isDuty);
  const within = held.filter((d) => d.heldOn >= period.startsOn && d.heldOn <= period.endsOn);
  const fulfilment = fulfilmentOf(records, period.endsOn, (days) => periodFulfilment(days, period));
  const { fulfilledOn } = fulfilment;
  const heldLate =
    fulfilledOn && fulfilledOn > period.endsOn
      ? (held.find((d) => d.heldOn === fulfilledOn) ?? null)
      : null;
  const late = fulfilment.recordedLate;
  const lateRecord = late
    ? records.find((r) => r.on === late.factOn && r.recordedOn === late.recordedOn)
    : undefined;
  // A due period ends on or before the letter's last day (D-2), so it cannot lapse.
  const graceEnd = addDays(period.endsOn, FOLLOW_UP_POLICY.lateGraceDays);
  const outcome =
    reason === null
      ? recordedOutcome(
          dutyOutcome(period.endsOn, fulfilledOn, null, false, asOf, graceEnd),
          fulfilment,
        )
      : "not-due";
  const { label, startsOn, endsOn } = period;
  return {
    period: label,
    startsOn,
    endsOn,
    due: reason === null ? 1 : 0,
    notDueBecause: reason,
    held: within,
    heldLate,
    recordedLate:
      reason === null && outcome === "recorded-late" && lateRecord && late
        ? { dialogId: lateRecord.dialogId, heldOn: late.factOn, recordedOn: late.recordedOn }
        : null,
    outcome: outcome === "lapsed" ? "missed" : outcome,
  };
}

const tally = (rows: readonly DialogPeriodFigure[]): PeriodTally => ({
  count: rows.length,
  periods: rows.map((row) => row.period),
});

/** R24, R10, D-2: each period of `year` with its due dialog, the dialogs held, and the outcome. */
export function dialogFigures(
  facts: ReportFacts,
  year: number,
  asOf?: CalendarDate,
): DialogFigures {
  const letter = facts.letter;
  // R26: the cadence the year ends with; its periods show each part of the year by its own terms.
  const perYear = letter
    ? (termsOn(letter, yearBounds(year).endsOn).dialogsPerYear as PeriodsPerYear)
    : undefined;
  const cadence = (terms: { dialogsPerYear: number }) => terms.dialogsPerYear;
  const duty = new Set(dutyPeriodsOfYear(letter, year, cadence).map((p) => p.label));
  const held = heldDialogs(facts.dialogs);
  const records = facts.dialogs.flatMap(({ dialogId, heldOn, heldRecordedOn }) =>
    heldOn ? [{ dialogId, on: heldOn, recordedOn: heldRecordedOn }] : [],
  );
  const periods =
    letter && perYear
      ? periodsOfYearUnderTerms(letter, year, cadence).map((p) =>
          periodFigure(letter, p, duty.has(p.label), held, records, asOf),
        )
      : [];
  const due = periods.filter((row) => row.due === 1);
  return {
    dialogsPerYear: perYear ?? null,
    periods,
    totals: {
      due: tally(due),
      onTime: tally(due.filter((row) => row.outcome === "on-time")),
      late: tally(due.filter((row) => row.outcome === "late")),
      recordedLate: tally(due.filter((row) => row.outcome === "recorded-late")),
      missed: tally(due.filter((row) => row.outcome === "missed")),
      open: tally(due.filter((row) => row.outcome === "open")),
    },
  };
}
