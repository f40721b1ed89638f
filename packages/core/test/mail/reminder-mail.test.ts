import ICAL from "ical.js";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stockholmDate } from "../../src/index";
import { createMailHarness, LTU, type MailHarness, NOK, PEOPLE } from "./support/mail-harness";
import { type SmtpSink, startSmtpSink } from "./support/smtp-sink";

let sink: SmtpSink;
let h: MailHarness;
const letterId = "mail-letter";

beforeAll(async () => {
  sink = await startSmtpSink();
  h = await createMailHarness(sink);
  await h.seed(letterId);
  await h.contacts(letterId, LTU, [PEOPLE.anna]);
  await h.contacts(letterId, NOK, [PEOPLE.per, PEOPLE.karin]);
  // 1 December 2026: 30 days before the second half-year ends without a dialog (R10).
  await h.enforce("2026-12-01");
});
afterAll(async () => {
  await h.close();
  await sink.close();
});

// On 1 December 2026 the letter signed 2025-10-01 has four reminders due: the first half-year's
// missed dialog, and 30 days before the second half-year, the needs review and the structure review.
const REMINDERS = 4;
const halfYear = (address: string) =>
  sink
    .to(address)
    .filter((m) => m.subject?.match(/ledningsdialog senast 31|leadership dialog due 31/));

const calendarOf = (mail: ParsedMail) => {
  const ics = mail.attachments.find((a) => a.contentType.startsWith("text/calendar"));
  return new ICAL.Component(ICAL.parse(ics?.content.toString("utf8") ?? ""));
};

describe("R23 reminders reach people by mail", () => {
  it("R23 R22 each contact of both parties gets the reminder once, in their language, with what and when in the subject", () => {
    const subjects = (address: string) => halfYear(address).map((m) => m.subject);
    expect(subjects(PEOPLE.per.email)).toEqual([
      "Påminnelse: ledningsdialog senast 31 december 2026",
    ]);
    expect(subjects(PEOPLE.karin.email)).toEqual([
      "Påminnelse: ledningsdialog senast 31 december 2026",
    ]);
    expect(subjects(PEOPLE.anna.email)).toEqual([
      "Reminder: leadership dialog due 31 December 2026",
    ]);
    for (const person of Object.values(PEOPLE))
      expect(sink.to(person.email)).toHaveLength(REMINDERS);
    expect(sink.to(PEOPLE.per.email).map((m) => m.subject)).toContain(
      "Försenat: ledningsdialog senast 30 juni 2026",
    );
  });

  it("R23 the message says what is due, the rule, the clause, what fulfils it and where to act, as text and HTML", () => {
    const [mail] = halfYear(PEOPLE.per.email) as [ParsedMail];
    for (const part of [mail.text ?? "", mail.html || ""]) {
      expect(part).toContain("Senast 31 december 2026 (om 30 dagar).");
      expect(part).toContain("R10, avsnittet ”Samverkan på ledningsnivå och uppföljning”");
      expect(part).toContain("En ledningsdialog hålls och dokumenteras under perioden 2026-H2.");
      expect(part).toContain(`https://samverkan.test/avtal/${letterId}/dialoger`);
    }
    expect(mail.headers.get("auto-submitted")).toBe("auto-generated");
    // Dated by the system's clock: a day played forward (SAMVERKAN_TODAY) is the mail's day too.
    expect(stockholmDate(mail.date?.getTime() ?? 0)).toBe("2026-12-01");
    const [english] = halfYear(PEOPLE.anna.email) as [ParsedMail];
    expect(english.text).toContain("R10, section “Samverkan på ledningsnivå och uppföljning”");
    expect(english.text).toContain("Due on 31 December 2026 (in 30 days).");
  });

  it("R23 the .ics attachment parses and holds the due date as an all-day event", () => {
    for (const mail of sink.received) {
      const events = calendarOf(mail).getAllSubcomponents("vevent");
      expect(events).toHaveLength(1);
    }
    for (const mail of [...halfYear(PEOPLE.per.email), ...halfYear(PEOPLE.anna.email)]) {
      const event = new ICAL.Event(calendarOf(mail).getFirstSubcomponent("vevent") ?? undefined);
      expect(event.startDate.toString()).toBe("2026-12-31");
      expect(event.startDate.isDate).toBe(true);
      expect(event.uid).toBe(`half-year-dialog:2026-H2@${letterId}.samverkan`);
      expect(event.summary).toMatch(/^(Ledningsdialog|Leadership dialog) \(R10\)$/);
    }
  });

  it("R23 R22 repeated runs send nobody anything twice, and the notification records whom it reached", async () => {
    await h.enforce("2026-12-01");
    await h.enforce("2026-12-02");
    expect(sink.received).toHaveLength(3 * REMINDERS);
    const notes = await h.notifications(letterId);
    expect(notes).toHaveLength(REMINDERS);
    const note = notes.find((n) => n.key === "half-year-dialog:2026-H2#due-in-30-days");
    expect(note?.delivery).toEqual({
      status: "told",
      told: 3,
      pending: 0,
      unconfirmed: 0,
      organisationsWithoutContacts: [],
    });
  });

  it("R23 a letter whose parties keep no contacts tells nobody, and its notification says so", async () => {
    await h.seed("no-contacts");
    await h.enforce("2026-12-03");
    const notes = await h.notifications("no-contacts");
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      expect(note.status).toBe("sent");
      expect(note.delivery).toMatchObject({
        status: "not-delivered",
        told: 0,
        organisationsWithoutContacts: [NOK, LTU],
      });
    }
    expect(sink.received).toHaveLength(3 * REMINDERS);
  });
});
