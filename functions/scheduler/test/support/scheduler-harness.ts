import "./provided-context";
import { randomUUID } from "node:crypto";
import { createLetter } from "@samverkan/api/commands/draft-letter";
import { executeCommand } from "@samverkan/api/commands/execute";
import { ok } from "@samverkan/api/http/run-effect";
import { ensureTable } from "@samverkan/api/store/create-table";
import { Dynamo, dynamoClient } from "@samverkan/api/store/dynamo";
import { queryLetterItems, readLetter } from "@samverkan/api/store/letter-store";
import {
  type CalendarDate,
  date,
  type LetterOfIntent,
  signedLtuNokLetterEvents,
} from "@samverkan/domain";
import { keys } from "@samverkan/table";
import { Effect, Layer, ManagedRuntime } from "effect";
import { inject } from "vitest";
import { type Notification, Notifier, PublishFailed } from "../../src/notifier";
import { type EnforceOptions, enforce } from "../../src/run";

/** A fresh table in the run's DynamoDB Local, and a notifier that records what it publishes. */
export async function createHarness() {
  const endpoint = inject("dynamoEndpoint");
  const tableName = `sched-${randomUUID()}`;
  const client = dynamoClient({ tableName, endpoint });
  await ensureTable(client, tableName);
  const published: Notification[] = [];
  let failAfter = Number.POSITIVE_INFINITY;
  const notifier = Layer.succeed(Notifier, {
    publish: (n: Notification) =>
      published.length >= failAfter
        ? Effect.fail(new PublishFailed("injected crash"))
        : Effect.sync(() => void published.push(n)),
  });
  const runtime = ManagedRuntime.make(
    Layer.merge(Layer.succeed(Dynamo, { client, tableName }), notifier),
  );
  const run = <A, E>(effect: Effect.Effect<A, E, Dynamo | Notifier>) => runtime.runPromise(effect);

  const caller = (org: string, sub = "tester") => ({
    sub,
    orgNumber: org,
    roles: ["signatory" as const, "coordinator" as const],
  });

  return {
    tableName,
    published,
    /** Makes the notifier fail once this many notifications have been published: a crash half-way. */
    crashAfter(count: number) {
      failAfter = count;
    },
    heal() {
      failAfter = Number.POSITIVE_INFINITY;
    },
    /** Loads the LTU–NoK letter as signed on `signedOn`, recorded that day. */
    seed: (letterId: string, signedOn: string) =>
      run(
        createLetter(
          letterId,
          signedLtuNokLetterEvents({ letterId, signedOn: date(signedOn) }),
          { caller: caller("222000-0653", "seed") as never, requestId: "seed" },
          () => ok(201, null),
          `${signedOn}T10:00:00Z`,
        ),
      ),
    /** Runs a letter command as of `on`, as the API would on that day. */
    command: (
      letterId: string,
      on: string,
      command: Record<string, unknown>,
      org = "222000-0653",
      target: { kind: "letter" } | { kind: "activity" | "funding"; id: string } = {
        kind: "letter",
      },
    ) =>
      run(
        executeCommand({
          letterId,
          target,
          on: date(on),
          context: { caller: caller(org) as never, requestId: randomUUID() },
          authorize: () => undefined,
          command: () => ({ actor: caller(org), ...command }) as never,
          respond: () => ok(200, null),
        }),
      ),
    enforce: (asOf: string, options: EnforceOptions = {}) =>
      run(enforce(date(asOf) as CalendarDate, options)),
    letter: (letterId: string) =>
      run(readLetter(letterId)).then((head) => head?.letter as LetterOfIntent),
    notifications: (letterId: string) =>
      run(queryLetterItems(letterId, keys.notificationPrefix, 1000)).then((page) => page.items),
    close: () => runtime.dispose(),
  };
}

export type Harness = Awaited<ReturnType<typeof createHarness>>;
