import type { CalendarDate } from "../calendar/calendar-date";
import type { LetterOfIntent } from "../letter/letter-model";
import type { PlannedReminder } from "./reminder-plan";

/** The watch id of a pending proposal: the run tells the other party on its first run after it. */
export const POLICY_PROPOSAL_WATCH = "policy-proposal";

/**
 * D-31: a pending change of the reminder policy, told once to the principal party that did not
 * propose it (it takes effect only when that party accepts). Keyed by the proposal, so a run
 * tells each proposal once; a proposal answered before the run is not told at all.
 */
export function policyProposalReminders(
  letter: LetterOfIntent,
  asOf: CalendarDate,
): PlannedReminder[] {
  const pending = letter.reminderPolicy?.pending;
  if (!pending || asOf < pending.proposedOn || letter.endedOn) return [];
  const proposer = pending.proposedBy.orgNumber;
  const others = letter.parties.map((p) => p.orgNumber).filter((org) => org !== proposer);
  const { leadDays, digest } = pending.policy;
  return [
    {
      key: `policy-proposal:${pending.proposalId}#proposed`,
      kind: "policy-proposed",
      rule: "R23",
      dueOn: pending.proposedOn,
      recipients: others,
      message: `${proposer} proposes reminders ${leadDays.join(", ")} days ahead${digest ? " as a daily digest" : ""}; it takes effect when you accept it`,
      about: {
        duty: "reminder-policy-proposal",
        proposal: { proposalId: pending.proposalId, leadDays, digest, proposedBy: proposer },
      },
    },
  ];
}
