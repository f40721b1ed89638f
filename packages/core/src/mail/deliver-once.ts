import type { ItemKey } from "@samverkan/table";
import * as Clock from "effect/Clock";
import * as Data from "effect/Data";
import * as Effect from "effect/Effect";
import * as Schedule from "effect/Schedule";
import { claimOnce, settleClaim } from "../run/claim-lease";
import { KEEP_SECONDS } from "../run/notification-store";
import { Dynamo } from "../store/dynamo";
import { type DeadLetter, DeadLetters } from "./dead-letters";
import { MailTransport, type OutgoingMail } from "./mail-transport";

/**
 * Another mailer holds a person's delivery right now (within its lease): try the notification
 * again later, when that mailer has finished or its lease has run out. Never counted as done.
 */
export class DeliveryHeld extends Data.TaggedError("DeliveryHeld")<{ readonly people: number }> {}

/** What happened to one person's message. */
export type PersonOutcome = "sent" | "already-sent" | "held" | "unconfirmed";

// Marking a message sent must not be lost to a throttled table: it is retried, never resent.
const markRetry = Schedule.max([Schedule.exponential("50 millis"), Schedule.recurs(6)]);

/** A stale `sending` record: its mailer stopped while the server had the message. */
const giveUp = (key: ItemKey, claimedAt: unknown) =>
  Dynamo.use((dynamo) =>
    dynamo.updateItem({
      key,
      update: "SET #status = :unconfirmed",
      condition: "#status = :sending AND claimedAt = :then",
      names: { "#status": "status" },
      values: { ":unconfirmed": "unconfirmed", ":sending": "sending", ":then": claimedAt },
    }),
  );

/**
 * Sends one person one message exactly once (R23), keyed by person and message. The record
 * goes `claimed` → `sending` → `sent`. A refusal by the server puts it back (`failed`, released)
 * for a retry. A record left `sending` past the lease is the one case nobody can decide: its
 * mailer stopped while the server held the message, which may have been delivered. It is not
 * sent again (never doubled) but recorded `unconfirmed` and dead-lettered for an operator.
 */
export const deliverOnce = /* @__PURE__ */ Effect.fn("mail.deliverOnce")(function* (
  key: ItemKey,
  mail: OutgoingMail,
  owner: string,
  leaseMs: number,
  deadLetter: Omit<DeadLetter, "reason" | "error" | "at" | "messageId">,
) {
  const nowMs = yield* Clock.currentTimeMillis;
  const claim = yield* claimOnce(
    key,
    {
      status: "claimed",
      messageId: mail.messageId,
      expiresAt: Math.floor(nowMs / 1000) + KEEP_SECONDS,
    },
    owner,
    nowMs,
    leaseMs,
    ["claimed", "failed"],
  );
  if (!claim.claimed) {
    const status = claim.item?.status;
    if (status === "sent" || !claim.item) return "already-sent" as PersonOutcome;
    if (status === "unconfirmed") return "unconfirmed" as PersonOutcome;
    const stale = status === "sending" && (claim.item.claimedAt as number) <= nowMs - leaseMs;
    if (!stale || !(yield* giveUp(key, claim.item.claimedAt))) return "held" as PersonOutcome;
    const at = new Date(nowMs).toISOString();
    const error = "the mailer stopped after handing the message to the mail server";
    yield* (yield* DeadLetters).record({
      ...deadLetter,
      reason: "unconfirmed",
      messageId: mail.messageId,
      error,
      at,
    });
    return "unconfirmed" as PersonOutcome;
  }
  if (
    !(yield* settleClaim(key, owner, String(claim.item?.status ?? "claimed"), {
      status: "sending",
    }))
  )
    return "held" as PersonOutcome;
  const transport = yield* MailTransport;
  yield* transport
    .send(mail)
    .pipe(
      Effect.tapError((rejected) =>
        settleClaim(
          key,
          owner,
          "sending",
          { status: "failed", lastError: rejected.reason.slice(0, 500) },
          true,
        ),
      ),
    );
  yield* settleClaim(key, owner, "sending", {
    status: "sent",
    sentAt: new Date(nowMs).toISOString(),
  }).pipe(Effect.retry({ schedule: markRetry, while: (e) => e._tag === "StoreUnavailable" }));
  return "sent" as PersonOutcome;
});
