import type { ActivityCommand } from "./activity/activity-commands";
import { type ActivityState, decideActivity } from "./activity/activity-decide";
import type { ActivityEvent } from "./activity/activity-events";
import { evolveActivity, initialActivityState } from "./activity/activity-evolve";
import type { DialogCommand } from "./dialog/dialog-commands";
import { type DialogState, decideDialog } from "./dialog/dialog-decide";
import type { DialogEvent } from "./dialog/dialog-events";
import { evolveDialog } from "./dialog/dialog-evolve";
import type { FundingCommand } from "./funding/funding-commands";
import { decideFunding, type FundingState } from "./funding/funding-decide";
import type { FundingEvent } from "./funding/funding-events";
import { evolveFunding, initialFundingState } from "./funding/funding-evolve";
import type { LetterCommand } from "./letter/letter-commands";
import { decideLetter } from "./letter/letter-decide";
import type { LetterEvent } from "./letter/letter-events";
import { evolveLetter, initialLetterState } from "./letter/letter-evolve";
import type { LetterOfIntent } from "./letter/letter-model";
import type { NeedCommand } from "./need/need-commands";
import { decideNeed, type NeedState } from "./need/need-decide";
import type { NeedEvent } from "./need/need-events";
import { evolveNeed } from "./need/need-evolve";
import type { Decision } from "./rules/rule-violation";

/**
 * An aggregate's rules in one shape: `decide(command, state)` gives the events to record or the
 * rule that refuses; `evolve(state, event)` folds an event into the state. Whatever a rule needs
 * besides the aggregate itself (the letter's parties, which needs exist) is part of its state.
 */
export interface Decider<Command, State, Event> {
  readonly decide: (command: Command, state: State) => Decision<Event>;
  readonly evolve: (state: State, event: Event) => State;
  /**
   * The state before the aggregate's first event. A dialog, need, activity or application is an
   * item of its letter and reads it, so it starts from the letter's head; the letter itself
   * starts from nothing and ignores it.
   */
  readonly initialState: (letter: LetterOfIntent) => State;
  /**
   * Which stream an event this decider decided belongs to, given the tag of the stream the
   * command ran on (`kind:id`, such as `dialog:d1`): its own, unless the event is the first of
   * another aggregate (a dialog's record registers the needs it identified, each a need's own).
   */
  readonly streamOf: (event: Event, aggregateTag: string) => string;
}

/** Every event of the letter, an activity, an application or a need is the aggregate's own. */
const ownStream = (_event: unknown, aggregateTag: string) => aggregateTag;

/**
 * The letter of intent: signatures, notice, collaboration group, structure reviews.
 *
 * @example
 * const state = events.reduce(letterDecider.evolve, letterDecider.initialState());
 * const decision = letterDecider.decide({ type: "SignLetter", actor, signedOn }, state);
 */
export const letterDecider = {
  decide: decideLetter,
  evolve: evolveLetter,
  initialState: () => initialLetterState,
  streamOf: ownStream,
} as const satisfies Decider<LetterCommand, LetterOfIntent | null, LetterEvent>;

/** A leadership dialog with its letter: schedule, basis, record (and the needs it identifies). */
export const dialogDecider: Decider<DialogCommand, DialogState, DialogEvent | NeedEvent> = {
  decide: decideDialog,
  evolve: evolveDialog,
  initialState: (letter) => ({ letter, dialog: null }),
  // A need the record identified is registered as the first event of that need's own stream.
  streamOf: (event, aggregateTag) =>
    event.type === "NeedRegistered" ? `need:${event.needId}` : aggregateTag,
};

/** A need raised by a party, a municipality or a dialog. */
export const needDecider: Decider<NeedCommand, NeedState, NeedEvent> = {
  decide: decideNeed,
  evolve: evolveNeed,
  initialState: (letter) => ({ letter, need: null, dialog: null }),
  streamOf: ownStream,
};

/** An activity with its special agreement. */
export const activityDecider: Decider<ActivityCommand, ActivityState, ActivityEvent> = {
  decide: decideActivity,
  evolve: (state, event) => ({ ...state, activity: evolveActivity(state.activity, event) }),
  initialState: (letter) => ({ letter, activity: initialActivityState, needs: [] }),
  streamOf: ownStream,
};

/** A joint funding application. */
export const fundingDecider: Decider<FundingCommand, FundingState, FundingEvent> = {
  decide: decideFunding,
  evolve: (state, event) => ({ ...state, application: evolveFunding(state.application, event) }),
  initialState: (letter) => ({ letter, application: initialFundingState, activityIds: [] }),
  streamOf: ownStream,
};
