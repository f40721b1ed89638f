import type { Obligation, ObligationKind } from "../obligations/obligation";

/**
 * What a reminder asks someone to do: an obligation of a kind, the notice period, the letter's
 * end, or a special agreement's signatures or review. Messages in each language and links into
 * the workspace are made from it, so it carries ids and names, never sentences.
 */
export type ReminderDuty =
  | ObligationKind
  | "notice-period"
  | "letter-end"
  | "special-agreement-signatures"
  | "special-agreement-review"
  | "reminder-policy-proposal"
  | "amendment-proposal";

/** The subject of a reminder, as data (R23: what is due and how to act on it). */
export interface ReminderAbout {
  readonly duty: ReminderDuty;
  /** The obligation's id, when it is one: the same for every reminder of one due date. */
  readonly obligationId?: string;
  /** The period it belongs to (`2026-H1`, `2026`). */
  readonly period?: string;
  readonly dialogId?: string;
  /** The dialog's own date, for a basis that is due before it. */
  readonly dialogOn?: string;
  readonly applicationId?: string;
  readonly activityId?: string;
  /** A name the reader knows it by: the activity's title, or the funder and call. */
  readonly title?: string;
  /** Who gave notice, for the notice period. */
  readonly givenBy?: string;
  /** D-31: a change of the reminder policy the other party proposed, to accept or decline. */
  readonly proposal?: {
    readonly proposalId: string;
    readonly leadDays: readonly number[];
    readonly digest: boolean;
    readonly proposedBy: string;
  };
  /** R26: an amendment the other party proposed, to sign or withdraw. */
  readonly amendment?: {
    readonly amendmentId: string;
    readonly effectiveFrom: string;
    readonly proposedBy: string;
  };
}

/** The subject of an obligation's reminders. */
export function aboutObligation(obligation: Obligation, dialogOn?: string): ReminderAbout {
  const { subject } = obligation;
  return {
    duty: obligation.kind,
    obligationId: obligation.id,
    ...(subject.period ? { period: subject.period } : {}),
    ...(subject.dialogId ? { dialogId: subject.dialogId } : {}),
    ...(dialogOn ? { dialogOn } : {}),
    ...(subject.applicationId ? { applicationId: subject.applicationId } : {}),
  };
}
