import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digestKeys, personId } from "../../src/index";
import { createMailHarness, LTU, type MailHarness, NOK, PEOPLE } from "./support/mail-harness";
import { type SmtpSink, startSmtpSink } from "./support/smtp-sink";
import { seedTitled } from "./support/titled-letter";

// D-62: one reminder digest per person and day, across every letter with a digest policy.
const FINDING =
  "finding: reminder mail for several letters on one day comes as one digest per letter";
const DAY = "2026-12-01";
const LETTERS = [
  { id: "pd-bothnia", title: "Avsiktsförklaring Bottenviken" },
  { id: "pd-kalix", title: "Avsiktsförklaring Kalixälven" },
  { id: "pd-torne", title: "Avsiktsförklaring Torneälven" },
];

let sink: SmtpSink;
let h: MailHarness;

beforeAll(async () => {
  sink = await startSmtpSink();
  h = await createMailHarness(sink);
  for (const [i, { id, title }] of LETTERS.entries()) {
    await seedTitled(h, id, title);
    await h.contacts(id, LTU, [PEOPLE.anna]);
    // Karin is a contact in the first letter only.
    await h.contacts(id, NOK, i === 0 ? [PEOPLE.per, PEOPLE.karin] : [PEOPLE.per]);
    await h.policy(id, { leadDays: [30, 7], digest: true }, "2026-11-30");
  }
  await h.enforce(DAY);
});
afterAll(async () => {
  await h.close();
  await sink.close();
});

describe("D-62 R23 one digest per person and day across letters", () => {
  it(`${FINDING} — R23 R10 R13 R15 a person in three letters with reminders on one day receives exactly one mail listing all three`, () => {
    const mails = sink.to(PEOPLE.per.email);
    expect(mails.map((m) => m.subject)).toEqual(["Samverkan: 12 påminnelser 1 december 2026"]);
    const text = mails[0]?.text ?? "";
    expect(text).toContain("Här är dagens 12 påminnelser från 3 avsiktsförklaringar.");
    // Grouped by letter: each title a heading, in the order of their earliest due date then id.
    const headings = LETTERS.map(({ title }) =>
      text.indexOf(`${title}\n${"-".repeat(title.length)}`),
    );
    expect(headings.every((at) => at >= 0)).toBe(true);
    expect([...headings].sort((a, b) => a - b)).toEqual(headings);
    // Each reminder with its own letter's link.
    for (const { id } of LETTERS)
      expect(text).toContain(`https://samverkan.test/avtal/${id}/dialoger`);
    expect(text).toContain("Påminnelse: ledningsdialog senast 31 december 2026");
    expect(mails[0]?.html).toContain("<h2");
    const ics = mails[0]?.attachments[0]?.content.toString("utf8") ?? "";
    expect(new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent")).toHaveLength(12);
  });

  it(`${FINDING} — R23 two people get their own digests, each in their language with their letters only`, () => {
    expect(sink.to(PEOPLE.anna.email).map((m) => m.subject)).toEqual([
      "Samverkan: 12 reminders on 1 December 2026",
    ]);
    expect(sink.to(PEOPLE.anna.email)[0]?.text).toContain(
      "Here are today's 12 reminders from 3 letters of intent",
    );
    // Karin is in one letter: her digest is that letter's alone.
    const karin = sink.to(PEOPLE.karin.email);
    expect(karin.map((m) => m.subject)).toEqual(["Samverkan: 4 påminnelser 1 december 2026"]);
    expect(karin[0]?.text).toContain(`Här är dagens 4 påminnelser för ”${LETTERS[0]?.title}”.`);
    expect(karin[0]?.text).not.toContain(LETTERS[1]?.title);
    expect(sink.received).toHaveLength(3);
  });

  it(`${FINDING} — R22 R23 rerunning the day or running the next sends no person a second digest, and each reminder records whom it told`, async () => {
    await h.enforce(DAY);
    await h.enforce("2026-12-02");
    expect(sink.received).toHaveLength(3);
    for (const person of [PEOPLE.per, PEOPLE.anna, PEOPLE.karin]) {
      const mark = await h.item(digestKeys.delivery(DAY, personId(person.email), 1));
      expect(mark?.status).toBe("sent");
    }
    for (const { id } of LETTERS)
      for (const note of await h.notifications(id))
        expect(note.delivery).toMatchObject({
          status: "told",
          told: id === LETTERS[0]?.id ? 3 : 2,
          digest: `digest:${DAY}`,
        });
    // Everything of the day is sent: the day's index is empty again.
    expect(await h.item(digestKeys.dayEntry(DAY, personId(PEOPLE.per.email)))).toBeNull();
  });

  it(`${FINDING} — D-62 the digest items hold no address or name: people by opaque id, with a time to live`, async () => {
    const line = await h.item(
      digestKeys.line(DAY, personId(PEOPLE.per.email), LETTERS[0]?.id ?? ""),
    );
    expect(line?.orgNumbers).toEqual([NOK]);
    expect(line?.part).toBe(1);
    const stored = JSON.stringify(line);
    for (const person of [PEOPLE.per, PEOPLE.karin, PEOPLE.anna]) {
      expect(stored).not.toContain(person.email);
      expect(stored).not.toContain(person.name);
    }
    const now = Math.floor(Date.now() / 1000);
    expect(Number(line?.expiresAt)).toBeGreaterThan(now);
    expect(Number(line?.expiresAt)).toBeLessThanOrEqual(now + 41 * 24 * 3600);
  });
});
