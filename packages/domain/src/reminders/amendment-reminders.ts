import type { CalendarDate } from "../calendar/calendar-date";
import type { LetterOfIntent } from "../letter/letter-model";
import type { PlannedReminder } from "./reminder-plan";

/** R26: the watch id of a pending amendment: the run tells the other party on its first run after it. */
export const AMENDMENT_PROPOSAL_WATCH = "amendment-proposal";

/**
 * R26: an amendment waiting for signatures, told once to the principal party that did not
 * propose it (it binds only when that party has signed too). Keyed by the amendment, so a run
 * tells each proposal once; one signed by both or withdrawn before the run is not told at all.
 */
export function amendmentProposalReminders(
  letter: LetterOfIntent,
  asOf: CalendarDate,
): PlannedReminder[] {
  const pending = letter.pendingAmendment ?? null;
  if (!pending || asOf < pending.proposedOn || letter.endedOn) return [];
  const proposer = pending.proposedBy.orgNumber;
  const others = letter.parties.map((p) => p.orgNumber).filter((org) => org !== proposer);
  return [
    {
      key: `amendment:${pending.amendmentId}#proposed`,
      kind: "amendment-proposed",
      rule: "R26",
      dueOn: pending.proposedOn,
      recipients: others,
      message: `${proposer} proposes an amendment of the terms from ${pending.effectiveFrom}; it binds when you sign it too`,
      about: {
        duty: "amendment-proposal",
        amendment: {
          amendmentId: pending.amendmentId,
          effectiveFrom: pending.effectiveFrom,
          proposedBy: proposer,
        },
      },
    },
  ];
}
