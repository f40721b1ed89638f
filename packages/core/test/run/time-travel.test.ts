import {
  addDays,
  type CalendarDate,
  date,
  type LetterOfIntent,
  letterReminders,
} from "@samverkan/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "../support/harness";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const topics = {
  outsideWorld: "EU funds",
  trends: "AI",
  futureChallenges: "Teacher supply",
  directionAdjustments: "No adjustment",
};

/**
 * What a perfect daily run would send: the domain's own planner, each day on the letter's head as
 * it stood that day (a held dialog leaves the head, so the final head alone would forget it).
 */
function expectedByDay(headOn: (day: string) => LetterOfIntent, from: string, to: string) {
  const sent = new Map<string, string>();
  for (let day = date(from); day <= to; day = addDays(day, 1)) {
    for (const r of letterReminders(headOn(day), day as CalendarDate))
      if (!sent.has(r.key)) sent.set(r.key, day);
  }
  return sent;
}

describe("time travel: the LTU–NoK letter run day by day", () => {
  it("R22 R10 R12 R13 R15 two years of daily runs: every reminder once, on the right day, and nothing else", async () => {
    await h.seed("two-years", "2025-10-01");
    // The collaboration group and the dialogs are planned at the start; some half-years hold one.
    await h.command("two-years", "2025-10-01", {
      type: "SetCollaborationGroup",
      members: [
        { name: "Nora", orgNumber: "222000-0653" },
        { name: "Lars", orgNumber: "202100-2841" },
      ],
      setOn: "2025-10-01",
    });
    await h.command("two-years", "2025-10-01", {
      type: "ScheduleDialog",
      dialogId: "spring-2026",
      scheduledOn: "2026-05-20",
    });
    await h.command("two-years", "2025-10-01", {
      type: "ScheduleDialog",
      dialogId: "spring-2027",
      scheduledOn: "2027-04-15",
    });
    const onDay: Record<string, Record<string, unknown>[]> = {
      "2026-05-01": [
        {
          type: "SubmitDialogBasis",
          dialogId: "spring-2026",
          submittedOn: "2026-05-01",
          summary: "Needs",
        },
      ],
      "2026-05-20": [
        {
          type: "RecordDialog",
          dialogId: "spring-2026",
          heldOn: "2026-05-20",
          topics,
          needsReview: { needs: [] },
        },
      ],
      "2026-12-10": [
        { type: "RecordStructureReview", year: 2026, reviewedOn: "2026-12-10", summary: "Forums" },
      ],
      "2027-04-15": [
        { type: "RecordDialog", dialogId: "spring-2027", heldOn: "2027-04-15", topics },
      ],
    };
    const runs: Array<{ day: string; sent: number }> = [];
    const heads: Array<{ from: string; head: LetterOfIntent }> = [
      { from: "2025-10-01", head: await h.letter("two-years") },
    ];
    for (let day = date("2025-10-01"); day <= "2027-09-30"; day = addDays(day, 1)) {
      for (const command of onDay[day] ?? []) await h.command("two-years", day, command);
      if (onDay[day]) heads.push({ from: day, head: await h.letter("two-years") });
      const summary = await h.enforce(day);
      runs.push({ day, sent: summary.notificationsSent });
    }
    const stored = await h.notifications("two-years");
    const actual = new Map(stored.map((n) => [n.key as string, n.sentOn as string]));
    const headOn = (day: string) =>
      (heads.findLast((h) => h.from <= day) ?? (heads[0] as (typeof heads)[0])).head;
    expect([...actual.entries()].sort()).toEqual(
      [...expectedByDay(headOn, "2025-10-01", "2027-09-30").entries()].sort(),
    );
    // Before its basis came in on 1 May, the spring dialog's basis was reminded 14 days ahead.
    expect(actual.get("dialog-basis:spring-2026#due-in-14-days")).toBe("2026-04-22");
    expect(h.published.filter((n) => n.letterId === "two-years")).toHaveLength(stored.length);
    // Spot checks a coordinator would recognise:
    expect(actual.get("half-year-dialog:2026-H1#due-in-30-days")).toBeUndefined(); // held 20 May, before the 31 May reminder
    expect(actual.get("half-year-dialog:2026-H2#due-in-30-days")).toBe("2026-12-01");
    expect(actual.get("half-year-dialog:2026-H2#overdue")).toBe("2027-01-01");
    expect(actual.get("dialog-basis:spring-2027#due-in-14-days")).toBe("2027-03-18");
    expect(actual.get("dialog-basis:spring-2027#overdue")).toBe("2027-04-02");
    expect(actual.get("annual-needs-review:2027#due-in-30-days")).toBeUndefined(); // not yet on 2027-09-30
    expect(actual.get("structure-review:2026#due-in-30-days")).toBe("2026-12-01");
    expect(actual.has("structure-review:2026#overdue")).toBe(false);
    expect(runs.filter((r) => r.sent > 0).length).toBeGreaterThan(5);
  });

  it("R18 R20 R22 notice on 30 Nov ends the letter on 28 Feb: recorded once, alerted once, nothing due after", async () => {
    await h.seed("noticed", "2025-10-01");
    await h.command(
      "noticed",
      "2026-11-30",
      { type: "GiveTerminationNotice", receivedOn: "2026-11-30" },
      "202100-2841",
    );
    for (let day = date("2026-11-30"); day <= "2027-12-31"; day = addDays(day, 1))
      await h.enforce(day);
    const letter = await h.letter("noticed");
    expect(letter.endedOn).toBe("2027-02-28");
    const stored = await h.notifications("noticed");
    const byKey = new Map(stored.map((n) => [n.key as string, n.sentOn as string]));
    expect(byKey.get("notice#notice-period-ending")).toBe("2027-01-29");
    expect(byKey.get("notice#letter-ended")).toBe("2027-03-01");
    expect(stored.filter((n) => (n.sentOn as string) > "2027-03-01")).toEqual([]);
    // Obligations due after the end lapsed and are not reminded: the whole of 2027 is quiet after 1 March.
    expect([...byKey.keys()].some((key) => key.includes("2027-H1") || key.includes(":2027#"))).toBe(
      false,
    );
  });
});
