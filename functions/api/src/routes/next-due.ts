import { type CalendarDate, type LetterOfIntent, letterObligations } from "@samverkan/domain";

const OPEN = new Set(["overdue", "due-soon", "upcoming", "lapsing"]);

/**
 * The start page's "next thing due" of a letter (issue #20): its earliest obligation not yet done
 * as of `on`, read from the letter's head (no other item is read, so the list stays one read per
 * letter). Overdue duties come first since they are the earliest.
 */
export function nextDueOf(letter: LetterOfIntent, on: CalendarDate) {
  const open = letterObligations(letter, on)
    .filter((obligation) => OPEN.has(obligation.status))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const first = open[0];
  return first
    ? { kind: first.kind, rule: first.rule, dueOn: first.dueOn, status: first.status }
    : null;
}
