import "./provided-context";
import { randomUUID } from "node:crypto";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  ActivityCommand,
  type CalendarDate,
  DialogCommand,
  date,
  FundingCommand,
  LetterCommand,
  type LetterOfIntent,
  NeedCommand,
  signedLtuNokLetterEvents,
} from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import * as ManagedRuntime from "effect/ManagedRuntime";
import { inject } from "vitest";
import {
  activityAggregate,
  createLetter,
  type Dynamo,
  dialogAggregate,
  dynamoClient,
  dynamoLayer,
  type EnforceOptions,
  enforce,
  ensureTable,
  fundingAggregate,
  handle,
  letterAggregate,
  type Notification,
  Notifier,
  needAggregate,
  PublishFailed,
  queryLetterItems,
  readLetter,
} from "../../src/index";

const DIALOG = new Set(["ScheduleDialog", "SubmitDialogBasis", "RecordDialog"]);

/**
 * Runs a command as of `on` through the one command handler, to the aggregate its type belongs
 * to (as the API's routes do), acting for `org` with both roles.
 */
function commandEffect(
  letterId: string,
  on: string,
  input: Record<string, unknown>,
  org: string,
  id: string | undefined,
) {
  const actor = { sub: "tester", orgNumber: org, roles: ["signatory", "coordinator"] };
  const raw = { actor, ...input };
  const options = {
    actor: { sub: actor.sub, orgNumber: org },
    requestId: randomUUID(),
    on: date(on),
    reply: () => null,
  };
  const type = String(input.type);
  if (DIALOG.has(type)) {
    const command = DialogCommand.parse(raw);
    return handle(dialogAggregate, { letterId, id: command.dialogId }, command, options);
  }
  if (type === "RegisterNeed") {
    const command = NeedCommand.parse(raw);
    return handle(needAggregate, { letterId, id: command.need.needId }, command, options);
  }
  if (
    ActivityCommand.def.options.some((o) => o.shape.type.def.values.some((value) => value === type))
  )
    return handle(activityAggregate, { letterId, id }, ActivityCommand.parse(raw), options);
  if (
    FundingCommand.def.options.some((o) => o.shape.type.def.values.some((value) => value === type))
  )
    return handle(fundingAggregate, { letterId, id }, FundingCommand.parse(raw), options);
  return handle(letterAggregate, { letterId }, LetterCommand.parse(raw), options);
}

/** A fresh table in the run's DynamoDB Local, and a notifier that records what it publishes. */
export async function createHarness(
  options: { wrapClient?: (client: DynamoDBClient) => DynamoDBClient } = {},
) {
  const endpoint = inject("dynamoEndpoint");
  const tableName = `sched-${randomUUID()}`;
  const raw = dynamoClient({ tableName, endpoint });
  const client = options.wrapClient ? options.wrapClient(raw) : raw;
  await ensureTable(raw, tableName);
  const published: Notification[] = [];
  let failAfter = Number.POSITIVE_INFINITY;
  const notifier = Layer.succeed(Notifier, {
    publish: (n: Notification) =>
      published.length >= failAfter
        ? Effect.fail(new PublishFailed("injected crash"))
        : Effect.sync(() => void published.push(n)),
  });
  const runtime = ManagedRuntime.make(Layer.merge(dynamoLayer({ tableName }, client), notifier));
  const run = <A, E>(effect: Effect.Effect<A, E, Dynamo | Notifier>) => runtime.runPromise(effect);

  return {
    tableName,
    client,
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
        createLetter(letterId, signedLtuNokLetterEvents({ letterId, signedOn: date(signedOn) }), {
          actor: { sub: "seed", orgNumber: "222000-0653" },
          requestId: "seed",
          recordedAt: `${signedOn}T10:00:00Z`,
          reply: () => null,
        }),
      ),
    /** Runs a command as of `on`, as the API would on that day. */
    command: (
      letterId: string,
      on: string,
      command: Record<string, unknown>,
      org = "222000-0653",
      target: { kind: "letter" } | { kind: "activity" | "funding"; id: string } = {
        kind: "letter",
      },
    ) => run(commandEffect(letterId, on, command, org, "id" in target ? target.id : undefined)),
    enforce: (asOf: string, options: EnforceOptions = {}) =>
      run(enforce(date(asOf) as CalendarDate, options)),
    letter: (letterId: string) =>
      run(readLetter(letterId)).then((head) => head?.letter as LetterOfIntent),
    notifications: (letterId: string) =>
      run(queryLetterItems(letterId, keys.notificationPrefix, 1000)).then((page) => page.items),
    /** Runs any core effect on this table. */
    run,
    close: () => runtime.dispose(),
  };
}

export type Harness = Awaited<ReturnType<typeof createHarness>>;
