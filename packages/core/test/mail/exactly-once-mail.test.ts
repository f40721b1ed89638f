import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import * as Schedule from "effect/Schedule";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  deliverPublished,
  deliverWithRetry,
  MailConfig,
  MailTransport,
  type Notification,
  smtpTransport,
} from "../../src/index";
import {
  createMailHarness,
  MAIL_SETTINGS,
  type MailHarness,
  NOK,
  PEOPLE,
} from "./support/mail-harness";
import { type SmtpSink, startSmtpSink } from "./support/smtp-sink";

let sink: SmtpSink;
let h: MailHarness;
let letterId = "";
let n: Notification;

beforeAll(async () => {
  sink = await startSmtpSink();
  h = await createMailHarness(sink);
});
afterAll(async () => {
  await h.close();
  await sink.close();
});
beforeEach(async () => {
  letterId = `letter-${Math.random().toString(36).slice(2)}`;
  await h.seed(letterId);
  await h.contacts(letterId, NOK, [PEOPLE.per, PEOPLE.karin]);
  sink.received.length = 0;
  n = {
    letterId,
    key: "half-year-dialog:2026-H2#due-in-30-days",
    kind: "due-in-30-days",
    rule: "R10",
    dueOn: "2026-12-31",
    sentOn: "2026-12-01",
    recipients: [NOK],
    message: "Due on 2026-12-31",
    about: {
      duty: "half-year-dialog",
      obligationId: "half-year-dialog:2026-H2",
      period: "2026-H2",
    },
    delivery: "single",
  };
});

const smtp = () => smtpTransport({ host: "127.0.0.1", port: sink.port, local: true });
/** A mailer that dies right after the server accepted the message: before it can mark it sent. */
const crashAfterSend = () =>
  Layer.effect(
    MailTransport,
    Effect.map(MailTransport, (real) => ({
      send: (mail: Parameters<typeof real.send>[0]) =>
        real.send(mail).pipe(Effect.andThen(Effect.die(new Error("the mailer crashed")))),
    })),
  ).pipe(Layer.provide(smtp()));
const leaseOver = Layer.succeed(MailConfig, { ...MAIL_SETTINGS, leaseMs: 0 });
const fast = Schedule.max([Schedule.exponential("5 millis"), Schedule.recurs(3)]);

describe("R23 R22 each person once, however the mailer fails", () => {
  it("R23 a mailer retried after delivering sends nobody anything twice", async () => {
    await h.run(deliverPublished(n));
    await h.run(deliverPublished(n));
    await h.run(deliverPublished(n).pipe(Effect.provide(leaseOver)));
    expect(sink.to(PEOPLE.per.email)).toHaveLength(1);
    expect(sink.to(PEOPLE.karin.email)).toHaveLength(1);
    expect(sink.received).toHaveLength(2);
  });

  it("R23 a mailer that crashes between send and mark: the retry does not send it again, it is recorded unconfirmed and dead-lettered", async () => {
    const crashed = await h.run(
      Effect.exit(deliverPublished(n).pipe(Effect.provide(crashAfterSend()))),
    );
    expect(crashed._tag).toBe("Failure");
    expect(sink.received).toHaveLength(1);
    // Within the lease, a retry leaves the crashed mailer's message alone and says to come back.
    const early = await h.run(Effect.exit(deliverPublished(n)));
    expect(early._tag).toBe("Failure");
    expect(sink.received).toHaveLength(2);
    // After the lease: the one message in doubt is not sent again; the rest were sent once.
    const later = await h.run(deliverPublished(n).pipe(Effect.provide(leaseOver)));
    expect(later).toMatchObject({ status: "partly-told", told: 1, unconfirmed: 1, pending: 0 });
    await h.run(deliverPublished(n).pipe(Effect.provide(leaseOver)));
    expect(sink.received).toHaveLength(2);
    expect(new Set(sink.received.map((m) => m.messageId)).size).toBe(2);
    const unconfirmed = h.deadLetters.filter((d) => d.letterId === letterId);
    expect(unconfirmed.map((d) => d.reason)).toEqual(["unconfirmed"]);
    expect(unconfirmed[0]?.messageId).toMatch(/^<[0-9a-f]{40}@samverkan\.test>$/);
  });

  it("R23 a failing mail server is retried with backoff, then dead-lettered; a redrive then delivers each person once", async () => {
    sink.refuse(true);
    const before = sink.attempts();
    const outcome = await h.run(deliverWithRetry(n, fast));
    expect(outcome).toBeNull();
    // Four tries (one and three retries) for each of the two people.
    expect(sink.attempts() - before).toBe(8);
    expect(sink.received).toHaveLength(0);
    const [dead] = h.deadLetters.filter((d) => d.letterId === letterId);
    expect(dead?.reason).toBe("undeliverable");
    expect(dead?.error).toContain("Try again later");

    sink.refuse(false);
    await h.run(deliverPublished(dead?.notification as Notification));
    await h.run(deliverPublished(dead?.notification as Notification));
    expect(sink.received).toHaveLength(2);
  });
});
