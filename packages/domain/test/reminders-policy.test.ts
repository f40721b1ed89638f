import { describe, expect, it } from "vitest";
import {
  DEFAULT_LETTER_REMINDER_POLICY,
  DEFAULT_REMINDER_POLICY,
  LetterReminderPolicy,
  letterReminders,
  letterWatches,
  reminderPolicyOf,
} from "../src/index";
import { coordinatorOf, NOK } from "./support/fixtures";
import { historyOf } from "./support/given-when-then";
import { d, letterWithGroup, stateOf } from "./support/letters";

const spring = stateOf(
  historyOf(
    [
      {
        type: "ScheduleDialog",
        actor: coordinatorOf(NOK),
        dialogId: "spring",
        scheduledOn: "2026-04-15",
      },
    ],
    letterWithGroup(),
  ),
);

describe("R22 R23 the reminder policy is the letter's data", () => {
  it("R22 by default, 30, 14, 7 and 1 days before each due date, one message per reminder (D-25)", () => {
    expect(DEFAULT_LETTER_REMINDER_POLICY).toEqual({ leadDays: [30, 14, 7, 1], digest: false });
    expect(DEFAULT_REMINDER_POLICY.leadDays["dialog-basis"]).toEqual([30, 14, 7, 1]);
    expect(DEFAULT_REMINDER_POLICY.alertWhenMissed["funding-application-submission"]).toBe(false);
  });

  it("R22 the plan and the watches follow the letter's lead times", () => {
    const policy = reminderPolicyOf({ leadDays: [21], digest: true });
    // The basis is due on 1 April: 21 days before is 11 March.
    expect(
      letterReminders(spring, d("2026-03-10"), policy).filter((r) => r.key.startsWith("dialog")),
    ).toEqual([]);
    const planned = letterReminders(spring, d("2026-03-11"), policy).filter((r) =>
      r.key.startsWith("dialog"),
    );
    expect(planned.map((r) => r.key)).toEqual(["dialog-basis:spring#due-in-21-days"]);
    const watch = letterWatches(spring, d("2026-03-01"), "after", policy).find((w) =>
      w.id.startsWith("dialog-basis"),
    );
    expect(watch?.on).toBe("2026-03-11");
  });

  it("R23 a reminder says what it is about as data: the duty, the dialog and its date", () => {
    const [basis] = letterReminders(spring, d("2026-03-18")).filter((r) =>
      r.key.startsWith("dialog"),
    );
    expect(basis?.about).toEqual({
      duty: "dialog-basis",
      obligationId: "dialog-basis:spring",
      dialogId: "spring",
      dialogOn: "2026-04-15",
    });
  });

  it("R22 a policy refuses no lead times, too many, negative or repeated ones; lead times are kept longest first", () => {
    for (const leadDays of [[], [-1], [400], [7, 7], Array.from({ length: 11 }, (_, i) => i)])
      expect(LetterReminderPolicy.safeParse({ leadDays, digest: false }).success).toBe(false);
    expect(LetterReminderPolicy.parse({ leadDays: [1, 30, 0], digest: true }).leadDays).toEqual([
      30, 1, 0,
    ]);
  });
});
