import { expect } from "vitest";
import {
  type Activity,
  ActivityCommand,
  type ActivityEvent,
  type Decision,
  decideActivity,
  decideLetter,
  foldActivity,
  foldLetter,
  LetterCommand,
  type LetterEvent,
  type LetterOfIntent,
  type RuleId,
  type RuleViolation,
} from "../../src/index";

function outcome<Event>(decision: Decision<Event>) {
  return {
    /** The command is accepted with exactly these events. */
    // biome-ignore lint/suspicious/noThenProperty: Given/When/Then vocabulary; this object is never awaited.
    then(expected: readonly Event[]): readonly Event[] {
      expect(decision).toEqual({ ok: true, events: expected });
      return expected;
    },
    /** The command is accepted; returns its events for further checks. */
    thenAccepted(): readonly Event[] {
      if (!decision.ok)
        throw new Error(`Refused by ${decision.violation.rule}: ${decision.violation.message}`);
      return decision.events;
    },
    /** The command is refused by `rule` with `code`; returns the violation for further checks. */
    thenRefuses(rule: RuleId, code: string): RuleViolation {
      if (decision.ok)
        throw new Error(`Expected ${rule} ${code}, got events ${JSON.stringify(decision.events)}`);
      expect(decision.violation).toMatchObject({ rule, code });
      expect(decision.violation.message.length).toBeGreaterThan(10);
      return decision.violation;
    },
  };
}

/**
 * given(events).when(command).then(events) for a letter of intent. Commands go through zod as
 * untrusted input would, so tests may pass deliberately invalid ones.
 */
export function givenLetter(...events: LetterEvent[]) {
  const state = foldLetter(events);
  return {
    state,
    when: (command: object) => outcome(decideLetter(LetterCommand.parse(command), state)),
  };
}

/** given(letter events, activity events).when(command) for an activity and its agreement. */
export function givenActivity(letterEvents: LetterEvent[], activityEvents: ActivityEvent[] = []) {
  const letter = foldLetter(letterEvents) as LetterOfIntent;
  const state: Activity | null = foldActivity(activityEvents);
  return {
    letter,
    state,
    when: (command: object) =>
      outcome(decideActivity(ActivityCommand.parse(command), state, letter)),
  };
}

/** Applies commands one after another, failing loudly on a refusal: builds histories for tests. */
export function historyOf(commands: object[], start: LetterEvent[] = []): LetterEvent[] {
  const events = [...start];
  for (const command of commands) {
    const decision = decideLetter(LetterCommand.parse(command), foldLetter(events));
    if (!decision.ok)
      throw new Error(
        `${String((command as { type?: unknown }).type)} refused: ${decision.violation.message}`,
      );
    events.push(...decision.events);
  }
  return events;
}

/** Like `historyOf`, for an activity of `letterEvents`' letter. */
export function activityHistoryOf(
  letterEvents: LetterEvent[],
  commands: object[],
): ActivityEvent[] {
  const letter = foldLetter(letterEvents) as LetterOfIntent;
  const events: ActivityEvent[] = [];
  for (const command of commands) {
    const decision = decideActivity(ActivityCommand.parse(command), foldActivity(events), letter);
    if (!decision.ok)
      throw new Error(
        `${String((command as { type?: unknown }).type)} refused: ${decision.violation.message}`,
      );
    events.push(...decision.events);
  }
  return events;
}
