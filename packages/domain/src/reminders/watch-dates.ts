import type { Activity } from "../activity/activity-model";
import { missingSignatories } from "../activity/activity-model";
import { addDays, type CalendarDate } from "../calendar/calendar-date";
import type { FundingApplication } from "../funding/funding-model";
import { fundingObligations } from "../funding/funding-obligations";
import type { LetterOfIntent } from "../letter/letter-model";
import { letterObligations } from "../letter/letter-obligations";
import { letterEndsOn } from "../letter/letter-status";
import { type Obligation, willLapse } from "../obligations/obligation";
import { AMENDMENT_PROPOSAL_WATCH } from "./amendment-reminders";
import { POLICY_PROPOSAL_WATCH } from "./policy-reminders";
import { lastSignatureOn } from "./reminder-plan";
import type { ReminderPolicy } from "./reminder-policy";

/**
 * The next date on which the scheduled run must look at something (R22): an obligation, the
 * notice period, a special agreement awaiting signatures. The run finds what is due through these
 * dates, so its cost follows what is due, not how many letters there are.
 */
export interface Watch {
  /** Unique within the letter: an obligation id, `notice`, or `special-agreement:<activityId>`. */
  readonly id: string;
  readonly on: CalendarDate;
}

/**
 * `from`: the first action date on or after `from` (what a command writes: today's run, if it has
 * not happened yet, must still see it). `after`: the first one after `from` (what a run writes
 * once it has handled `from`).
 */
export type WatchMode = "from" | "after";

function next(
  id: string,
  dates: readonly CalendarDate[],
  from: CalendarDate,
  mode: WatchMode,
  activeOnFrom: boolean,
): Watch[] {
  if (mode === "from" && activeOnFrom) return [{ id, on: from }];
  const later = dates.filter((date) => (mode === "from" ? date >= from : date > from)).sort();
  return later[0] ? [{ id, on: later[0] }] : [];
}

function obligationWatch(
  obligation: Obligation,
  from: CalendarDate,
  mode: WatchMode,
  policy: ReminderPolicy,
  endsOn: CalendarDate | null,
) {
  const open =
    obligation.status !== "fulfilled" &&
    obligation.status !== "lapsed" &&
    obligation.status !== "lapsing";
  if (!open || willLapse(obligation.dueOn, endsOn)) return [];
  const leads = policy.leadDays[obligation.kind];
  const alert = policy.alertWhenMissed[obligation.kind];
  const dates = [
    ...leads.map((lead) => addDays(obligation.dueOn, -lead)),
    ...(alert ? [addDays(obligation.dueOn, 1)] : []),
  ];
  const maxLead = Math.max(0, ...leads);
  // Inside a lead window, or missed with an alert due: today's run has something to say about it.
  const activeOnFrom =
    (from <= obligation.dueOn && from >= addDays(obligation.dueOn, -maxLead) && leads.length > 0) ||
    (alert &&
      from > obligation.dueOn &&
      from <= addDays(obligation.dueOn, policy.missedLookbackDays));
  return next(obligation.id, dates, from, mode, activeOnFrom);
}

/**
 * The watch of an accepted change of policy: that day's run re-plans the letter with it. One id
 * per accepted proposal, so a second change on a day the run already handled the first is a new
 * watch (a command writes only the watches that differ from the letter's before it).
 */
export const POLICY_CHANGED_WATCH = "policy-changed";
export const policyChangedWatch = (proposalId: string) => `${POLICY_CHANGED_WATCH}:${proposalId}`;

/**
 * D-31: a pending proposal is told to the other party by the first run on or after it; an
 * accepted one has the run re-plan every reminder and watch of the letter (its funding
 * applications' too) with the new lead times on the day it took effect.
 */
function sharedPolicyWatches(letter: LetterOfIntent, from: CalendarDate, mode: WatchMode) {
  const { pending, agreed } = letter.reminderPolicy ?? { pending: null, agreed: null };
  return [
    ...(pending
      ? next(POLICY_PROPOSAL_WATCH, [pending.proposedOn], from, mode, from >= pending.proposedOn)
      : []),
    ...(agreed
      ? next(policyChangedWatch(agreed.proposalId), [agreed.acceptedOn], from, mode, false)
      : []),
  ];
}

/** R26: a pending amendment is told to the other party by the first run on or after it. */
function amendmentWatches(letter: LetterOfIntent, from: CalendarDate, mode: WatchMode) {
  const pending = letter.pendingAmendment ?? null;
  if (!pending) return [];
  const on = pending.proposedOn;
  return next(`${AMENDMENT_PROPOSAL_WATCH}:${pending.amendmentId}`, [on], from, mode, from >= on);
}

/** The letter's watches: its open obligations and its notice period (R10–R15, R18, R20). */
export function letterWatches(
  letter: LetterOfIntent,
  from: CalendarDate,
  mode: WatchMode,
  policy: ReminderPolicy,
): Watch[] {
  const endsOn = letterEndsOn(letter);
  // Once the letter has ended and that is recorded, nothing more is due (R20).
  if (letter.endedOn) return [];
  const obligations = [
    ...letterObligations(letter, from).flatMap((o) =>
      obligationWatch(o, from, mode, policy, endsOn),
    ),
    ...sharedPolicyWatches(letter, from, mode),
    ...amendmentWatches(letter, from, mode),
  ];
  if (!endsOn) return obligations;
  const remindOn = addDays(endsOn, -policy.noticeEndLeadDays);
  const noticeDates = [remindOn, addDays(endsOn, 1)];
  const activeOnFrom = from >= remindOn;
  return [...obligations, ...next("notice", noticeDates, from, mode, activeOnFrom)];
}

/** A funding application's deadline watches (R7). */
export function fundingWatches(
  application: FundingApplication,
  from: CalendarDate,
  mode: WatchMode,
  policy: ReminderPolicy,
  endsOn: CalendarDate | null,
): Watch[] {
  return fundingObligations(application, from, endsOn).flatMap((o) =>
    obligationWatch(o, from, mode, policy, endsOn),
  );
}

/** A special agreement still waiting for signatures (R14). */
export function activityWatches(
  activity: Activity,
  from: CalendarDate,
  mode: WatchMode,
  policy: ReminderPolicy,
): Watch[] {
  const waiting = !activity.startedOn && missingSignatories(activity.specialAgreement).length > 0;
  if (!waiting) return [];
  const remindOn = addDays(activity.specialAgreement.draftedOn, policy.signatureWaitDays);
  // A fresh signature with others still to sign: today's run tells them it is their turn.
  const lastSigned = lastSignatureOn(activity);
  const requested =
    lastSigned !== undefined &&
    from >= lastSigned &&
    from <= addDays(lastSigned, policy.missedLookbackDays);
  return next(
    `special-agreement:${activity.activityId}`,
    [remindOn],
    from,
    mode,
    from >= remindOn || requested,
  );
}
