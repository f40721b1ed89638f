import { type CalendarDate, date } from "@samverkan/domain";
import * as Effect from "effect/Effect";
import { getItem } from "../store/get-item";
import {
  assignPart,
  type DayEntry,
  digestDayPage,
  digestKeys,
  digestLines,
  settleDayEntry,
} from "../store/person-digest-store";
import { sendOnceAt } from "./notification-store";
import type { Notification } from "./notifier";
import type { RunOptions } from "./process-letter";

/**
 * Days back the second phase looks for person-days not yet sent (a run that stopped after its
 * first phase): today and yesterday. A day's digest is late then, never lost or doubled.
 */
export const DIGEST_CATCH_UP_DAYS = 1;

/** The notification that has the mailer send one part of a person's day digest (D-62). */
export const personDigestNotification = (
  day: string,
  personId: string,
  part: number,
): Notification => ({
  // A digest across letters belongs to no one letter; its lines name theirs.
  letterId: "",
  key: `${day}#${personId}#${part}`,
  kind: "person-digest",
  rule: "R23",
  dueOn: day,
  sentOn: day,
  recipients: [],
  message: `reminder digest of ${day}`,
  personDigest: { day, personId, part },
});

/**
 * One person-day: its lines not yet in a part join the open part (one not yet published) or a new
 * one, and that part is published once (`sendOnceAt`, claimed with a lease like a notification).
 * Usually a person-day has one part: a second comes only when a letter's lines were written after
 * the first was published (a letter that failed in the day's first run and was retried).
 */
const sendPersonDay = (day: string, entry: DayEntry, options: RunOptions) =>
  Effect.gen(function* () {
    const { personId } = entry;
    const lines = yield* digestLines(day, personId);
    const last = Math.max(0, ...lines.map((line) => line.part ?? 0));
    const unassigned = lines.filter((line) => line.part === undefined);
    let part = last;
    if (unassigned.length > 0) {
      const published =
        last > 0 &&
        (yield* getItem(digestKeys.publication(day, personId, last)))?.status === "sent";
      part = last > 0 && !published ? last : last + 1;
      for (const line of unassigned) yield* assignPart(day, personId, line.letterId, part);
    }
    let sent = 0;
    if (part > 0) {
      const { outcome } = yield* sendOnceAt(
        digestKeys.publication(day, personId, part),
        personDigestNotification(day, personId, part),
        options.runId,
        options.nowMs(),
        options.leaseMs,
      );
      if (outcome === "sent") sent++;
      if (outcome !== "held-by-another-run") yield* settleDayEntry(day, entry);
    }
    return { sent, itemsRead: lines.length };
  });

/**
 * The run's second phase (D-62): after every letter has written its people's lines, each
 * person-day with lines not yet sent gets its digest, once. A person-day that fails is logged and
 * left in the day's index, so the next run sends it.
 */
export const sendPersonDigests = /* @__PURE__ */ Effect.fn("run.sendPersonDigests")(function* (
  asOf: CalendarDate,
  options: RunOptions,
) {
  let sent = 0;
  let itemsRead = 0;
  let failed = 0;
  const today = Date.parse(`${asOf}T00:00:00Z`);
  for (let back = DIGEST_CATCH_UP_DAYS; back >= 0; back--) {
    const day = date(new Date(today - back * 86_400_000).toISOString().slice(0, 10));
    let start: Record<string, unknown> | undefined;
    do {
      const page = yield* digestDayPage(day, start);
      itemsRead += page.entries.length;
      for (const entry of page.entries) {
        const result = yield* sendPersonDay(day, entry, options).pipe(
          Effect.catch((error) =>
            Effect.logError(
              "the daily run could not send a person's digest; the next run does",
            ).pipe(
              Effect.annotateLogs({ day, error: String(error._tag ?? error) }),
              Effect.as(null),
            ),
          ),
        );
        if (result) {
          sent += result.sent;
          itemsRead += result.itemsRead;
        } else failed++;
      }
      start = page.next;
    } while (start);
  }
  return { sent, itemsRead, failed };
});
