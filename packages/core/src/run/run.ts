import { randomUUID } from "node:crypto";
import type { CalendarDate } from "@samverkan/domain";
import * as Effect from "effect/Effect";
import { dueWatchesPage } from "./due-watches";
import { sendPersonDigests } from "./person-digests";
import { type LetterOutcome, processLetter, type RunOptions } from "./process-letter";

/** What a run did (issue #4's summary): its letters' outcomes added up, and the run's own counts. */
export interface RunSummary extends LetterOutcome {
  readonly asOf: CalendarDate;
  readonly lettersLookedAt: number;
  readonly itemsDue: number;
  /** Items read in all: the due-date index plus what each due letter needed. */
  readonly itemsRead: number;
  /** Letters whose processing failed: logged, their watches kept, so the next run retries them. */
  readonly lettersFailed: number;
  /** D-62: people's day digests (across letters) this run sent, and those it could not. */
  readonly personDigestsSent: number;
  readonly personDigestsFailed: number;
  readonly ms: number;
}

export interface EnforceOptions extends Partial<RunOptions> {
  /** Called after each letter with how many are done of how many. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * The daily enforcement run for `asOf` (R20–R22). It reads the due-date index for what is due on
 * or before `asOf` (never a Scan), and processes each letter that has something due; then it sends
 * each person's digest of the day across letters (D-62). Safe to run
 * twice, concurrently, or again after a crash: every write is conditional or idempotent.
 */
export const enforce = /* @__PURE__ */ Effect.fn("scheduler.enforce")(function* (
  asOf: CalendarDate,
  options: EnforceOptions = {},
) {
  yield* Effect.annotateCurrentSpan({ asOf });
  const started = performance.now();
  const runOptions: RunOptions = {
    runId: options.runId ?? randomUUID(),
    leaseMs: options.leaseMs ?? 30_000,
    nowMs: options.nowMs ?? (() => Date.now()),
  };
  const letterIds = new Set<string>();
  let itemsDue = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = yield* dueWatchesPage(asOf, start);
    itemsDue += page.items.length;
    for (const item of page.items) letterIds.add(item.letterId as string);
    start = page.next;
  } while (start);

  let itemsRead = itemsDue;
  let eventsRecorded = 0;
  let notificationsSent = 0;
  let notificationsDelivered = 0;
  let notificationsNotDelivered = 0;
  let notificationsCaughtUp = 0;
  let done = 0;
  let lettersFailed = 0;
  for (const letterId of letterIds) {
    const outcome = yield* processLetter(letterId, asOf, runOptions).pipe(
      Effect.catch((error) =>
        Effect.logError("the daily run could not finish a letter; the next run retries it").pipe(
          Effect.annotateLogs({ letterId, asOf, error: String(error._tag ?? error) }),
          Effect.as(null),
        ),
      ),
    );
    if (outcome) {
      itemsRead += outcome.itemsRead;
      eventsRecorded += outcome.eventsRecorded;
      notificationsSent += outcome.notificationsSent;
      notificationsDelivered += outcome.notificationsDelivered;
      notificationsNotDelivered += outcome.notificationsNotDelivered;
      notificationsCaughtUp += outcome.notificationsCaughtUp;
    } else lettersFailed++;
    options.onProgress?.(++done, letterIds.size);
  }
  // D-62: after every letter has written its people's lines, each person's digest of the day.
  const digests = yield* sendPersonDigests(asOf, runOptions);
  itemsRead += digests.itemsRead;
  return {
    asOf,
    lettersLookedAt: letterIds.size,
    itemsDue,
    itemsRead,
    eventsRecorded,
    notificationsSent,
    notificationsDelivered,
    notificationsNotDelivered,
    notificationsCaughtUp,
    lettersFailed,
    personDigestsSent: digests.sent,
    personDigestsFailed: digests.failed,
    ms: Math.round(performance.now() - started),
  } satisfies RunSummary;
});
