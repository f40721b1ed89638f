import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digestKeys, personId } from "../../src/index";
import { createMailHarness, LTU, type MailHarness, NOK, PEOPLE } from "./support/mail-harness";
import { type SmtpSink, startSmtpSink } from "./support/smtp-sink";

let sink: SmtpSink;
let h: MailHarness;
const letterId = "digest-letter";

beforeAll(async () => {
  sink = await startSmtpSink();
  h = await createMailHarness(sink);
  await h.seed(letterId);
  await h.contacts(letterId, LTU, [PEOPLE.anna]);
  await h.contacts(letterId, NOK, [PEOPLE.per]);
  await h.policy(letterId, { leadDays: [30, 7], digest: true }, "2026-11-30");
  await h.enforce("2026-12-01");
});
afterAll(async () => {
  await h.close();
  await sink.close();
});

describe("R23 the daily digest", () => {
  it("R23 with a digest policy each person gets one message a day with every reminder of the day", () => {
    expect(sink.to(PEOPLE.per.email).map((m) => m.subject)).toEqual([
      "Samverkan: 4 påminnelser 1 december 2026",
    ]);
    expect(sink.to(PEOPLE.anna.email).map((m) => m.subject)).toEqual([
      "Samverkan: 4 reminders on 1 December 2026",
    ]);
    const [digest] = sink.to(PEOPLE.per.email);
    expect(digest?.text).toContain("Påminnelse: ledningsdialog senast 31 december 2026");
    expect(digest?.text).toContain("Försenat: ledningsdialog senast 30 juni 2026");
    const ics = digest?.attachments[0]?.content.toString("utf8") ?? "";
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
    expect(events).toHaveLength(4);
  });

  it("R23 R22 the digest is sent once however often the run runs, and each reminder records it", async () => {
    await h.enforce("2026-12-01");
    await h.enforce("2026-12-02");
    expect(sink.received).toHaveLength(2);
    // D-62: each person's digest of the day is marked sent in their person-day, by opaque id.
    for (const person of [PEOPLE.per, PEOPLE.anna]) {
      const mark = await h.item(digestKeys.delivery("2026-12-01", personId(person.email), 1));
      expect(mark?.status).toBe("sent");
    }
    for (const note of await h.notifications(letterId))
      expect(note.delivery).toMatchObject({
        status: "told",
        told: 2,
        digest: "digest:2026-12-01",
      });
  });

  it("R22 the letter's lead times apply: the next reminder comes 7 days before, in the next day's digest", async () => {
    await h.enforce("2026-12-24");
    expect(sink.to(PEOPLE.per.email).map((m) => m.subject)).toEqual([
      "Samverkan: 4 påminnelser 1 december 2026",
      "Samverkan: 3 påminnelser 24 december 2026",
    ]);
  });
});
