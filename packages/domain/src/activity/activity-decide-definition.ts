import type { CalendarDate } from "../calendar/calendar-date";
import { checkInForceOn } from "../letter/letter-checks";
import type { LetterOfIntent } from "../letter/letter-model";
import { termsOn } from "../letter/letter-terms-on";
import type { Need } from "../need/need-model";
import type { Organisation } from "../organisation/actor";
import type { OrgNumber } from "../organisation/org-number";
import { accept, type Decision, firstViolation, refuse, violation } from "../rules/rule-violation";
import { specialAgreementTermsOf } from "../terms/terms";
import type { ActivityCommandOf } from "./activity-commands";
import type { ActivityEvent } from "./activity-events";
import type { Activity } from "./activity-model";

/** Both principal parties first, then each other project party once (R14). */
export function requiredSignatories(
  letter: LetterOfIntent,
  projectParties: readonly Organisation[],
): Organisation[] {
  const others = projectParties.filter(
    (party, index) =>
      !letter.parties.some((p) => p.orgNumber === party.orgNumber) &&
      projectParties.findIndex((p) => p.orgNumber === party.orgNumber) === index,
  );
  return [...letter.parties, ...others];
}

/**
 * R14, D-63: what the letter's terms on the drafting day say of this version, recorded on it so
 * that a later amendment does not change an agreement already drafted. Only what differs from the
 * letter's own rule (required, every party signs) is written, so older versions read the same.
 */
export function draftingTerms(
  letter: LetterOfIntent,
  draftedOn: CalendarDate,
): { required?: false; signatories?: OrgNumber[] } {
  const { required, signedBy } = specialAgreementTermsOf(termsOn(letter, draftedOn));
  return {
    ...(required ? {} : { required: false as const }),
    ...(signedBy === "principal-parties"
      ? { signatories: letter.parties.map((party) => party.orgNumber) }
      : {}),
  };
}

/**
 * R4, R5, R8: an activity belongs to the letter's focus areas, answers at least one registered
 * need and has a kind from the closed list; R14: it comes with the first version of its special
 * agreement, to be signed by both parties and every other project party (or, D-63, as the
 * letter's terms on the day say).
 * @clause Syfte
 */
export function decideDefineActivity(
  command: ActivityCommandOf<"DefineActivity">,
  state: Activity | null,
  letter: LetterOfIntent,
  needs: readonly Need[],
): Decision<ActivityEvent> {
  const unknownNeeds = command.needIds.filter((id) => !needs.some((need) => need.needId === id));
  const outsideAreas = command.focusAreas.filter((area) => !letter.focusAreas.includes(area));
  const refusal = firstViolation(
    () =>
      state
        ? violation("R14", "activity-exists", `Activity ${state.activityId} already exists`)
        : undefined,
    () =>
      command.needIds.length === 0
        ? violation(
            "R5",
            "activity-without-need",
            "An activity must answer at least one registered need",
          )
        : undefined,
    () =>
      unknownNeeds.length > 0
        ? violation(
            "R5",
            "need-not-found",
            `No such needs in this letter: ${unknownNeeds.join(", ")}`,
            { needIds: unknownNeeds },
          )
        : undefined,
    () =>
      outsideAreas.length > 0
        ? violation(
            "R4",
            "focus-area-outside-letter",
            `The letter does not cover: ${outsideAreas.join(", ")}`,
            { focusAreas: outsideAreas },
          )
        : undefined,
    () => checkInForceOn(letter, command.definedOn, "An activity"),
  );
  if (refusal) return refuse(refusal);
  const { activityId, title, kind, focusAreas, needIds, definedOn } = command;
  return accept<ActivityEvent>(
    {
      type: "ActivityDefined",
      activityId,
      letterId: letter.letterId,
      title,
      kind,
      focusAreas,
      needIds,
      definedOn,
    },
    {
      type: "SpecialAgreementDrafted",
      version: 1,
      parties: requiredSignatories(letter, command.projectParties),
      terms: command.terms,
      draftedOn: definedOn,
      ...draftingTerms(letter, definedOn),
    },
  );
}

/**
 * R14: changing the set of parties or the terms makes a new version whose signatures start from
 * none, under the letter's terms on the day it is drafted (D-63); a started activity keeps the
 * agreement it started under.
 * @clause Samverkan på ledningsnivå och uppföljning
 */
export function decideReviseSpecialAgreement(
  command: ActivityCommandOf<"ReviseSpecialAgreement">,
  activity: Activity,
  letter: LetterOfIntent,
): Decision<ActivityEvent> {
  if (activity.startedOn) {
    return refuse(
      violation(
        "R14",
        "activity-already-started",
        `Activity ${activity.activityId} started on ${activity.startedOn} under version ${activity.specialAgreement.version}`,
      ),
    );
  }
  return accept({
    type: "SpecialAgreementDrafted",
    version: activity.specialAgreement.version + 1,
    parties: requiredSignatories(letter, command.projectParties),
    terms: command.terms,
    draftedOn: command.revisedOn,
    ...draftingTerms(letter, command.revisedOn),
  });
}
