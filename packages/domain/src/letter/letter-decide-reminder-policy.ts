import type { Actor } from "../organisation/actor";
import type { PolicyActor, SharedReminderPolicy } from "../reminders/shared-policy";
import { accept, type Check, type Decision, refuse, violation } from "../rules/rule-violation";
import type { LetterCommandOf } from "./letter-commands";
import type { LetterEvent } from "./letter-events";
import type { LetterOfIntent } from "./letter-model";

// D-31: what binds both principal parties changes only with both. One party's coordinator
// proposes; only the other party's coordinator can accept or decline; the proposing party can
// withdraw. At most one proposal is pending: a second is refused until the first is answered, so
// nobody accepts a proposal that was replaced under them.

type Answer = "AcceptReminderPolicy" | "DeclineReminderPolicy" | "WithdrawReminderPolicy";

const policyActor = (actor: Actor): PolicyActor => ({
  orgNumber: actor.orgNumber,
  sub: actor.sub,
  // D-58: the sealed name when there is one, never both.
  ...(actor.sealedName ? { sealedName: actor.sealedName } : actor.name ? { name: actor.name } : {}),
});

/** A coordinator of one of the letter's principal parties, or why not (R23, D-31). */
function checkCoordinatorOfParty(actor: Actor, letter: LetterOfIntent): Check {
  if (!letter.parties.some((party) => party.orgNumber === actor.orgNumber))
    return violation(
      "R23",
      "not-a-principal-party",
      "Only the principal parties change the letter's reminder policy",
    );
  if (!actor.roles.includes("coordinator"))
    return violation(
      "R23",
      "coordinator-role-required",
      "Only a coordinator proposes or answers a change of the reminder policy",
    );
  return undefined;
}

const sharedOf = (letter: LetterOfIntent): SharedReminderPolicy =>
  letter.reminderPolicy ?? { agreed: null, pending: null };

/**
 * R23, D-31: a coordinator of a principal party proposes a new reminder policy. Refused while
 * another proposal is pending, and when it would change nothing.
 * @clause Samverkan på ledningsnivå och uppföljning
 */
export function decideProposeReminderPolicy(
  command: LetterCommandOf<"ProposeReminderPolicy">,
  letter: LetterOfIntent,
): Decision<LetterEvent> {
  const notAllowed = checkCoordinatorOfParty(command.actor, letter);
  if (notAllowed) return refuse(notAllowed);
  if (letter.endedOn)
    return refuse(violation("R20", "letter-ended", `The letter ended on ${letter.endedOn}`));
  const { pending, agreed } = sharedOf(letter);
  if (pending)
    return refuse(
      violation(
        "R23",
        "policy-proposal-pending",
        `A proposal by ${pending.proposedBy.orgNumber} of ${pending.proposedOn} is still unanswered: it is accepted, declined or withdrawn first`,
        { proposalId: pending.proposalId },
      ),
    );
  const current = agreed?.policy;
  if (
    current &&
    current.digest === command.policy.digest &&
    current.leadDays.join() === command.policy.leadDays.join()
  )
    return refuse(
      violation("R23", "policy-unchanged", "The proposal is the same as the policy in force"),
    );
  return accept({
    type: "ReminderPolicyProposed",
    proposalId: command.proposalId,
    policy: command.policy,
    proposedOn: command.on,
    proposedBy: policyActor(command.actor),
  });
}

/**
 * R23, D-31: the pending proposal answered. Only the other principal party accepts or declines
 * it (the proposing party cannot agree with itself); only the proposing party withdraws it.
 * @clause Samverkan på ledningsnivå och uppföljning
 */
export function decideAnswerReminderPolicy(
  command: LetterCommandOf<Answer>,
  letter: LetterOfIntent,
): Decision<LetterEvent> {
  const notAllowed = checkCoordinatorOfParty(command.actor, letter);
  if (notAllowed) return refuse(notAllowed);
  const { pending } = sharedOf(letter);
  if (!pending || pending.proposalId !== command.proposalId)
    return refuse(
      violation(
        "R23",
        "policy-proposal-not-pending",
        "No such proposal is pending: it was answered, withdrawn or never made",
        pending ? { pendingProposalId: pending.proposalId } : {},
      ),
    );
  const ownParty = pending.proposedBy.orgNumber === command.actor.orgNumber;
  const by = policyActor(command.actor);
  const { proposalId, on } = command;
  switch (command.type) {
    case "WithdrawReminderPolicy":
      if (!ownParty)
        return refuse(
          violation(
            "R23",
            "not-the-proposing-party",
            "Only the party that proposed a change withdraws it; the other party declines it",
          ),
        );
      return accept({
        type: "ReminderPolicyWithdrawn",
        proposalId,
        withdrawnOn: on,
        withdrawnBy: by,
      });
    case "AcceptReminderPolicy":
    case "DeclineReminderPolicy":
      if (ownParty)
        return refuse(
          violation(
            "R23",
            "own-proposal",
            "A party cannot answer its own proposal: the other principal party accepts or declines it",
          ),
        );
      return command.type === "AcceptReminderPolicy"
        ? accept({ type: "ReminderPolicyAccepted", proposalId, acceptedOn: on, acceptedBy: by })
        : accept({ type: "ReminderPolicyDeclined", proposalId, declinedOn: on, declinedBy: by });
  }
}
