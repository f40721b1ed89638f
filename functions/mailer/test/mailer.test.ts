import { randomUUID } from "node:crypto";
import {
  createLetter,
  type DeadLetter,
  DeadLetters,
  dynamoClient,
  dynamoLayer,
  ensureTable,
  MailConfig,
  type Notification,
  Notifier,
  personId,
  replaceContacts,
  sendPersonDigests,
  smtpTransport,
  writeDigestLine,
} from "@samverkan/core";
import { ContactList, date, signedLtuNokLetterEvents } from "@samverkan/domain";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mailer } from "../src/mailer";
import { notificationOf } from "../src/notification-event";
import { startSmtpSink } from "./support/smtp-sink";

const NOK = "222000-0653";
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let handle: ReturnType<typeof mailer>;
const dead: DeadLetter[] = [];
const letterId = "mailer-letter";

const notification: Notification = {
  letterId,
  key: "structure-review:2026#due-in-30-days",
  kind: "due-in-30-days",
  rule: "R15",
  dueOn: "2026-12-31",
  sentOn: "2026-12-01",
  recipients: [NOK],
  message: "Due on 2026-12-31",
  about: { duty: "structure-review", obligationId: "structure-review:2026", period: "2026" },
  delivery: "single",
};
/** The notification as EventBridge puts it on the mailer's queue (infra/mail.ts). */
const record = (detail: Notification, messageId: string = randomUUID()) => ({
  messageId,
  body: JSON.stringify({
    source: "samverkan.scheduler",
    "detail-type": `notification.${detail.kind}`,
    detail,
  }),
});

/** The table, SMTP sink, mail settings and dead letters the mailer runs with. */
const mailerLayer = (tableName: string, client: ReturnType<typeof dynamoClient>) =>
  Layer.mergeAll(
    dynamoLayer({ tableName }, client),
    smtpTransport({ host: "127.0.0.1", port: sink.port, local: true }),
    Layer.succeed(MailConfig, {
      from: "Samverkan <p@samverkan.test>",
      webBaseUrl: "https://w.test",
      leaseMs: 60_000,
    }),
    Layer.succeed(DeadLetters, { record: (l) => Effect.sync(() => void dead.push(l)) }),
  );
let layer: ReturnType<typeof mailerLayer>;

beforeAll(async () => {
  sink = await startSmtpSink();
  const tableName = `mailer-${randomUUID()}`;
  const client = dynamoClient({ tableName, endpoint: inject("dynamoEndpoint") });
  await ensureTable(client, tableName);
  layer = mailerLayer(tableName, client);
  const setUp = Effect.gen(function* () {
    yield* createLetter(
      letterId,
      signedLtuNokLetterEvents({ letterId, signedOn: date("2025-10-01") }),
      {
        actor: { sub: "seed", orgNumber: NOK },
        requestId: "seed",
        recordedAt: "2025-10-01T10:00:00Z",
        reply: () => null,
      },
    );
    const contacts = [{ name: "Per Berg", email: "per@nok.test", roles: ["coordinator"] }];
    yield* replaceContacts(
      letterId,
      ContactList.parse({ orgNumber: NOK, contacts }),
      { sub: "t" },
      "now",
    );
  });
  await Effect.runPromise(setUp.pipe(Effect.provide(layer)));
  handle = mailer(layer);
});
afterAll(() => sink.close());

describe("functions/mailer: the notification queue's consumer", () => {
  it("R23 delivers a queued notification to each contact once; the queue delivering it again sends nothing more", async () => {
    expect(await handle({ Records: [record(notification)] })).toEqual({ batchItemFailures: [] });
    expect(await handle({ Records: [record(notification)] })).toEqual({ batchItemFailures: [] });
    expect(sink.received.map((m) => m.subject)).toEqual([
      "Påminnelse: uppföljning av samverkansstrukturen senast 31 december 2026",
    ]);
  });

  it("R23 a reminder of a letter that sends digests is left to the digest", async () => {
    const inDigest = { ...notification, key: "other#due-in-7-days", delivery: "digest" as const };
    expect(await handle({ Records: [record(inDigest)] })).toEqual({ batchItemFailures: [] });
    expect(sink.received).toHaveLength(1);
  });

  it("R23 a refusing mail server fails the record (the queue retries it, then dead-letters it); not a body of ours fails too", async () => {
    sink.refuse(true);
    const refused = { ...notification, key: "half-year-dialog:2026-H2#due-in-30-days" };
    const response = await handle({
      Records: [record(refused, "m-1"), { messageId: "m-2", body: "{}" }],
    });
    expect(response.batchItemFailures).toEqual([
      { itemIdentifier: "m-1" },
      { itemIdentifier: "m-2" },
    ]);
    sink.refuse(false);
    expect(await handle({ Records: [record(refused)] })).toEqual({ batchItemFailures: [] });
    expect(sink.received).toHaveLength(2);
  }, 30_000);

  it("D-62 R23 a person's digest across letters, queued by the run's second phase, is sent once however often the queue delivers it", async () => {
    const day = date("2026-12-01");
    const published: Notification[] = [];
    const queue = Layer.succeed(Notifier, {
      publish: (n: Notification) => Effect.sync(() => void published.push(n)),
    });
    const { about, dueOn, kind, rule, message, recipients } = notification;
    const reminder = {
      key: "structure-review:2026#digest",
      kind,
      rule,
      dueOn,
      message,
      recipients,
      about,
      sentOn: day,
    };
    await Effect.runPromise(
      Effect.gen(function* () {
        yield* writeDigestLine(
          day,
          personId("per@nok.test"),
          { letterId, orgNumbers: [NOK], reminders: [reminder] },
          Date.now(),
        );
        yield* sendPersonDigests(day, { runId: "run", leaseMs: 60_000, nowMs: () => Date.now() });
      }).pipe(Effect.provide(Layer.merge(layer, queue))),
    );
    expect(published.map((n) => n.kind)).toEqual(["person-digest"]);
    const before = sink.received.length;
    const event = published[0] as Notification;
    expect(await handle({ Records: [record(event)] })).toEqual({ batchItemFailures: [] });
    expect(await handle({ Records: [record(event)] })).toEqual({ batchItemFailures: [] });
    expect(sink.received.slice(before).map((m) => m.subject)).toEqual([
      "Samverkan: 1 påminnelse 1 december 2026",
    ]);
  });

  it("reads only EventBridge events from the scheduler", () => {
    expect(notificationOf("not json")).toBeNull();
    expect(notificationOf(JSON.stringify({ source: "other", detail: notification }))).toBeNull();
    expect(notificationOf(record(notification).body)?.key).toBe(notification.key);
  });
});
