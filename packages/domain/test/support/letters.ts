import {
  type CalendarDate,
  date,
  foldLetter,
  type LetterHeadEvent,
  type LetterOfIntent,
  signedLtuNokLetterEvents,
} from "../../src/index";
import { coordinatorOf, KIRUNA, LTU, NOK, PITEA } from "./fixtures";
import { historyOf } from "./given-when-then";

/** The LTU–NoK letter signed by both on `signedOn`, with Kiruna and Piteå configured as members. */
export function signedLetter(signedOn = "2025-10-01"): LetterHeadEvent[] {
  return signedLtuNokLetterEvents({
    letterId: "ltu-nok",
    signedOn: date(signedOn),
    members: [KIRUNA, PITEA],
  });
}

/** The LTU–NoK letter drafted but not signed. */
export function draftLetter(): LetterHeadEvent[] {
  return signedLetter().filter((event) => event.type === "LetterDrafted");
}

/** The letter with a collaboration group of both parties. */
export function letterWithGroup(signedOn = "2025-10-01"): LetterHeadEvent[] {
  return historyOf(
    [
      {
        type: "SetCollaborationGroup",
        actor: coordinatorOf(NOK),
        members: [
          { name: "Nora NoK", orgNumber: NOK.orgNumber },
          { name: "Lars LTU", orgNumber: LTU.orgNumber, role: "chair" },
        ],
        setOn: signedOn,
      },
    ],
    signedLetter(signedOn),
  );
}

/** Schedules and holds a dialog on `heldOn`, with or without a needs review. */
export function holdDialog(dialogId: string, heldOn: string, needsReview = false) {
  return [
    { type: "ScheduleDialog" as const, actor: coordinatorOf(NOK), dialogId, scheduledOn: heldOn },
    {
      type: "RecordDialog" as const,
      actor: coordinatorOf(LTU),
      dialogId,
      heldOn,
      topics: {
        outsideWorld: "Demographic change in the inland municipalities",
        trends: "AI in elderly care",
        futureChallenges: "Teacher supply",
        directionAdjustments: "No adjustment",
      },
      ...(needsReview ? { needsReview: { needs: [] } } : {}),
    },
  ];
}

export const stateOf = (events: LetterHeadEvent[]) => foldLetter(events) as LetterOfIntent;
export const d = (value: string): CalendarDate => date(value);
