import { decideActivity } from "./activity/activity-decide";
import { evolveActivity, initialActivityState } from "./activity/activity-evolve";
import { decideFunding } from "./funding/funding-decide";
import { evolveFunding, initialFundingState } from "./funding/funding-evolve";
import { fundingObligations } from "./funding/funding-obligations";
import { decideLetter } from "./letter/letter-decide";
import { evolveLetter, initialLetterState } from "./letter/letter-evolve";
import { letterObligations } from "./letter/letter-obligations";

/**
 * The letter of intent as a Decider: `decide(command, state)`, `evolve(state, event)`, its
 * initial state, and `obligations(state, asOf)`.
 *
 * @example
 * const state = events.reduce(letterDecider.evolve, letterDecider.initialState);
 * const due = letterDecider.obligations(state!, date("2027-03-01"));
 */
export const letterDecider = {
  decide: decideLetter,
  evolve: evolveLetter,
  initialState: initialLetterState,
  obligations: letterObligations,
} as const;

/** An activity with its special agreement as a Decider; `decide` also takes the letter. */
export const activityDecider = {
  decide: decideActivity,
  evolve: evolveActivity,
  initialState: initialActivityState,
} as const;

/** A joint funding application as a Decider; `decide` also takes the letter and its activity ids. */
export const fundingDecider = {
  decide: decideFunding,
  evolve: evolveFunding,
  initialState: initialFundingState,
  obligations: fundingObligations,
} as const;
