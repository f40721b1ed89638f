import { executeCommand } from "@samverkan/api/commands/execute";
import { ok } from "@samverkan/api/http/run-effect";
import {
  type LetterHead,
  parseActivity,
  parseFunding,
  readLetter,
} from "@samverkan/api/store/letter-store";
import {
  type Activity,
  activityReminders,
  activityWatches,
  type CalendarDate,
  DEFAULT_REMINDER_POLICY,
  type FundingApplication,
  fundingReminders,
  fundingWatches,
  letterEndsOn,
  letterReminders,
  letterWatches,
  type PlannedReminder,
} from "@samverkan/domain";
import { keys } from "@samverkan/table";
import { Effect } from "effect";
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

const policy = DEFAULT_REMINDER_POLICY;

/** The system's own commands (the scheduled run acts as itself, on the run's date). */
function systemCommand<C>(
  head: LetterHead,
  asOf: CalendarDate,
  target: { kind: "letter" } | { kind: "activity"; id: string },
  command: C,
) {
  const caller = { sub: "scheduler", orgNumber: head.letter.parties[0].orgNumber, roles: [] };
  return executeCommand({
    letterId: head.letter.letterId,
    target,
    on: asOf,
    context: { caller, requestId: `scheduler-${asOf}` },
    authorize: () => undefined,
    command: () => command as never,
    respond: () => ok(200, null),
  }).pipe(
    Effect.as(1),
    // Refused: another run already recorded it. Either way it is now true, once.
    Effect.catchTag("HttpProblem", () => Effect.succeed(0)),
  );
}

/**
 * R20: once the notice period is over, record that the letter ended (with the obligations that
 * lapsed) and flag each special agreement still running for review by its parties.
 */
const recordEnd = (head: LetterHead, activities: Activity[], asOf: CalendarDate) =>
  Effect.gen(function* () {
    const endsOn = letterEndsOn(head.letter);
    if (!endsOn || asOf <= endsOn || head.letter.endedOn) return 0;
    let events = yield* systemCommand(
      head,
      asOf,
      { kind: "letter" },
      { type: "RecordLetterEnded", asOf },
    );
    for (const activity of activities.filter(
      (a) => a.startedOn && !a.completedOn && !a.flaggedForReviewOn,
    )) {
      const flag = {
        type: "FlagSpecialAgreementForReview",
        letterEndedOn: endsOn,
        flaggedOn: asOf,
      };
      events += yield* systemCommand(
        head,
        asOf,
        { kind: "activity", id: activity.activityId },
        flag,
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

/**
 * Everything the run does for one letter on `asOf`: record what became true, send each reminder
 * due exactly once, and set the letter's watches to the next dates something will be due.
 */
export const processLetter = (letterId: string, asOf: CalendarDate, options: RunOptions) =>
  Effect.gen(function* () {
    let head = yield* readLetter(letterId);
    const existingWatches = (yield* allLetterItems(letterId, keys.watchPrefix)).map(
      (item) => item.watchId as string,
    );
    if (!head) {
      yield* replaceWatches(letterId, existingWatches, []);
      return {
        itemsRead: existingWatches.length,
        eventsRecorded: 0,
        notificationsSent: 0,
      } satisfies LetterOutcome;
    }
    const activityItems = yield* allLetterItems(letterId, keys.activityPrefix);
    const fundingItems = yield* allLetterItems(letterId, keys.fundingPrefix);
    let activities = activityItems.map((item) => parseActivity(JSON.parse(item.state as string)));
    const fundings: FundingApplication[] = fundingItems.map((item) =>
      parseFunding(JSON.parse(item.state as string)),
    );

    const eventsRecorded = yield* recordEnd(head, activities, asOf);
    if (eventsRecorded > 0) {
      head = (yield* readLetter(letterId)) as LetterHead;
      activities = (yield* allLetterItems(letterId, keys.activityPrefix)).map((item) =>
        parseActivity(JSON.parse(item.state as string)),
      );
    }
    const { letter } = head;
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
    const itemsRead = 1 + existingWatches.length + activityItems.length + fundingItems.length;
    return { itemsRead, eventsRecorded, notificationsSent } satisfies LetterOutcome;
  }).pipe(Effect.withSpan("scheduler.processLetter", { attributes: { letterId } }));
