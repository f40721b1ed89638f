import { addDays, type CalendarDate, date, type LetterCommand } from "@samverkan/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handle, letterAggregate } from "../../src/index";
import {
  createMailHarness,
  LTU,
  type MailHarness,
  NOK,
  PEOPLE,
} from "../mail/support/mail-harness";
import { type SmtpSink, startSmtpSink } from "../mail/support/smtp-sink";

// The daily run on DynamoDB Local with real SMTP: the letter's duties due 31 December 2026 (the
// second half-year's dialog, the year's needs review and structure review), reminded by the
// default policy (30, 14, 7, 1 days) and then by policies both parties agreed on (D-31).

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

const everyDay = async (from: string, to: string) => {
  for (let day = date(from); day <= date(to); day = addDays(day, 1) as CalendarDate)
    await h.enforce(day);
};
/** The run's reminders of the duties due on 31 December, as `sentOn key`. */
const remindersOf = async (letterId: string) =>
  (await h.notifications(letterId))
    .filter((n) => n.dueOn === "2026-12-31" && n.kind !== "policy-proposed")
    .map((n) => `${n.sentOn} ${n.key}`)
    .sort();
const dutiesDue = async (letterId: string) =>
  new Set((await remindersOf(letterId)).map((line) => line.split(" ")[1]?.split("#")[0]));

describe("R22 D-31 finding: each new lead time re-sends every reminder — at most one catch-up per duty", () => {
  it("R22 changing [30,14,7,1] to [30,14,7,2] re-sends nothing for duties already reminded in the window; 2 days before is the next", async () => {
    const letterId = "seven-to-two";
    await h.seed(letterId);
    await everyDay("2026-12-01", "2026-12-26");
    const before = await remindersOf(letterId);
    const duties = await dutiesDue(letterId);
    expect(duties.size).toBeGreaterThanOrEqual(3);
    // 30, 14 and 7 days before: three reminders per duty so far.
    expect(before).toHaveLength(3 * duties.size);
    await h.policy(letterId, { leadDays: [30, 14, 7, 2], digest: false }, "2026-12-26");
    await h.enforce("2026-12-26");
    await h.enforce("2026-12-27");
    await h.enforce("2026-12-28");
    expect(await remindersOf(letterId)).toEqual(before);
    await everyDay("2026-12-29", "2026-12-31");
    const added = (await remindersOf(letterId)).filter((line) => !before.includes(line));
    expect(added).toHaveLength(duties.size);
    for (const line of added) expect(line).toMatch(/^2026-12-29 .*#due-in-2-days$/);
  });

  it("R22 four changes in the 7-day window: at most one catch-up per duty, where each change used to re-send them all", async () => {
    const letterId = "four-changes";
    await h.seed(letterId);
    await everyDay("2026-12-01", "2026-12-26");
    const before = await remindersOf(letterId);
    const duties = await dutiesDue(letterId);
    const changes = [
      [30, 14, 8, 1], // the 8-day window had the 7-day reminder: nothing
      [30, 14, 6, 1], // the 6-day window opened yesterday with none: one catch-up per duty
      [30, 14, 5, 1], // the catch-up of today is in the 5-day window: nothing
      [30, 14, 6, 2], // a duty's catch-up was sent: never another
    ];
    const perChange: number[] = [];
    for (const leadDays of changes) {
      const sentBefore = (await remindersOf(letterId)).length;
      await h.policy(letterId, { leadDays, digest: false }, "2026-12-26");
      await h.enforce("2026-12-26");
      await h.enforce("2026-12-27");
      perChange.push((await remindersOf(letterId)).length - sentBefore);
    }
    expect(perChange).toEqual([0, duties.size, 0, 0]);
    const added = (await remindersOf(letterId)).filter((line) => !before.includes(line));
    expect(added).toEqual([...duties].map((duty) => `2026-12-26 ${duty}#catch-up`).sort());
  });

  it("R23 D-31 finding: one party can switch off the other's reminders — the other party is told of a proposal, once, by mail", async () => {
    const letterId = "told";
    await h.seed(letterId);
    await h.contacts(letterId, LTU, [PEOPLE.anna]);
    await h.contacts(letterId, NOK, [PEOPLE.per]);
    await h.run(
      // NoK proposes to switch the advance reminders off; LTU's Anna is told, NoK's Per is not.
      handle(
        letterAggregate,
        { letterId },
        {
          type: "ProposeReminderPolicy",
          actor: { sub: "nora", orgNumber: NOK, roles: ["coordinator"] },
          proposalId: "switch-off",
          policy: { leadDays: [0], digest: false },
          on: date("2026-12-01"),
        } as LetterCommand,
        { actor: { sub: "nora", orgNumber: NOK }, requestId: "r1", reply: () => null },
      ),
    );
    const seenBefore = sink.received.length;
    await h.enforce("2026-12-01");
    await h.enforce("2026-12-02");
    const toAnna = sink.to(PEOPLE.anna.email).filter((m) => m.subject?.includes("reminders"));
    expect(toAnna.map((m) => m.subject)).toContain("To answer: a proposed change of reminders");
    expect(toAnna.find((m) => m.subject?.startsWith("To answer"))?.text).toContain(
      "reminders 0 days before each date",
    );
    expect(sink.to(PEOPLE.per.email).some((m) => m.subject?.startsWith("Att besvara"))).toBe(false);
    expect(sink.received.length).toBeGreaterThan(seenBefore);
    // Until LTU accepts, the default lead times still apply: the 30-day reminders went out.
    expect((await remindersOf(letterId)).some((l) => l.endsWith("#due-in-30-days"))).toBe(true);
  });
});
