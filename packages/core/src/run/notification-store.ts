import {
  ConditionalCheckFailedException,
  PutItemCommand,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import { keys } from "@samverkan/table";
import { Effect } from "effect";
import { toItem } from "../store/codec";
import { Dynamo } from "../store/dynamo";
import { dynamoCall } from "../store/dynamo-call";
import { getItem } from "../store/get-item";
import { type Notification, Notifier } from "./notifier";

/** Sent notifications are kept five years (TTL), longer than any reminder key can recur. */
const KEEP_SECONDS = 5 * 366 * 24 * 60 * 60;

/** What happened to one planned notification in a run. */
export type SendOutcome = "sent" | "already-sent" | "held-by-another-run";

class Taken extends Error {}

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
  Effect.gen(function* () {
    const { client, tableName } = yield* Dynamo;
    const key = toItem({ ...keys.notification(notification.letterId, notification.key) });
    const claimed = yield* dynamoCall(
      "PutItem",
      () =>
        client.send(
          new PutItemCommand({
            TableName: tableName,
            Item: toItem({
              ...keys.notification(notification.letterId, notification.key),
              ...notification,
              status: "pending",
              claimedBy: runId,
              claimedAt: nowMs,
              expiresAt: Math.floor(nowMs / 1000) + KEEP_SECONDS,
            }),
            ConditionExpression: "attribute_not_exists(pk)",
          }),
        ),
      (error) => (error instanceof ConditionalCheckFailedException ? new Taken() : undefined),
    ).pipe(
      Effect.as(true),
      Effect.catchIf(
        (error) => error instanceof Taken,
        () => Effect.succeed(false),
      ),
    );
    if (!claimed) {
      const item = yield* getItem(keys.notification(notification.letterId, notification.key));
      if (!item || item.status === "sent") return "already-sent" as SendOutcome;
      if ((item.claimedAt as number) > nowMs - leaseMs) return "held-by-another-run" as SendOutcome;
      const tookOver = yield* dynamoCall(
        "UpdateItem",
        () =>
          client.send(
            new UpdateItemCommand({
              TableName: tableName,
              Key: key,
              UpdateExpression: "SET claimedBy = :run, claimedAt = :now",
              ConditionExpression: "#status = :pending AND claimedAt = :then",
              ExpressionAttributeNames: { "#status": "status" },
              ExpressionAttributeValues: toItem({
                ":run": runId,
                ":now": nowMs,
                ":pending": "pending",
                ":then": item.claimedAt,
              }),
            }),
          ),
        (error) => (error instanceof ConditionalCheckFailedException ? new Taken() : undefined),
      ).pipe(
        Effect.as(true),
        Effect.catchIf(
          (error) => error instanceof Taken,
          () => Effect.succeed(false),
        ),
      );
      if (!tookOver) return "held-by-another-run" as SendOutcome;
    }
    const notifier = yield* Notifier;
    yield* notifier.publish(notification);
    yield* dynamoCall("UpdateItem", () =>
      client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: key,
          UpdateExpression: "SET #status = :sent, sentOn = :sentOn",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: toItem({ ":sent": "sent", ":sentOn": notification.sentOn }),
        }),
      ),
    );
    return "sent" as SendOutcome;
  }).pipe(Effect.withSpan("scheduler.sendOnce"));
