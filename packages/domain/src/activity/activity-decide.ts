import type { LetterOfIntent } from "../letter/letter-model";
import type { Need } from "../need/need-model";
import { type Decision, refuse, violation } from "../rules/rule-violation";
import type { ActivityCommand } from "./activity-commands";
import { decideDefineActivity, decideReviseSpecialAgreement } from "./activity-decide-definition";
import {
  decideCompleteActivity,
  decideFlagForReview,
  decideSignSpecialAgreement,
  decideStartActivity,
} from "./activity-decide-signing-and-start";
import type { ActivityEvent } from "./activity-events";
import type { Activity } from "./activity-model";

/**
 * What an activity's decisions read: the activity (null before it is defined), its letter (for
 * the parties and focus areas) and the registered needs a definition names (those that exist).
 */
export interface ActivityState {
  readonly letter: LetterOfIntent;
  readonly activity: Activity | null;
  readonly needs: readonly Need[];
}

/**
 * Decides a command against an activity and what it reads. Pure.
 *
 * @example activityDecider.decide(command, { letter, activity: null, needs })
 */
export function decideActivity(
  command: ActivityCommand,
  { letter, activity: state, needs }: ActivityState,
): Decision<ActivityEvent> {
  if (command.type === "DefineActivity") return decideDefineActivity(command, state, letter, needs);
  if (!state)
    return refuse(violation("R14", "activity-not-found", "No such activity has been defined"));
  switch (command.type) {
    case "ReviseSpecialAgreement":
      return decideReviseSpecialAgreement(command, state, letter);
    case "SignSpecialAgreement":
      return decideSignSpecialAgreement(command, state);
    case "StartActivity":
      return decideStartActivity(command, state);
    case "CompleteActivity":
      return decideCompleteActivity(command, state);
    case "FlagSpecialAgreementForReview":
      return decideFlagForReview(command, state);
  }
}
