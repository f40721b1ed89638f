import { describe, expect, it } from "vitest";
import {
  addDays,
  foldLetter,
  type LetterHeadEvent,
  letterReminders,
  type PlannedReminder,
} from "../src/index";
import { coordinatorOf, LTU, NOK, signatoryOf } from "./support/fixtures";
import { historyOf } from "./support/given-when-then";
import { d, holdDialog, letterWithGroup, signedLetter, stateOf } from "./support/letters";

/** Plans reminders day by day as a daily run would, keeping each key the first day it appears. */
function simulateDailyRuns(
  events: LetterHeadEvent[],
  from: string,
  to: string,
): Map<string, { day: string; reminder: PlannedReminder }> {
  const letter = stateOf(events);
  const sent = new Map<string, { day: string; reminder: PlannedReminder }>();
  for (let day = d(from); day <= to; day = addDays(day, 1)) {
    for (const reminder of letterReminders(letter, day)) {
      if (!sent.has(reminder.key)) sent.set(reminder.key, { day, reminder });
    }
  }
  return sent;
}

describe("R22 reminders planned for a date", () => {
  it("R22 the same facts and date give the same reminders with the same keys, run after run", () => {
    const letter = stateOf(signedLetter("2025-10-01"));
    expect(letterReminders(letter, d("2026-06-15"))).toEqual(
      letterReminders(letter, d("2026-06-15")),
    );
    expect(letterReminders(letter, d("2026-06-15")).map((r) => r.key)).toEqual([
      "half-year-dialog:2026-H1#due-in-30-days",
    ]);
  });

  it("R22 day by day: a dialog basis is reminded 30, 14, 7 and 1 days ahead (D-25) and the day after it was due, each once, to both parties", () => {
    const events = historyOf(
      [
        {
          type: "ScheduleDialog",
          actor: coordinatorOf(NOK),
          dialogId: "spring",
          scheduledOn: "2026-04-15",
        },
      ],
      letterWithGroup(),
    );
    const sent = simulateDailyRuns(events, "2026-03-01", "2026-04-30");
    const basis = [...sent.values()].filter(({ reminder }) =>
      reminder.key.startsWith("dialog-basis:spring"),
    );
    expect(basis.map(({ day, reminder }) => [day, reminder.kind])).toEqual([
      ["2026-03-02", "due-in-30-days"],
      ["2026-03-18", "due-in-14-days"],
      ["2026-03-25", "due-in-7-days"],
      ["2026-03-31", "due-in-1-days"],
      ["2026-04-02", "overdue"],
    ]);
    for (const { reminder } of basis)
      expect(reminder.recipients).toEqual([NOK.orgNumber, LTU.orgNumber]);
  });

  it("R22 a submitted basis stops its reminders", () => {
    const events = historyOf(
      [
        {
          type: "ScheduleDialog",
          actor: coordinatorOf(NOK),
          dialogId: "spring",
          scheduledOn: "2026-04-15",
        },
        {
          type: "SubmitDialogBasis",
          actor: coordinatorOf(LTU),
          dialogId: "spring",
          submittedOn: "2026-03-20",
          summary: "x",
        },
      ],
      letterWithGroup(),
    );
    const kinds = [...simulateDailyRuns(events, "2026-03-01", "2026-04-30").keys()].filter((k) =>
      k.startsWith("dialog-basis"),
    );
    expect(kinds).toEqual([
      "dialog-basis:spring#due-in-30-days",
      "dialog-basis:spring#due-in-14-days",
    ]);
  });

  it("R22 over two years: half-years without a dialog are reminded 30, 14, 7 and 1 days before their end and alerted when missed; held ones are not", () => {
    const events = historyOf(
      [...holdDialog("h1", "2026-06-10", true), ...holdDialog("h1-2027", "2027-06-15", true)],
      signedLetter("2025-10-01"),
    );
    const sent = simulateDailyRuns(events, "2025-10-01", "2027-09-30");
    const halfYears = [...sent.values()]
      .filter(({ reminder }) => reminder.key.startsWith("half-year-dialog"))
      .map(({ day, reminder }) => `${day} ${reminder.key}`);
    expect(halfYears).toEqual([
      "2026-05-31 half-year-dialog:2026-H1#due-in-30-days",
      "2026-12-01 half-year-dialog:2026-H2#due-in-30-days",
      "2026-12-17 half-year-dialog:2026-H2#due-in-14-days",
      "2026-12-24 half-year-dialog:2026-H2#due-in-7-days",
      "2026-12-30 half-year-dialog:2026-H2#due-in-1-days",
      "2027-01-01 half-year-dialog:2026-H2#overdue",
      "2027-05-31 half-year-dialog:2027-H1#due-in-30-days",
    ]);
  });

  it("R22 with a dialog held before the reminder day, no reminder for that half-year at all", () => {
    const events = historyOf(holdDialog("early", "2026-02-01"), signedLetter("2025-10-01"));
    const keys = [...simulateDailyRuns(events, "2026-01-01", "2026-07-15").keys()];
    expect(keys.filter((k) => k.startsWith("half-year-dialog:2026-H1"))).toEqual([]);
  });

  it("R22 a late run sends only the most urgent reminder, never a stale one", () => {
    const events = historyOf(
      [
        {
          type: "ScheduleDialog",
          actor: coordinatorOf(NOK),
          dialogId: "spring",
          scheduledOn: "2026-04-15",
        },
      ],
      letterWithGroup(),
    );
    const plannedOn30Mar = letterReminders(stateOf(events), d("2026-03-30")).filter((r) =>
      r.key.startsWith("dialog-basis"),
    );
    // Two days left: the 7-day reminder, not the 30- or 14-day ones that a missed run skipped.
    expect(plannedOn30Mar.map((r) => r.kind)).toEqual(["due-in-7-days"]);
  });

  it("R22 R18 notice on 30 Nov: reminded 30 days before the end, alerted once ended, and nothing is due after it", () => {
    const events = historyOf(
      [{ type: "GiveTerminationNotice", actor: signatoryOf(NOK), receivedOn: "2026-11-30" }],
      signedLetter("2025-10-01"),
    );
    const sent = simulateDailyRuns(events, "2026-11-30", "2028-12-31");
    const afterEnd = [...sent.values()]
      .filter(({ day }) => day > "2027-02-28")
      .map(({ day, reminder }) => `${day} ${reminder.kind}`);
    expect(afterEnd).toEqual(["2027-03-01 letter-ended"]);
    expect(sent.get("notice#notice-period-ending")?.day).toBe("2027-01-29");
    const keys = [...sent.keys()];
    expect(keys.some((k) => k.includes("2027-H1") || k.includes(":2027#"))).toBe(false);
  });

  it("R22 a draft letter plans no reminders", () => {
    const draft = signedLetter().filter((e) => e.type === "LetterDrafted");
    expect(
      letterReminders(
        foldLetter(draft) as NonNullable<ReturnType<typeof foldLetter>>,
        d("2027-01-01"),
      ),
    ).toEqual([]);
  });
});
