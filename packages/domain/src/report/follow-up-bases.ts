import { addDays, type CalendarDate, daysBetween } from "../calendar/calendar-date";
import { isRecordedLate } from "../rules/late-records";
import { heldDialogs } from "./follow-up-dialogs";
import { dutyOutcome, yearBounds } from "./follow-up-policy";
import type { ReportFacts } from "./report-facts";

/** The basis of one dialog held in the year (R12, D-3). */
export interface BasisFigure {
  readonly dialogId: string;
  /** The dialog's scheduled date; the day it was held when it was never scheduled. */
  readonly scheduledOn: CalendarDate;
  readonly heldOn: CalendarDate;
  /** `basisLeadDays` before the scheduled date (D-3). */
  readonly dueOn: CalendarDate;
  readonly submittedOn: CalendarDate | null;
  /** Days from submission to the scheduled date (not to the day held); null when never submitted. */
  readonly daysBeforeDialog: number | null;
  /** D-32: the day the basis was recorded, when more than 14 days after `submittedOn`. */
  readonly recordedLateOn: CalendarDate | null;
  /** On time: submitted on or before `dueOn`; late: after it; missing: never; recorded late (D-32). */
  readonly outcome: "on-time" | "late" | "recorded-late" | "missing";
}

/** A count and the dialogs it counts. */
export interface DialogTally {
  readonly count: number;
  readonly dialogIds: readonly string[];
}

/** R24 the bases of the dialogs held in the year; onTime + late + missing = held. */
export interface BasisFigures {
  /** The letter's term (D-3); null when no letter is drafted. */
  readonly basisLeadDays: number | null;
  readonly dialogs: readonly BasisFigure[];
  readonly totals: {
    readonly held: DialogTally;
    readonly onTime: DialogTally;
    readonly late: DialogTally;
    readonly recordedLate: DialogTally;
    readonly missing: DialogTally;
  };
}

const tally = (rows: readonly BasisFigure[]): DialogTally => ({
  count: rows.length,
  dialogIds: rows.map((row) => row.dialogId),
});

/**
 * R24, R12: for each dialog held in `year`, when its basis came and how long before the dialog.
 * Counted by the dialog's year, unlike R12's obligations, which count by the basis' due date.
 */
export function basisFigures(facts: ReportFacts, year: number): BasisFigures {
  const leadDays = facts.letter?.terms.basisLeadDays ?? null;
  const { startsOn, endsOn } = yearBounds(year);
  const byId = new Map(facts.dialogs.map((dialog) => [dialog.dialogId, dialog]));
  const dialogs = heldDialogs(facts.dialogs)
    .filter(({ heldOn }) => heldOn >= startsOn && heldOn <= endsOn)
    .map(({ dialogId, heldOn }): BasisFigure => {
      const dialog = byId.get(dialogId);
      const scheduledOn = dialog?.scheduledOn ?? heldOn;
      const submittedOn = dialog?.basisSubmittedOn ?? null;
      const dueOn = addDays(scheduledOn, -(leadDays ?? 0));
      const recordedOn = dialog?.basisRecordedOn ?? null;
      const recordedLate =
        submittedOn && recordedOn && isRecordedLate(submittedOn, recordedOn) ? recordedOn : null;
      const judged = dutyOutcome(dueOn, submittedOn, null);
      const outcome = recordedLate && judged !== "missed" ? "recorded-late" : judged;
      return {
        dialogId,
        scheduledOn,
        heldOn,
        dueOn,
        submittedOn,
        daysBeforeDialog: submittedOn === null ? null : daysBetween(submittedOn, scheduledOn),
        recordedLateOn: recordedLate,
        outcome:
          outcome === "on-time" || outcome === "late" || outcome === "recorded-late"
            ? outcome
            : "missing",
      };
    });
  return {
    basisLeadDays: leadDays,
    dialogs,
    totals: {
      held: tally(dialogs),
      onTime: tally(dialogs.filter((row) => row.outcome === "on-time")),
      late: tally(dialogs.filter((row) => row.outcome === "late")),
      recordedLate: tally(dialogs.filter((row) => row.outcome === "recorded-late")),
      missing: tally(dialogs.filter((row) => row.outcome === "missing")),
    },
  };
}
