import {
  type DeadLetters,
  type Dynamo,
  deliverPublished,
  type MailConfig,
  type MailTransport,
} from "@samverkan/core";
import * as Cause from "effect/Cause";
import * as Effect from "effect/Effect";
import * as Exit from "effect/Exit";
import type * as Layer from "effect/Layer";
import * as Schedule from "effect/Schedule";
import { notificationOf, type QueueRecord } from "./notification-event";

/** A refusing server is tried again within the invocation; beyond that the queue retries. */
const IN_PROCESS_RETRY = Schedule.max([
  Schedule.jittered(Schedule.exponential("500 millis")),
  Schedule.recurs(2),
]);

/** What the queue is told: the records to deliver again (after their visibility timeout). */
export interface BatchResponse {
  readonly batchItemFailures: Array<{ readonly itemIdentifier: string }>;
}

type MailerServices = Dynamo | MailTransport | MailConfig | DeadLetters;

/**
 * The mailer for a queue batch: each record's notification delivered to its people, each once
 * (R23). A record that fails (server refusing after retries, another mailer holding a person,
 * storage unavailable) is reported, so the queue delivers it again later and, after its last
 * retry, moves it to the dead-letter queue; what was sent is never sent again.
 */
export function mailer(layer: Layer.Layer<MailerServices>) {
  return async (event: { readonly Records: readonly QueueRecord[] }): Promise<BatchResponse> => {
    const batchItemFailures: BatchResponse["batchItemFailures"] = [];
    for (const record of event.Records) {
      const notification = notificationOf(record.body);
      if (!notification) {
        console.error(
          JSON.stringify({ level: "error", message: "not a notification", id: record.messageId }),
        );
        batchItemFailures.push({ itemIdentifier: record.messageId });
        continue;
      }
      const exit = await Effect.runPromiseExit(
        deliverPublished(notification).pipe(
          Effect.retry({ schedule: IN_PROCESS_RETRY, while: (e) => e._tag === "MailRejected" }),
          Effect.provide(layer),
        ),
      );
      const outcome = Exit.isSuccess(exit) ? exit.value : null;
      console.log(
        JSON.stringify({
          level: Exit.isSuccess(exit) ? "info" : "warn",
          message: "mail",
          key: notification.key,
          letterId: notification.letterId,
          receiveCount: record.attributes?.ApproximateReceiveCount,
          ...(outcome ? { delivery: outcome } : {}),
          ...(Exit.isFailure(exit) ? { cause: Cause.pretty(exit.cause).slice(0, 1000) } : {}),
        }),
      );
      if (Exit.isFailure(exit)) batchItemFailures.push({ itemIdentifier: record.messageId });
    }
    return { batchItemFailures };
  };
}
