import {
  type CalendarDate,
  date,
  foldLetter,
  type LetterHeadEvent,
  type LetterOfIntent,
  type LetterTemplate,
  signedLtuNokLetterEvents,
  signedTemplateLetterEvents,
} from "../../src/index";
import { coordinatorOf, KIRUNA, LTU, NOK, PITEA } from "./fixtures";
import { historyOf } from "./given-when-then";

/** The LTU–NoK letter signed by both on `signedOn`, with Kiruna and Piteå configured as members. */
export function signedLetter(
  signedOn = "2025-10-01",
  template?: LetterTemplate,
): LetterHeadEvent[] {
  // D-45: a letter from another template, signed by that template's usual parties.
  if (template)
    return signedTemplateLetterEvents(template, {
      letterId: template.id,
      signedOn: date(signedOn),
      members: template.memberOrganisations ? [KIRUNA, PITEA] : [],
    });
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
export function letterWithGroup(
  signedOn = "2025-10-01",
  template?: LetterTemplate,
): LetterHeadEvent[] {
  const [first, second] = template
    ? [template.parties[0].usual ?? NOK, template.parties[1].usual ?? LTU]
    : [NOK, LTU];
  return historyOf(
    [
      {
        type: "SetCollaborationGroup",
        actor: coordinatorOf(first),
        members: [
          { name: "Nora First", orgNumber: first.orgNumber },
          { name: "Lars Second", orgNumber: second.orgNumber, role: "chair" },
        ],
        setOn: signedOn,
      },
    ],
    signedLetter(signedOn, template),
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
