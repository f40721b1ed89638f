import * as Clock from "effect/Clock";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import * as Schedule from "effect/Schedule";
import { type Notification, Notifier, PublishFailed } from "../run/notifier";
import type { Dynamo } from "../store/dynamo";
import { DeadLetters } from "./dead-letters";
import { deliverPublished } from "./deliver";
import type { MailConfig } from "./mail-settings";
import type { MailTransport } from "./mail-transport";

/** A refusing mail server is tried again after 0.2, 0.4, 0.8 and 1.6 s (jittered) before giving up. */
export const DELIVERY_RETRY = Schedule.max([
  Schedule.jittered(Schedule.exponential("200 millis")),
  Schedule.recurs(4),
]);

/**
 * Delivers a notification, retrying a refusing server with backoff; when every retry failed, a
 * dead letter keeps it (never lost) and nothing is marked sent for those not reached (never
 * doubled: a redrive sends only to them).
 */
export const deliverWithRetry = (
  n: Notification,
  schedule: Schedule.Schedule<unknown, unknown> = DELIVERY_RETRY,
) =>
  deliverPublished(n).pipe(
    Effect.retry({ schedule, while: (error) => error._tag === "MailRejected" }),
    Effect.catchTag("MailRejected", (error) =>
      Effect.gen(function* () {
        const at = new Date(yield* Clock.currentTimeMillis).toISOString();
        const messageKey = n.kind === "digest" ? `digest:${n.key}` : n.key;
        yield* (yield* DeadLetters).record({
          letterId: n.letterId,
          messageKey,
          reason: "undeliverable",
          error: error.reason.slice(0, 2000),
          at,
          notification: n,
        });
        return null;
      }),
    ),
  );

/**
 * The local system's notifier: the bus and the mailer in one, delivering each notification as it
 * is published with the same exactly-once code as the mailer on AWS (`deliverPublished`).
 */
export const mailNotifier = Layer.effect(
  Notifier,
  Effect.gen(function* () {
    const context = yield* Effect.context<Dynamo | MailTransport | MailConfig | DeadLetters>();
    return {
      publish: (n: Notification) =>
        deliverWithRetry(n).pipe(
          Effect.tap((summary) =>
            process.env.SAMVERKAN_LOG === "silent" || !summary
              ? Effect.void
              : Effect.sync(() =>
                  console.log(
                    JSON.stringify({
                      level: "info",
                      message: "mail",
                      key: n.key,
                      rule: n.rule,
                      ...summary,
                    }),
                  ),
                ),
          ),
          Effect.asVoid,
          Effect.provide(context),
          Effect.catch((error) => Effect.fail(new PublishFailed(String(error)))),
          Effect.catchDefect((defect) => Effect.fail(new PublishFailed(String(defect)))),
        ),
    };
  }),
);
