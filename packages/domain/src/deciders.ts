import { type ActivityState, decideActivity } from "./activity/activity-decide";
import type { ActivityEvent } from "./activity/activity-events";
import { evolveActivity } from "./activity/activity-evolve";
import { decideDialog } from "./dialog/dialog-decide";
import { evolveDialog } from "./dialog/dialog-evolve";
import { decideFunding, type FundingState } from "./funding/funding-decide";
import type { FundingEvent } from "./funding/funding-events";
import { evolveFunding } from "./funding/funding-evolve";
import { decideLetter } from "./letter/letter-decide";
import { evolveLetter, initialLetterState } from "./letter/letter-evolve";
import { decideNeed } from "./need/need-decide";
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
}

/**
 * The letter of intent: signatures, notice, collaboration group, structure reviews.
 *
 * @example
 * const state = events.reduce(letterDecider.evolve, null);
 * const decision = letterDecider.decide({ type: "SignLetter", actor, signedOn }, state);
 */
export const letterDecider = {
  decide: decideLetter,
  evolve: evolveLetter,
  initialState: initialLetterState,
} as const;

/** A leadership dialog with its letter: schedule, basis, record (and the needs it identifies). */
export const dialogDecider = { decide: decideDialog, evolve: evolveDialog } as const;

/** A need raised by a party, a municipality or a dialog. */
export const needDecider = { decide: decideNeed, evolve: evolveNeed } as const;

/** An activity with its special agreement. */
export const activityDecider: Decider<
  Parameters<typeof decideActivity>[0],
  ActivityState,
  ActivityEvent
> = {
  decide: decideActivity,
  evolve: (state, event) => ({ ...state, activity: evolveActivity(state.activity, event) }),
};

/** A joint funding application. */
export const fundingDecider: Decider<
  Parameters<typeof decideFunding>[0],
  FundingState,
  FundingEvent
> = {
  decide: decideFunding,
  evolve: (state, event) => ({ ...state, application: evolveFunding(state.application, event) }),
};
