import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  type CalendarDate,
  DEFAULT_REMINDER_POLICY,
  type LetterHeadEvent,
  type LetterOfIntent,
  letterReminders,
  letterWatches,
} from "../src/index";
import { coordinatorOf, LTU, NOK, signatoryOf } from "./support/fixtures";
import { historyOf } from "./support/given-when-then";
import { d, holdDialog, signedLetter, stateOf } from "./support/letters";

type Sent = Map<string, CalendarDate>;

/** A daily run on every day: the reference. */
function dense(letter: LetterOfIntent, from: CalendarDate, to: CalendarDate): Sent {
  const sent: Sent = new Map();
  for (let day = from; day <= to; day = addDays(day, 1)) {
    for (const r of letterReminders(letter, day)) if (!sent.has(r.key)) sent.set(r.key, day);
  }
  return sent;
}

/** A run only on the dates the watches name, as the scheduled run finds them through the index. */
function sparse(
  letter: LetterOfIntent,
  from: CalendarDate,
  to: CalendarDate,
): { sent: Sent; runs: number } {
  const sent: Sent = new Map();
  let watches = letterWatches(letter, from, "from", DEFAULT_REMINDER_POLICY);
  let runs = 0;
  while (watches.length > 0) {
    const day = watches.map((w) => w.on).sort()[0] as CalendarDate;
    if (day > to) break;
    runs++;
    for (const r of letterReminders(letter, day)) if (!sent.has(r.key)) sent.set(r.key, day);
    watches = letterWatches(letter, day, "after", DEFAULT_REMINDER_POLICY);
  }
  return { sent, runs };
}

describe("R22 watch dates: the run finds what is due without looking at every letter every day", () => {
  it("R22 looking only on watch dates sends the same reminders on the same days as looking every day", () => {
    const events = historyOf(
      [
        ...holdDialog("spring", "2026-06-10", true),
        {
          type: "ScheduleDialog",
          actor: coordinatorOf(NOK),
          dialogId: "autumn",
          scheduledOn: "2026-10-20",
        },
        { type: "GiveTerminationNotice", actor: signatoryOf(LTU), receivedOn: "2027-08-31" },
      ],
      signedLetter("2025-10-01"),
    );
    const letter = stateOf(events);
    const reference = dense(letter, d("2025-10-01"), d("2028-06-30"));
    const { sent, runs } = sparse(letter, d("2025-10-01"), d("2028-06-30"));
    expect([...sent.entries()].sort()).toEqual([...reference.entries()].sort());
    expect(reference.size).toBeGreaterThan(8);
    expect(runs).toBeLessThan(40);
  });

  it("R22 property: for random dialogs and notices, sparse and daily runs agree", () => {
    const day = fc.integer({ min: 0, max: 700 }).map((n) => addDays(d("2025-10-02"), n));
    fc.assert(
      fc.property(
        fc.uniqueArray(day, { maxLength: 4 }),
        fc.option(day),
        (dialogDays, noticeDay) => {
          const commands: object[] = dialogDays.flatMap((held, i) =>
            holdDialog(`d${i}`, held, i % 2 === 0),
          );
          if (noticeDay)
            commands.push({
              type: "GiveTerminationNotice",
              actor: signatoryOf(NOK),
              receivedOn: noticeDay,
            });
          let events: LetterHeadEvent[];
          try {
            events = historyOf(commands, signedLetter("2025-10-01"));
          } catch {
            return true; // a history the rules refuse (a dialog after the end) is not a case
          }
          const letter = stateOf(events);
          const reference = dense(letter, d("2025-10-01"), d("2028-01-31"));
          expect(
            [...sparse(letter, d("2025-10-01"), d("2028-01-31")).sent.entries()].sort(),
          ).toEqual([...reference.entries()].sort());
          return true;
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});
