import type { Activity } from "../activity/activity-model";
import { missingSignatories } from "../activity/activity-model";
import { addDays, type CalendarDate, daysBetween } from "../calendar/calendar-date";
import type { LetterOfIntent } from "../letter/letter-model";
import { letterEndsOn } from "../letter/letter-status";
import { type Obligation, willLapse } from "../obligations/obligation";
import type { RuleId } from "../rules/rule-ids";
import { aboutObligation, type ReminderAbout } from "./reminder-about";
import type { ReminderPolicy } from "./reminder-policy";

/** A reminder or alert that is due to be sent as of a date (R22). */
export interface PlannedReminder {
  /**
   * Deterministic within its agreement: the same facts give the same key on every run and every
   * retry, so a store that writes each key once sends each reminder once.
   */
  readonly key: string;
  /** `due-in-14-days`, `overdue`, `notice-period-ending`, `letter-ended`, `awaiting-signatures`, `flagged-for-review`. */
  readonly kind: string;
  readonly rule: RuleId;
  readonly dueOn: CalendarDate;
  /** The organisation numbers it goes to. */
  readonly recipients: readonly string[];
  readonly message: string;
  /** What it asks, as data: each person's message is written from it in their language (R23). */
  readonly about: ReminderAbout;
  /**
   * D-31: a reminder whose lead-time window opened before the policy in force took effect, or on
   * that day. It is
   * sent only if no reminder of the duty (`obligationId`) was sent on or after `windowOpenedOn`,
   * under the one key `<obligation>#catch-up`: at most one catch-up per duty, however often the
   * policy changes.
   */
  readonly catchUp?: { readonly obligationId: string; readonly windowOpenedOn: CalendarDate };
}

/** The key of a duty's one catch-up reminder after a change of policy (D-31). */
export const catchUpKey = (obligationId: string) => `${obligationId}#catch-up`;

/**
 * The reminders for obligations as of `asOf`. Each lead time has its own key; on a day that has
 * missed runs before it, only the most urgent applicable reminder is planned, so a late run never
 * sends a stale "in 14 days" after the 3-day one.
 */
export function obligationReminders(
  obligations: readonly Obligation[],
  asOf: CalendarDate,
  recipients: readonly string[],
  policy: ReminderPolicy,
  endsOn: CalendarDate | null,
  describe: (obligation: Obligation) => ReminderAbout = (o) => aboutObligation(o),
): PlannedReminder[] {
  return obligations.flatMap((obligation): PlannedReminder[] => {
    const open =
      obligation.status !== "fulfilled" &&
      obligation.status !== "lapsed" &&
      obligation.status !== "lapsing";
    if (!open || willLapse(obligation.dueOn, endsOn)) return [];
    const daysLeft = daysBetween(asOf, obligation.dueOn);
    const about = describe(obligation);
    const base = { rule: obligation.rule, dueOn: obligation.dueOn, recipients, about };
    if (daysLeft < 0) {
      if (!policy.alertWhenMissed[obligation.kind]) return [];
      const message = `Missed: ${obligation.fulfilledBy} was due on ${obligation.dueOn}`;
      return [{ ...base, key: `${obligation.id}#overdue`, kind: "overdue", message }];
    }
    const lead = [...policy.leadDays[obligation.kind]]
      .sort((a, b) => a - b)
      .find((days) => daysLeft <= days);
    if (lead === undefined) return [];
    const kind = `due-in-${lead}-days`;
    const message = `Due on ${obligation.dueOn} (in ${daysLeft} days): ${obligation.fulfilledBy}`;
    const windowOpenedOn = addDays(obligation.dueOn, -lead);
    if (policy.since && windowOpenedOn <= policy.since) {
      // The window opened under an earlier policy (or on the day it changed, when that day's run
      // may have reminded under the earlier one), whose reminders used other keys (D-31).
      const catchUp = { obligationId: obligation.id, windowOpenedOn };
      return [{ ...base, key: catchUpKey(obligation.id), kind, message, catchUp }];
    }
    return [{ ...base, key: `${obligation.id}#${kind}`, kind, message }];
  });
}

/** R18, R20: the notice period ending soon, and the letter ended, for both principal parties. */
export function noticeReminders(
  letter: LetterOfIntent,
  asOf: CalendarDate,
  policy: ReminderPolicy,
): PlannedReminder[] {
  const endsOn = letterEndsOn(letter);
  if (!endsOn) return [];
  const recipients = letter.parties.map((party) => party.orgNumber);
  const daysLeft = daysBetween(asOf, endsOn);
  if (daysLeft < 0) {
    const message = `The letter of intent ended on ${endsOn}; running special agreements are flagged for review`;
    return [
      {
        key: "notice#letter-ended",
        kind: "letter-ended",
        rule: "R20",
        dueOn: endsOn,
        recipients,
        message,
        about: { duty: "letter-end" },
      },
    ];
  }
  if (daysLeft > policy.noticeEndLeadDays) return [];
  const message = `The letter of intent ends on ${endsOn} after notice from ${letter.notice?.givenBy}`;
  return [
    {
      key: "notice#notice-period-ending",
      kind: "notice-period-ending",
      rule: "R18",
      dueOn: endsOn,
      recipients,
      message,
      about: {
        duty: "notice-period",
        ...(letter.notice ? { givenBy: letter.notice.givenBy } : {}),
      },
    },
  ];
}

/**
 * R14 (issue #17, "nobody tells the next signer it is their turn"): once a version of a special
 * agreement has a signature and still misses others, the parties still to sign are told it is
 * their turn, once per version (the key names the version). A signature older than
 * `missedLookbackDays` is not news any more: the 14-day reminder above covers it.
 */
function signatureRequested(
  activity: Activity,
  asOf: CalendarDate,
  policy: ReminderPolicy,
): PlannedReminder | undefined {
  const agreement = activity.specialAgreement;
  const lastSigned = lastSignatureOn(activity);
  const missing = missingSignatories(agreement);
  if (activity.startedOn || !lastSigned || missing.length === 0) return undefined;
  if (asOf < lastSigned || asOf > addDays(lastSigned, policy.missedLookbackDays)) return undefined;
  return {
    key: `special-agreement:${activity.activityId}:v${agreement.version}#signature-requested`,
    kind: "signature-requested",
    rule: "R14",
    dueOn: lastSigned,
    recipients: missing.map((party) => party.orgNumber),
    message: `The special agreement for "${activity.title}" (version ${agreement.version}) is signed by another party and now needs your signature`,
    about: { duty: "special-agreement-signatures" },
  };
}

/** The day the current version of a special agreement was last signed, if it has a signature. */
export function lastSignatureOn(activity: Activity): CalendarDate | undefined {
  const days = activity.specialAgreement.signatures.map((signature) => signature.signedOn).sort();
  return days.at(-1);
}

/**
 * R14: a special agreement still missing signatures `signatureWaitDays` after its version was
 * drafted reminds the parties still to sign; R20: a flagged one alerts all its parties.
 */
export function activityReminders(
  activity: Activity,
  asOf: CalendarDate,
  policy: ReminderPolicy,
): PlannedReminder[] {
  const agreement = activity.specialAgreement;
  const subject = `special-agreement:${activity.activityId}`;
  const named = { activityId: activity.activityId, title: activity.title };
  const reminders: PlannedReminder[] = [];
  const missing = missingSignatories(agreement);
  const waitingSince = addDays(agreement.draftedOn, policy.signatureWaitDays);
  if (!activity.startedOn && missing.length > 0 && asOf >= waitingSince) {
    reminders.push({
      key: `${subject}:v${agreement.version}#awaiting-signatures`,
      kind: "awaiting-signatures",
      rule: "R14",
      dueOn: waitingSince,
      recipients: missing.map((party) => party.orgNumber),
      message: `The special agreement for "${activity.title}" (version ${agreement.version}) still needs your signature`,
      about: { duty: "special-agreement-signatures", ...named },
    });
  }
  const requested = signatureRequested(activity, asOf, policy);
  if (requested) reminders.push({ ...requested, about: { ...requested.about, ...named } });
  if (activity.flaggedForReviewOn && !activity.completedOn) {
    reminders.push({
      key: `${subject}#flagged-for-review`,
      kind: "flagged-for-review",
      rule: "R20",
      dueOn: activity.flaggedForReviewOn,
      recipients: agreement.parties.map((party) => party.orgNumber),
      message: `The letter of intent has ended; review the running special agreement for "${activity.title}"`,
      about: { duty: "special-agreement-review", ...named },
    });
  }
  return reminders;
}
