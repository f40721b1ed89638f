import { type Decision, refuse, violation } from "../rules/rule-violation";
import type { LetterCommand } from "./letter-commands";
import { decideAcknowledgeTerminationNotice } from "./letter-decide-acknowledgement";
import {
  decideProposeAmendment,
  decideSignAmendment,
  decideWithdrawAmendment,
} from "./letter-decide-amendment";
import {
  decideRecordStructureReview,
  decideSetCollaborationGroup,
} from "./letter-decide-governance";
import {
  decideAnswerReminderPolicy,
  decideProposeReminderPolicy,
} from "./letter-decide-reminder-policy";
import { decideDraftLetter, decideSignLetter } from "./letter-decide-signing";
import { decideGiveTerminationNotice, decideRecordLetterEnded } from "./letter-decide-termination";
import type { LetterEvent } from "./letter-events";
import type { LetterOfIntent } from "./letter-model";

/**
 * Decides a command against the letter's current state: the events to record, or the rule that
 * refuses. Pure; the command carries every date it needs.
 *
 * @example
 * const decision = decideLetter({ type: "SignLetter", actor, signedOn: date("2026-12-01") }, letter);
 * if (!decision.ok) console.log(decision.violation.rule); // "R16"
 */
export function decideLetter(
  command: LetterCommand,
  state: LetterOfIntent | null,
): Decision<LetterEvent> {
  if (command.type === "DraftLetter") return decideDraftLetter(command, state);
  if (!state)
    return refuse(violation("R17", "letter-not-drafted", "No such letter has been drafted"));
  switch (command.type) {
    case "SignLetter":
      return decideSignLetter(command, state);
    case "GiveTerminationNotice":
      return decideGiveTerminationNotice(command, state);
    case "AcknowledgeTerminationNotice":
      return decideAcknowledgeTerminationNotice(command, state);
    case "RecordLetterEnded":
      return decideRecordLetterEnded(command, state);
    case "SetCollaborationGroup":
      return decideSetCollaborationGroup(command, state);
    case "RecordStructureReview":
      return decideRecordStructureReview(command, state);
    case "ProposeReminderPolicy":
      return decideProposeReminderPolicy(command, state);
    case "AcceptReminderPolicy":
    case "DeclineReminderPolicy":
    case "WithdrawReminderPolicy":
      return decideAnswerReminderPolicy(command, state);
    case "ProposeAmendment":
      return decideProposeAmendment(command, state);
    case "SignAmendment":
      return decideSignAmendment(command, state);
    case "WithdrawAmendment":
      return decideWithdrawAmendment(command, state);
  }
}
