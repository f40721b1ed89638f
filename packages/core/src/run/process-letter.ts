import {
  type Activity,
  type ActivityCommand,
  activityReminders,
  activityWatches,
  type CalendarDate,
  DEFAULT_REMINDER_POLICY,
  type FundingApplication,
  fundingReminders,
  fundingWatches,
  type LetterOfIntent,
  letterEndsOn,
  letterReminders,
  letterWatches,
  type PlannedReminder,
  runningAgreementsToFlag,
} from "@samverkan/domain";
import { keys } from "@samverkan/table";
import { Effect } from "effect";
import { activityAggregate, letterAggregate } from "../commands/aggregates";
import { handle } from "../commands/handle";
import type { EventActor } from "../store/append";
import { readLetter, snapshotOf } from "../store/letter-store";
import { allLetterItems, replaceWatches } from "./due-watches";
import { type SendOutcome, sendOnce } from "./notification-store";
import type { Notification } from "./notifier";

/** What one letter's processing did, for the run's summary. */
export interface LetterOutcome {
  readonly itemsRead: number;
  readonly eventsRecorded: number;
  readonly notificationsSent: number;
}

/** Options of a run: its id (for claims) and how long another run's claim is respected. */
export interface RunOptions {
  readonly runId: string;
  readonly leaseMs: number;
  readonly nowMs: () => number;
}

/** The daily run acts as itself in the audit trail: a named system actor, not a borrowed party. */
export const SCHEDULER_ACTOR: EventActor = { sub: "system:daily-run", name: "Samverkan daily run" };

const policy = DEFAULT_REMINDER_POLICY;

// A refusal that means another run already recorded the same fact: it is true now, once.
const ALREADY_RECORDED = new Set(["letter-already-ended", "already-flagged"]);

/** A system command's events; only "another run already recorded it" counts as done. */
const recordedOnce = <
  E extends { readonly _tag: string; readonly violation?: { code: string } },
  R,
>(
  run: Effect.Effect<number, E, R>,
) =>
  run.pipe(
    Effect.catchIf(
      (error): error is E =>
        error._tag === "RuleRefused" && ALREADY_RECORDED.has(error.violation?.code ?? ""),
      () => Effect.succeed(0),
    ),
  );

/**
 * R20: once the notice period is over, record that the letter ended (with the obligations that
 * lapsed) and flag each special agreement still running for review by its parties. Which ones to
 * flag is the domain's (`runningAgreementsToFlag`).
 */
const recordEnd = (letter: LetterOfIntent, activities: readonly Activity[], asOf: CalendarDate) =>
  Effect.gen(function* () {
    const endsOn = letterEndsOn(letter);
    if (!endsOn || asOf <= endsOn || letter.endedOn) return 0;
    const stream = { letterId: letter.letterId };
    const options = { actor: SCHEDULER_ACTOR, requestId: `daily-run-${asOf}`, on: asOf };
    let events = yield* recordedOnce(
      handle(
        letterAggregate,
        stream,
        { type: "RecordLetterEnded", asOf },
        {
          ...options,
          reply: ({ events }) => events.length,
        },
      ),
    );
    for (const activity of runningAgreementsToFlag(activities)) {
      const flag: ActivityCommand = {
        type: "FlagSpecialAgreementForReview",
        letterEndedOn: endsOn,
        flaggedOn: asOf,
      };
      events += yield* recordedOnce(
        handle(activityAggregate, { ...stream, id: activity.activityId }, flag, {
          ...options,
          reply: ({ events }) => events.length,
        }),
      );
    }
    return events;
  });

const toNotification = (
  letterId: string,
  asOf: CalendarDate,
  reminder: PlannedReminder,
): Notification => ({
  letterId,
  key: reminder.key,
  kind: reminder.kind,
  rule: reminder.rule,
  dueOn: reminder.dueOn,
  sentOn: asOf,
  recipients: reminder.recipients,
  message: reminder.message,
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
export const processLetter = (letterId: string, asOf: CalendarDate, options: RunOptions) =>
  Effect.gen(function* () {
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
    const reminders = [
      ...letterReminders(letter, asOf, policy),
      ...activities.flatMap((a) => activityReminders(a, asOf, policy)),
      ...fundings.flatMap((f) => fundingReminders(f, asOf, endsOn, policy)),
    ];
    let notificationsSent = 0;
    for (const reminder of reminders) {
      const outcome: SendOutcome = yield* sendOnce(
        toNotification(letterId, asOf, reminder),
        options.runId,
        options.nowMs(),
        options.leaseMs,
      );
      if (outcome === "sent") notificationsSent++;
    }
    const desired = [
      ...letterWatches(letter, asOf, "after", policy),
      ...activities.flatMap((a) => activityWatches(a, asOf, "after", policy)),
      ...fundings.flatMap((f) => fundingWatches(f, asOf, "after", policy, endsOn)),
    ];
    yield* replaceWatches(letterId, existingWatches, desired);
    const itemsRead = 1 + existingWatches.length + children.itemsRead;
    return { itemsRead, eventsRecorded, notificationsSent } satisfies LetterOutcome;
  }).pipe(Effect.withSpan("run.processLetter", { attributes: { letterId } }));
