// zod/mini: the scheduler reads stored policies with this schema, and mini tree-shakes to what
// it uses (~20 KB) where classic zod would add ~190 KB to the scheduler's cold start.
import * as z from "zod/mini";
import type { CalendarDate } from "../calendar/calendar-date";
import type { ObligationKind } from "../obligations/obligation";

/** When the scheduled run reminds and alerts (R22), for every kind of obligation. */
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
  /**
   * D-31: the day the letter's policy took effect (absent: in force from the start). A lead-time
   * window that opened before it (or on it) opened under another policy: its reminder is a catch-up, sent
   * at most once per duty and only if no reminder of the duty was sent within the window.
   */
  readonly since?: CalendarDate;
}

/** At most this many lead times: each is a watch date and a reminder per obligation. */
export const MAX_LEAD_TIMES = 10;

/**
 * A letter's reminder policy as its coordinators set it (api.md, second release; D-25): the lead
 * times in days before a due date, and whether each person gets one digest a day instead of one
 * message per reminder.
 */
export const LetterReminderPolicy = /* @__PURE__ */ z.object({
  leadDays: /* @__PURE__ */ z.pipe(
    /* @__PURE__ */ z.array(/* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(365))).check(
      z.minLength(1),
      z.maxLength(MAX_LEAD_TIMES),
      z.refine((days) => new Set(days).size === days.length, { message: "a lead time twice" }),
    ),
    /* @__PURE__ */ z.transform((days: number[]) => [...days].sort((a, b) => b - a)),
  ),
  digest: /* @__PURE__ */ z.boolean(),
});
export type LetterReminderPolicy = z.infer<typeof LetterReminderPolicy>;

/** D-25: 30, 14, 7 and 1 days before each due date, one message per reminder. */
export const DEFAULT_LETTER_REMINDER_POLICY: LetterReminderPolicy = {
  leadDays: [30, 14, 7, 1],
  digest: false,
};

const KINDS = [
  "dialog-basis",
  "half-year-dialog",
  "annual-needs-review",
  "structure-review",
  "funding-application-submission",
] as const satisfies readonly ObligationKind[];

/**
 * The run's policy from a letter's: its lead times for every dated obligation. What D-9 decided
 * beyond lead times stays: misses are alerted except a funding deadline's (a plan may be
 * dropped), the notice period is reminded 30 days before it ends, a special agreement after 14
 * days without all signatures.
 *
 * @example reminderPolicyOf({ leadDays: [14, 3], digest: true }).leadDays["dialog-basis"] // [14, 3]
 */
export function reminderPolicyOf(
  policy: LetterReminderPolicy,
  since?: CalendarDate | null,
): ReminderPolicy {
  const each = <T>(value: T) =>
    Object.fromEntries(KINDS.map((kind) => [kind, value])) as Record<ObligationKind, T>;
  return {
    leadDays: each(policy.leadDays),
    alertWhenMissed: { ...each(true), "funding-application-submission": false },
    noticeEndLeadDays: 30,
    signatureWaitDays: 14,
    missedLookbackDays: 31,
    ...(since ? { since } : {}),
  };
}

/** The run's policy for a letter whose coordinators set none (D-25, D-9). */
export const DEFAULT_REMINDER_POLICY: ReminderPolicy = /* @__PURE__ */ reminderPolicyOf(
  DEFAULT_LETTER_REMINDER_POLICY,
);
