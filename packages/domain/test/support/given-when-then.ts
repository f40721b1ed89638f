import { expect } from "vitest";
import {
  type Activity,
  ActivityCommand,
  type ActivityEvent,
  type Decision,
  type Dialog,
  DialogCommand,
  decideActivity,
  decideDialog,
  decideLetter,
  decideNeed,
  evolveDialogItem,
  foldActivity,
  foldLetter,
  LetterCommand,
  type LetterHeadEvent,
  type LetterOfIntent,
  type Need,
  NeedCommand,
  needOf,
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

/** A dialog folded from the events of a letter's history, as its own item holds it. */
export function dialogIn(events: readonly LetterHeadEvent[], dialogId: string): Dialog | null {
  return events.reduce<Dialog | null>(
    (dialog, event) =>
      (event.type === "DialogScheduled" ||
        event.type === "DialogBasisSubmitted" ||
        event.type === "DialogRecorded") &&
      event.dialogId === dialogId
        ? evolveDialogItem(dialog, event)
        : dialog,
    null,
  );
}

/** Every need registered in a letter's history, as their own items hold them. */
export function needsIn(events: readonly LetterHeadEvent[]): Need[] {
  return events.flatMap((event) => (event.type === "NeedRegistered" ? [needOf(event)] : []));
}

const DIALOG_COMMANDS = new Set(["ScheduleDialog", "SubmitDialogBasis", "RecordDialog"]);

/**
 * Decides a command of the letter, one of its dialogs or a need against a history, each by its own
 * decider with the state the application core would load for it. Commands go through zod as
 * untrusted input would, so tests may pass deliberately invalid ones.
 */
export function decideIn(
  events: readonly LetterHeadEvent[],
  command: object,
): Decision<LetterHeadEvent> {
  const type = (command as { type?: string }).type ?? "";
  const letter = foldLetter(events);
  if (DIALOG_COMMANDS.has(type)) {
    const parsed = DialogCommand.parse(command);
    return decideDialog(parsed, {
      letter: letter as LetterOfIntent,
      dialog: dialogIn(events, parsed.dialogId),
    });
  }
  if (type === "RegisterNeed") {
    const parsed = NeedCommand.parse(command);
    return decideNeed(parsed, {
      letter: letter as LetterOfIntent,
      need: needsIn(events).find((n) => n.needId === parsed.need.needId) ?? null,
      dialog: parsed.dialogId ? dialogIn(events, parsed.dialogId) : null,
    });
  }
  return decideLetter(LetterCommand.parse(command), letter);
}

/** given(events).when(command).then(events) for a letter of intent, its dialogs and needs. */
export function givenLetter(...events: LetterHeadEvent[]) {
  const state = foldLetter(events);
  return { state, when: (command: object) => outcome(decideIn(events, command)) };
}

/** given(letter events, activity events).when(command) for an activity and its agreement. */
export function givenActivity(
  letterEvents: LetterHeadEvent[],
  activityEvents: ActivityEvent[] = [],
) {
  const letter = foldLetter(letterEvents) as LetterOfIntent;
  const state: Activity | null = foldActivity(activityEvents);
  const needs = needsIn(letterEvents);
  return {
    letter,
    state,
    when: (command: object) =>
      outcome(decideActivity(ActivityCommand.parse(command), { letter, activity: state, needs })),
  };
}

/** Applies commands one after another, failing loudly on a refusal: builds histories for tests. */
export function historyOf(commands: object[], start: LetterHeadEvent[] = []): LetterHeadEvent[] {
  const events = [...start];
  for (const command of commands) {
    const decision = decideIn(events, command);
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
  letterEvents: LetterHeadEvent[],
  commands: object[],
): ActivityEvent[] {
  const letter = foldLetter(letterEvents) as LetterOfIntent;
  const needs = needsIn(letterEvents);
  const events: ActivityEvent[] = [];
  for (const command of commands) {
    const decision = decideActivity(ActivityCommand.parse(command), {
      letter,
      activity: foldActivity(events),
      needs,
    });
    if (!decision.ok)
      throw new Error(
        `${String((command as { type?: unknown }).type)} refused: ${decision.violation.message}`,
      );
    events.push(...decision.events);
  }
  return events;
}
