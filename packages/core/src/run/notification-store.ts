import { type ItemKey, keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { Dynamo } from "../store/dynamo";
import { claimOnce } from "./claim-lease";
import { type Notification, Notifier } from "./notifier";

/** Sent notifications are kept five years (TTL), longer than any reminder key can recur. */
export const KEEP_SECONDS = 5 * 366 * 24 * 60 * 60;

/** What happened to one planned notification in a run. */
export type SendOutcome = "sent" | "already-sent" | "held-by-another-run";

/** A run's outcome for one notification, and the day it was first sent (a digest needs it). */
export interface SendResult {
  readonly outcome: SendOutcome;
  readonly firstSentOn: string;
  /** What its delivery recorded, when it was sent on an earlier run (D-30: what it still owes). */
  readonly delivery?: unknown;
}

/**
 * Sends a notification exactly once, at `itemKey` (its NOTE# item unless said otherwise), and
 * tells on which day it was first sent: see `sendOnce`.
 */
export const sendOnceAt = /* @__PURE__ */ Effect.fn("scheduler.sendOnce")(function* (
  itemKey: ItemKey,
  notification: Notification,
  runId: string,
  nowMs: number,
  leaseMs: number,
) {
  const dynamo = yield* Dynamo;
  const claim = yield* claimOnce(
    itemKey,
    {
      ...notification,
      status: "pending",
      expiresAt: Math.floor(nowMs / 1000) + KEEP_SECONDS,
    },
    runId,
    nowMs,
    leaseMs,
  );
  const firstSentOn = (claim.item?.sentOn as string | undefined) ?? notification.sentOn;
  if (!claim.claimed) {
    const outcome: SendOutcome =
      !claim.item || claim.item.status === "sent" ? "already-sent" : "held-by-another-run";
    return { outcome, firstSentOn, delivery: claim.item?.delivery } satisfies SendResult;
  }
  const notifier = yield* Notifier;
  yield* notifier.publish(notification);
  yield* dynamo.updateItem({
    key: itemKey,
    update: "SET #status = :sent, sentOn = :sentOn",
    names: { "#status": "status" },
    values: { ":sent": "sent", ":sentOn": firstSentOn },
  });
  return { outcome: "sent", firstSentOn } satisfies SendResult;
});

/**
 * Sends a notification exactly once (R22). It is first written under its deterministic key
 * (conditional: only one run can create it), then published, then marked sent. A run that finds
 * it pending, claimed by a run that has not finished within `leaseMs` (it crashed), takes it over
 * and publishes it; a fresh claim of a concurrent run is left alone.
 */
export const sendOnce = (
  notification: Notification,
  runId: string,
  nowMs: number,
  leaseMs: number,
) =>
  sendOnceAt(
    keys.notification(notification.letterId, notification.key),
    notification,
    runId,
    nowMs,
    leaseMs,
  ).pipe(Effect.map((result) => result.outcome));
