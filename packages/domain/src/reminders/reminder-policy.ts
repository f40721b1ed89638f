import type { ObligationKind } from "../obligations/obligation";

/** When the scheduled run reminds and alerts (R22). Lead times are terms, with these defaults. */
export interface ReminderPolicy {
  /** Days before the due date to remind, per kind of obligation. */
  readonly leadDays: Readonly<Record<ObligationKind, readonly number[]>>;
  /** Whether a missed obligation of the kind raises an alert the day after its due date. */
  readonly alertWhenMissed: Readonly<Record<ObligationKind, boolean>>;
  /** Days before the notice period ends to remind both parties (R18). */
  readonly noticeEndLeadDays: number;
  /** Days a special agreement may wait for signatures before the missing parties are reminded (R14). */
  readonly signatureWaitDays: number;
  /**
   * How long after a due date a command still asks the run to look at a missed obligation. The
   * run alerts the day after; older misses were alerted then, and leaving them out keeps a
   * command's transaction small however long a letter has run.
   */
  readonly missedLookbackDays: number;
}

/**
 * D-9, the default reminders: a dialog's basis 14 and 3 days ahead and when overdue; a half-year
 * with no dialog 30 days before its end and when missed; the annual needs and structure reviews
 * 30 days ahead and when missed; a funding deadline 14 and 3 days ahead; the notice period 30 days
 * before it ends; a special agreement after 14 days without all signatures.
 */
export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  leadDays: {
    "dialog-basis": [14, 3],
    "half-year-dialog": [30],
    "annual-needs-review": [30],
    "structure-review": [30],
    "funding-application-submission": [14, 3],
  },
  alertWhenMissed: {
    "dialog-basis": true,
    "half-year-dialog": true,
    "annual-needs-review": true,
    "structure-review": true,
    "funding-application-submission": false,
  },
  noticeEndLeadDays: 30,
  signatureWaitDays: 14,
  missedLookbackDays: 31,
};
