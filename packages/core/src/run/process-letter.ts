import {
  type Activity,
  activityReminders,
  activityWatches,
  type CalendarDate,
  type FundingApplication,
  fundingReminders,
  fundingWatches,
  letterEndsOn,
  letterReminderPolicy,
  letterReminders,
  letterWatches,
  type PlannedReminder,
  policyInForce,
  whoIsTold,
} from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { listContacts } from "../store/contacts-store";
import { refreshDueItems } from "../store/due-items-store";
import { readLetter, snapshotOf } from "../store/letter-store";
import { withoutCoveredCatchUps } from "../store/policy-store";
import { owedTo } from "./catch-up";
import { recordDigestLines } from "./digest";
import { allLetterItems, replaceWatches } from "./due-watches";
import { sendOnceAt } from "./notification-store";
import { type Notification, Notifier } from "./notifier";
import { recordEnd } from "./record-end";

/** What one letter's processing did, for the run's summary. */
export interface LetterOutcome {
  readonly itemsRead: number;
  readonly eventsRecorded: number;
  /** New notifications recorded (each once, R22): delivered plus not delivered. */
  readonly notificationsSent: number;
  /** Of those, the ones with someone to tell (D-30). */
  readonly notificationsDelivered: number;
  /** Of those, the ones nobody could be told: none of their organisations keeps contacts. */
  readonly notificationsNotDelivered: number;
  /** Earlier notifications delivered now to organisations that have named contacts since. */
  readonly notificationsCaughtUp: number;
}

/** Options of a run: its id (for claims) and how long another run's claim is respected. */
export interface RunOptions {
  readonly runId: string;
  readonly leaseMs: number;
  readonly nowMs: () => number;
}

export { SCHEDULER_ACTOR } from "./record-end";

const toNotification = (
  letterId: string,
  asOf: CalendarDate,
  reminder: PlannedReminder,
  digest: boolean,
): Notification => ({
  letterId,
  key: reminder.key,
  kind: reminder.kind,
  rule: reminder.rule,
  dueOn: reminder.dueOn,
  sentOn: asOf,
  recipients: reminder.recipients,
  message: reminder.message,
  about: reminder.about,
  delivery: digest ? "digest" : "single",
});

const readChildren = (letterId: string) =>
  Effect.gen(function* () {
    const activityItems = yield* allLetterItems(letterId, keys.activityPrefix);
    const fundingItems = yield* allLetterItems(letterId, keys.fundingPrefix);
    return {
      activities: activityItems.map((item) => snapshotOf<Activity>(item) as Activity),
      fundings: fundingItems.map(
        (item) => snapshotOf<FundingApplication>(item) as FundingApplication,
      ),
      itemsRead: activityItems.length + fundingItems.length,
    };
  });

/**
 * Everything the run does for one letter on `asOf`: record what became true, send each reminder
 * due exactly once, and set the letter's watches to the next dates something will be due. A
 * failure propagates: the caller logs it and the letter's watches stay, so the next run retries.
 */
export const processLetter = /* @__PURE__ */ Effect.fn("run.processLetter")(function* (
  letterId: string,
  asOf: CalendarDate,
  options: RunOptions,
) {
  yield* Effect.annotateCurrentSpan({ letterId });
  const existingWatches = (yield* allLetterItems(letterId, keys.watchPrefix)).map(
    (item) => item.watchId as string,
  );
  const head = yield* readLetter(letterId);
  if (!head) {
    yield* replaceWatches(letterId, existingWatches, []);
    return {
      itemsRead: existingWatches.length,
      eventsRecorded: 0,
      notificationsSent: 0,
      notificationsDelivered: 0,
      notificationsNotDelivered: 0,
      notificationsCaughtUp: 0,
    } satisfies LetterOutcome;
  }
  let children = yield* readChildren(letterId);
  let letter = head.letter;
  const eventsRecorded = yield* recordEnd(letter, children.activities, asOf);
  if (eventsRecorded > 0) {
    letter = ((yield* readLetter(letterId)) ?? head).letter;
    children = yield* readChildren(letterId);
  }
  const { activities, fundings } = children;
  const endsOn = letterEndsOn(letter);
  const letterPolicy = policyInForce(letter.reminderPolicy).policy;
  const policy = letterReminderPolicy(letter);
  const reminders = yield* withoutCoveredCatchUps(letterId, [
    ...letterReminders(letter, asOf, policy),
    ...activities.flatMap((a) => activityReminders(a, asOf, policy)),
    ...fundings.flatMap((f) => fundingReminders(f, asOf, endsOn, policy)),
  ]);
  let notificationsSent = 0;
  let notificationsDelivered = 0;
  let notificationsCaughtUp = 0;
  const lists = reminders.length > 0 ? (yield* listContacts(letterId)).map((s) => s.list) : [];
  const ofTheDay: Notification[] = [];
  for (const reminder of reminders) {
    const notification = toNotification(letterId, asOf, reminder, letterPolicy.digest);
    const { outcome, firstSentOn, delivery } = yield* sendOnceAt(
      keys.notification(letterId, notification.key),
      notification,
      options.runId,
      options.nowMs(),
      options.leaseMs,
    );
    if (outcome === "sent") {
      notificationsSent++;
      if (whoIsTold(notification.recipients, lists).people.length > 0) notificationsDelivered++;
    }
    // D-30: what nobody could be told when it was sent goes to whoever has been named since,
    // as long as the reminder is still planned today (it still matters); each person once.
    const owed = outcome === "already-sent" ? owedTo(delivery, notification.recipients, lists) : [];
    if (owed.length > 0) {
      yield* (yield* Notifier).publish({
        ...notification,
        delivery: "single",
        catchUp: { owedTo: owed, inDigest: letterPolicy.digest },
      });
      notificationsCaughtUp++;
    }
    // A reminder first sent on an earlier day was in that day's digest already.
    if (firstSentOn === asOf) ofTheDay.push(notification);
  }
  // D-62: the day's reminders go into each person's digest across letters, sent after all letters.
  if (letterPolicy.digest)
    yield* recordDigestLines(letterId, asOf, ofTheDay, lists, options.nowMs());
  const desired = [
    ...letterWatches(letter, asOf, "after", policy),
    ...activities.flatMap((a) => activityWatches(a, asOf, "after", policy)),
    ...fundings.flatMap((f) => fundingWatches(f, asOf, "after", policy, endsOn)),
  ];
  yield* replaceWatches(letterId, existingWatches, desired);
  // D-48: the day moves obligations (a new period begins, one falls due): the letter's entries in
  // its organisations' due-items index follow, from the facts read above.
  const due = yield* refreshDueItems({ letter, activities, fundings }, asOf);
  const itemsRead = 1 + existingWatches.length + children.itemsRead + due.itemsRead;
  return {
    itemsRead,
    eventsRecorded,
    notificationsSent,
    notificationsDelivered,
    notificationsNotDelivered: notificationsSent - notificationsDelivered,
    notificationsCaughtUp,
  } satisfies LetterOutcome;
});
