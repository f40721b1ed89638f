import { EventBridgeClient, PutEventsCommand } from "@aws-sdk/client-eventbridge";
import type { ReminderAbout } from "@samverkan/domain";
import * as Context from "effect/Context";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";

/** A reminder or alert on its way to the organisations it concerns (R22). */
export interface Notification {
  readonly letterId: string;
  /** Deterministic: the same reminder has the same key on every run; consumers dedupe by it. */
  readonly key: string;
  /**
   * A reminder's kind (`due-in-14-days`, `overdue`, …), `digest` for a letter's day digest (before
   * D-62), or `person-digest` for one person's digest of a day across letters (D-62).
   */
  readonly kind: string;
  readonly rule: string;
  readonly dueOn: string;
  readonly sentOn: string;
  readonly recipients: readonly string[];
  readonly message: string;
  /** What it asks, as data: the mailer writes each person's message from it (R23). */
  readonly about?: ReminderAbout;
  /** `digest`: the mailer sends it within the day's digest, not on its own (the letter's policy). */
  readonly delivery?: "single" | "digest";
  /** A digest's reminders (kind `digest` only). */
  readonly items?: readonly Notification[];
  /** D-62: which person-day's digest (kind `person-digest`); its lines are read from the table. */
  readonly personDigest?: {
    readonly day: string;
    readonly personId: string;
    readonly part: number;
  };
  /**
   * D-30: a catch-up of a notification sent earlier to organisations that had nobody to tell
   * and have named contacts since. `inDigest`: its first delivery went out in a digest, so the
   * people told then (listed by another of its organisations) are not told again.
   */
  readonly catchUp?: { readonly owedTo: readonly string[]; readonly inDigest: boolean };
}

/** Publishing failed: the notification stays pending and a later run publishes it. */
export class PublishFailed extends Error {
  readonly _tag = "PublishFailed";
}

/** Where notifications go: EventBridge on AWS, the log locally, a list in tests. */
export class Notifier extends Context.Service<
  Notifier,
  { readonly publish: (n: Notification) => Effect.Effect<void, PublishFailed> }
>()("Notifier") {}

/** Local development: one JSON log line per notification; `GET …/notifications` shows them too. */
export const logNotifier = Layer.succeed(Notifier, {
  publish: (n) =>
    Effect.sync(() => {
      if (process.env.SAMVERKAN_LOG !== "silent") {
        console.log(
          JSON.stringify({
            level: "info",
            message: "notification",
            letterId: n.letterId,
            key: n.key,
            kind: n.kind,
            rule: n.rule,
            recipients: n.recipients,
          }),
        );
      }
    }),
});

/** AWS: one EventBridge event per notification on the given bus, its key as the dedupe id. */
export function eventBridgeNotifier(busName: string, client = new EventBridgeClient({})) {
  return Layer.succeed(Notifier, {
    publish: (n) =>
      Effect.tryPromise({
        try: async () => {
          const result = await client.send(
            new PutEventsCommand({
              Entries: [
                {
                  EventBusName: busName,
                  Source: "samverkan.scheduler",
                  DetailType: `notification.${n.kind}`,
                  Detail: JSON.stringify(n),
                },
              ],
            }),
          );
          if ((result.FailedEntryCount ?? 0) > 0)
            throw new Error(result.Entries?.[0]?.ErrorMessage ?? "PutEvents failed");
        },
        catch: (error) => new PublishFailed(String(error)),
      }).pipe(Effect.withSpan("notifier.eventBridge")),
  });
}
