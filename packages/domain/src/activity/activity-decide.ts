import type { LetterOfIntent } from "../letter/letter-model";
import { type Decision, refuse, violation } from "../rules/rule-violation";
import type { ActivityCommand } from "./activity-commands";
import type { ActivityEvent } from "./activity-events";
import type { Activity } from "./activity-model";
import { decideDefineActivity, decideReviseSpecialAgreement } from "./decide-definition";
import {
  decideCompleteActivity,
  decideFlagForReview,
  decideSignSpecialAgreement,
  decideStartActivity,
} from "./decide-signing-and-start";

/**
 * Decides a command against an activity and the letter it belongs to (for its parties, needs
 * and focus areas). Pure.
 */
export function decideActivity(
  command: ActivityCommand,
  state: Activity | null,
  letter: LetterOfIntent,
): Decision<ActivityEvent> {
  if (command.type === "DefineActivity") return decideDefineActivity(command, state, letter);
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
