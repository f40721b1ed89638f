import { ContactList, date } from "@samverkan/domain";
import { keys } from "@samverkan/table";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTACTS_NAMED_WATCH, replaceContacts } from "../../src/index";
import { createMailHarness, LTU, type MailHarness, NOK, PEOPLE } from "./support/mail-harness";
import { type SmtpSink, startSmtpSink } from "./support/smtp-sink";

let sink: SmtpSink;
let h: MailHarness;

beforeAll(async () => {
  sink = await startSmtpSink();
  h = await createMailHarness(sink);
});
afterAll(async () => {
  await h.close();
  await sink.close();
});

// On 1 December 2026 the letter signed 2025-10-01 has four reminders due (reminder-mail.test.ts):
// the first half-year's missed dialog (an overdue alert), and 30 days before the second
// half-year, the needs review and the structure review.
const REMINDERS = 4;
const actor = { sub: "coordinator", orgNumber: LTU };
/** A coordinator names their organisation's contacts on `today`, as PUT …/contacts does. */
const name = (letterId: string, orgNumber: string, contacts: unknown[], today: string) =>
  h.run(
    replaceContacts(
      letterId,
      ContactList.parse({ orgNumber, contacts }),
      actor,
      `${today}T09:00:00Z`,
      undefined,
      date(today),
    ),
  );
const mailTo = (address: string) => sink.to(address).map((m) => m.subject);

describe("finding: reminders to nobody count as sent — R23 R22 D-30", () => {
  const letterId = "nobody-first";

  it("finding: reminders to nobody count as sent — R23 D-30 a run with no contacts records its reminders as not delivered, and says so in its summary", async () => {
    await h.seed(letterId);
    const summary = await h.enforce("2026-12-01");
    expect(summary).toMatchObject({
      notificationsSent: REMINDERS,
      notificationsDelivered: 0,
      notificationsNotDelivered: REMINDERS,
      notificationsCaughtUp: 0,
    });
    const notes = await h.notifications(letterId);
    expect(notes).toHaveLength(REMINDERS);
    for (const note of notes)
      expect(note.delivery).toMatchObject({
        status: "not-delivered",
        told: 0,
        organisationsWithoutContacts: [NOK, LTU],
      });
    expect(sink.received).toHaveLength(0);
  });

  it("finding: reminders to nobody count as sent — R23 D-30 naming contacts leaves a watch, and the next run delivers what that organisation is owed, once", async () => {
    await name(letterId, LTU, [PEOPLE.anna], "2026-12-01");
    expect(await h.item(keys.watch(letterId, CONTACTS_NAMED_WATCH))).toMatchObject({
      on: "2026-12-01",
    });
    const summary = await h.enforce("2026-12-02");
    expect(summary).toMatchObject({ notificationsSent: 0, notificationsCaughtUp: REMINDERS });
    expect(mailTo(PEOPLE.anna.email)).toHaveLength(REMINDERS);
    expect(mailTo(PEOPLE.anna.email)).toContain("Reminder: leadership dialog due 31 December 2026");
    expect(sink.received).toHaveLength(REMINDERS);
    // The run set the letter's watches afterwards: the catch-up's watch is gone.
    expect(await h.item(keys.watch(letterId, CONTACTS_NAMED_WATCH))).toBeNull();
    const note = (await h.notifications(letterId)).find(
      (n) => n.key === "half-year-dialog:2026-H2#due-in-30-days",
    );
    expect(note?.delivery).toMatchObject({
      status: "partly-told",
      told: 1,
      organisationsWithoutContacts: [NOK],
    });
  });

  it("finding: reminders to nobody count as sent — R23 R22 D-30 repeating the run sends nothing more; the other party's contacts get theirs when named, once", async () => {
    for (const day of ["2026-12-02", "2026-12-03"])
      expect(await h.enforce(day)).toMatchObject({ notificationsCaughtUp: 0 });
    expect(sink.received).toHaveLength(REMINDERS);
    await name(letterId, NOK, [PEOPLE.per, PEOPLE.karin], "2026-12-03");
    // Two runs on the same day, and the next: each person still has each reminder once.
    await h.enforce("2026-12-03");
    await h.enforce("2026-12-03");
    await h.enforce("2026-12-04");
    for (const person of Object.values(PEOPLE))
      expect(mailTo(person.email)).toHaveLength(REMINDERS);
    expect(sink.received).toHaveLength(3 * REMINDERS);
    const note = (await h.notifications(letterId)).find(
      (n) => n.key === "half-year-dialog:2026-H2#due-in-30-days",
    );
    expect(note?.delivery).toMatchObject({
      status: "told",
      told: 3,
      organisationsWithoutContacts: [],
    });
  });

  it("finding: reminders to nobody count as sent — R23 D-30 a reminder whose due date has passed is not delivered late; the overdue alert is", async () => {
    const late = "nobody-late";
    await h.seed(late);
    await h.enforce("2026-12-01");
    // Contacts named after the second half-year's due date (31 December 2026).
    await name(late, LTU, [{ ...PEOPLE.anna, email: "anna.late@ltu.test" }], "2027-01-05");
    await h.enforce("2027-01-05");
    const subjects = mailTo("anna.late@ltu.test");
    expect(new Set(subjects).size).toBe(subjects.length);
    expect(subjects).not.toContain("Reminder: leadership dialog due 31 December 2026");
    expect(subjects).toContain("Overdue: leadership dialog due 31 December 2026");
    // The 30-day reminder that nobody got stays not delivered: it no longer matters.
    const note = (await h.notifications(late)).find(
      (n) => n.key === "half-year-dialog:2026-H2#due-in-30-days",
    );
    expect(note?.delivery).toMatchObject({ status: "not-delivered" });
  });

  it("finding: reminders to nobody count as sent — R23 D-27 D-30 in a digest letter the catch-up tells only those who had nothing, each reminder once", async () => {
    const digest = "nobody-digest";
    await h.seed(digest);
    await h.policy(digest, { leadDays: [30, 14, 7, 1], digest: true }, "2026-11-01");
    await name(digest, NOK, [{ ...PEOPLE.per, email: "per.digest@nok.test" }], "2026-11-01");
    await h.enforce("2026-12-01");
    // NoK's person had the day's digest; LTU had nobody.
    expect(mailTo("per.digest@nok.test")).toHaveLength(1);
    await name(digest, LTU, [{ ...PEOPLE.anna, email: "anna.digest@ltu.test" }], "2026-12-01");
    await h.enforce("2026-12-02");
    await h.enforce("2026-12-02");
    expect(mailTo("anna.digest@ltu.test")).toHaveLength(REMINDERS);
    expect(new Set(mailTo("anna.digest@ltu.test")).size).toBe(REMINDERS);
    expect(mailTo("per.digest@nok.test")).toHaveLength(1);
  });
});
