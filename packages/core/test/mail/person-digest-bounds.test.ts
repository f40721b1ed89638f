import { date } from "@samverkan/domain";
import * as Effect from "effect/Effect";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  digestKeys,
  enforce,
  MAX_REMINDERS_PER_LINE,
  Notifier,
  personId,
  sendPersonDigests,
} from "../../src/index";
import { MAX_DIGEST_EVENTS, MAX_LETTERS_PER_DIGEST } from "../../src/mail/compose-person-digest";
import { writeDigestLine } from "../../src/store/person-digest-store";
import { createMailHarness, type MailHarness, NOK, PEOPLE } from "./support/mail-harness";
import { type SmtpSink, startSmtpSink } from "./support/smtp-sink";
import { seedTitled } from "./support/titled-letter";

// D-62: a person's digest across letters is sent once whatever stops the run, and is bounded.
const FINDING =
  "finding: reminder mail for several letters on one day comes as one digest per letter";
const DAY = "2026-12-01";

let sink: SmtpSink;
const harnesses: MailHarness[] = [];
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await Promise.all(harnesses.map((h) => h.close()));
  await sink.close();
});

/** A fresh table with `count` digest letters in which `email` is NoK's contact. */
async function lettersFor(email: string, count: number) {
  const h = await createMailHarness(sink);
  harnesses.push(h);
  for (let i = 0; i < count; i++) {
    const id = `${email.split("@")[0]}-${String(i).padStart(3, "0")}`;
    await seedTitled(h, id, `Avsiktsförklaring nr ${i + 1}`);
    await h.contacts(id, NOK, [{ ...PEOPLE.per, email }]);
    await h.policy(id, { leadDays: [30, 7], digest: true }, "2026-11-30");
  }
  return h;
}

/** The run, with the bus (here: the mailer) dying at a person's digest, before or after it publishes. */
const crashingRun = (h: MailHarness, asOf: string, when: "before" | "after") =>
  h.run(
    Effect.gen(function* () {
      const real = yield* Notifier;
      const crash = Effect.die(new Error("the run stopped"));
      return yield* enforce(date(asOf), { runId: "crashed" }).pipe(
        Effect.provideService(Notifier, {
          publish: (n) =>
            n.kind !== "person-digest"
              ? real.publish(n)
              : when === "before"
                ? crash
                : real.publish(n).pipe(Effect.andThen(crash)),
        }),
      );
    }),
  );
/** A later run, after the crashed run's claims have lapsed (leaseMs 0 stands for "later"). */
const retry = (h: MailHarness, asOf: string) =>
  h.run(enforce(date(asOf), { runId: "retry", leaseMs: 0 }));

describe("D-62 R22 R23 a person's digest across letters: once, and bounded", () => {
  it(`${FINDING} — R22 R23 R10 a run that stops between recording the reminders and sending the digest, run again, sends exactly one mail with every letter`, async () => {
    const email = "stopped.before@nok.test";
    const h = await lettersFor(email, 2);
    await expect(crashingRun(h, DAY, "before")).rejects.toThrow();
    expect(sink.to(email)).toHaveLength(0);
    const again = await retry(h, DAY);
    expect(again.personDigestsSent).toBe(1);
    await retry(h, DAY);
    const mails = sink.to(email);
    expect(mails.map((m) => m.subject)).toEqual(["Samverkan: 8 påminnelser 1 december 2026"]);
    expect(mails[0]?.text).toContain("Avsiktsförklaring nr 1");
    expect(mails[0]?.text).toContain("Avsiktsförklaring nr 2");
  });

  it(`${FINDING} — R22 R23 a run that stops after publishing the digest but before marking it, run again, sends no second mail`, async () => {
    const email = "stopped.after@nok.test";
    const h = await lettersFor(email, 2);
    await expect(crashingRun(h, DAY, "after")).rejects.toThrow();
    expect(sink.to(email)).toHaveLength(1);
    await retry(h, DAY);
    await retry(h, DAY);
    expect(sink.to(email)).toHaveLength(1);
    const mark = await h.item(digestKeys.publication(DAY, personId(email), 1));
    expect(mark?.status).toBe("sent");
  });

  it(`${FINDING} — R22 R23 a day whose run stopped before its digests is sent by the next day's run, once, under its own day`, async () => {
    const email = "stopped.overnight@nok.test";
    const h = await lettersFor(email, 2);
    await expect(crashingRun(h, DAY, "before")).rejects.toThrow();
    await retry(h, "2026-12-02");
    await retry(h, "2026-12-02");
    expect(sink.to(email).map((m) => m.subject)).toEqual([
      "Samverkan: 8 påminnelser 1 december 2026",
    ]);
  });

  it(`${FINDING} — R22 R23 two runs at once: every reminder of the day reaches the person once, none lost or repeated`, async () => {
    const email = "two.runs@nok.test";
    const h = await lettersFor(email, 3);
    await Promise.all([
      h.run(enforce(date(DAY), { runId: "a" })),
      h.run(enforce(date(DAY), { runId: "b" })),
    ]);
    await retry(h, DAY);
    const mails = sink.to(email);
    // Usually one mail; a second part only for lines written after the first was published.
    expect(mails.length).toBeGreaterThanOrEqual(1);
    const links = mails.flatMap((m) => m.text?.match(/^Öppna i Samverkan: .+$/gm) ?? []);
    expect(links).toHaveLength(12);
    const reminders = mails.flatMap((m) => m.text?.match(/^(Påminnelse|Försenat): .+$/gm) ?? []);
    expect(reminders).toHaveLength(12);
  });

  it(`${FINDING} — R23 R10 R13 R15 the 51st letter is summarised: one digest lists ${MAX_LETTERS_PER_DIGEST} letters and sends the rest to Mina uppgifter`, async () => {
    const email = "many.letters@nok.test";
    const h = await lettersFor(email, MAX_LETTERS_PER_DIGEST + 1);
    await h.enforce(DAY);
    const mails = sink.to(email);
    expect(mails).toHaveLength(1);
    const text = mails[0]?.text ?? "";
    expect(mails[0]?.subject).toBe("Samverkan: 204 påminnelser 1 december 2026");
    expect(text.match(/^Avsiktsförklaring nr \d+$/gm)).toHaveLength(MAX_LETTERS_PER_DIGEST);
    expect(text).toContain(
      "Du har också påminnelser i 1 avsiktsförklaring till. Du ser dem under Mina uppgifter.",
    );
    expect(text).toContain("Öppna Mina uppgifter: https://samverkan.test/uppgifter");
    // The calendar file is bounded too: the first due dates listed.
    const ics = mails[0]?.attachments[0]?.content.toString("utf8") ?? "";
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
    expect(events).toHaveLength(MAX_DIGEST_EVENTS);
    // Measured: the message stays small enough for any mail server (well below 1 MB).
    expect(Buffer.byteLength(text) + Buffer.byteLength(mails[0]?.html || "")).toBeLessThan(400_000);
  });

  it(`${FINDING} — R23 a letter's reminders beyond ${MAX_REMINDERS_PER_LINE} a day are counted, not kept, and the digest says where they are`, async () => {
    const email = "many.reminders@nok.test";
    const h = await lettersFor(email, 1);
    const day = "2026-12-05";
    const reminder = {
      kind: "due-in-30-days",
      rule: "R10",
      dueOn: "2027-01-04",
      sentOn: day,
      recipients: [NOK],
      message: "Due on 2027-01-04",
      about: { duty: "half-year-dialog", period: "2027-H1" },
    };
    const reminders = Array.from({ length: MAX_REMINDERS_PER_LINE + 10 }, (_, i) => ({
      ...reminder,
      key: `half-year-dialog:2027-H1#${i}`,
    }));
    const letterId = "many.reminders-000";
    const nowMs = Date.now();
    await h.run(
      writeDigestLine(day, personId(email), { letterId, orgNumbers: [NOK], reminders }, nowMs),
    );
    const line = await h.item(digestKeys.line(day, personId(email), letterId));
    expect(line?.reminders).toHaveLength(MAX_REMINDERS_PER_LINE);
    expect(line?.more).toBe(10);
    // Measured: a full line item stays far below DynamoDB's 400 KB item limit.
    expect(Buffer.byteLength(JSON.stringify(line))).toBeLessThan(64_000);
    const sent = await h.run(
      sendPersonDigests(date(day), { runId: "bounds", leaseMs: 0, nowMs: () => nowMs }),
    );
    expect(sent.sent).toBe(1);
    const mail = sink.to(email).at(-1);
    expect(mail?.subject).toBe("Samverkan: 60 påminnelser 5 december 2026");
    expect(mail?.text).toContain(
      "Ytterligare 10 påminnelser för den här avsiktsförklaringen finns under Mina uppgifter.",
    );
  });
});
