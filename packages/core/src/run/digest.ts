import type { CalendarDate } from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { sendOnceAt } from "./notification-store";
import type { Notification } from "./notifier";

/** Reminders per digest: one digest event stays far below EventBridge's 256 KB per event. */
export const DIGEST_SIZE = 50;

/**
 * R23 with the letter's daily digest: the day's reminders in parts of `DIGEST_SIZE`, each a
 * notification of kind `digest` sent exactly once like any other. Its key is the day and the
 * part, and its content every reminder planned that day that was not first sent on an earlier
 * day: the same on every run and retry of the day, so a retried run sends the same digest.
 */
export function digestsOf(
  letterId: string,
  asOf: CalendarDate,
  ofTheDay: readonly Notification[],
): Notification[] {
  const parts: Notification[] = [];
  for (let start = 0; start < ofTheDay.length; start += DIGEST_SIZE) {
    const items = ofTheDay.slice(start, start + DIGEST_SIZE);
    parts.push({
      letterId,
      key: `${asOf}#${start / DIGEST_SIZE + 1}`,
      kind: "digest",
      rule: "R23",
      dueOn: items.map((item) => item.dueOn).sort()[0] ?? asOf,
      sentOn: asOf,
      recipients: [...new Set(items.flatMap((item) => item.recipients))],
      message: `${items.length} reminders of ${asOf}`,
      items: items.map((item) => ({ ...item, delivery: "digest" as const })),
    });
  }
  return parts;
}

/** Sends the day's digests of a letter, each once; how many this run sent. */
export const sendDigests = (
  digests: readonly Notification[],
  runId: string,
  nowMs: () => number,
  leaseMs: number,
) =>
  Effect.gen(function* () {
    let sent = 0;
    for (const digest of digests) {
      const key = keys.digest(digest.letterId, digest.key);
      const { outcome } = yield* sendOnceAt(key, digest, runId, nowMs(), leaseMs);
      if (outcome === "sent") sent++;
    }
    return sent;
  });
