import { dateParts } from "../calendar/calendar-date";
import { accept, type Decision, firstViolation, refuse, violation } from "../rules/rule-violation";
import { checkInForceOn, findDialog, partiesMissingFromGroup } from "./letter-checks";
import type { LetterCommandOf } from "./letter-commands";
import type { LetterEvent } from "./letter-events";
import type { LetterOfIntent } from "./letter-model";

/**
 * R9: the collaboration group has members of the principal parties only.
 * @clause Samverkan på ledningsnivå och uppföljning
 */
export function decideSetCollaborationGroup(
  command: LetterCommandOf<"SetCollaborationGroup">,
  letter: LetterOfIntent,
): Decision<LetterEvent> {
  const outsiders = command.members.filter(
    (member) => !letter.parties.some((party) => party.orgNumber === member.orgNumber),
  );
  if (outsiders.length > 0) {
    return refuse(
      violation(
        "R9",
        "member-not-of-a-party",
        "Collaboration group members must represent a principal party",
        {
          members: outsiders.map((member) => member.name),
        },
      ),
    );
  }
  if (letter.notice && command.setOn > letter.notice.endsOn) {
    return refuse(violation("R20", "letter-ended", `The letter ended on ${letter.notice.endsOn}`));
  }
  return accept({ type: "CollaborationGroupSet", members: command.members, setOn: command.setOn });
}

/**
 * R10: a leadership dialog is scheduled within the letter's term.
 * @clause Samverkan på ledningsnivå och uppföljning
 */
export function decideScheduleDialog(
  command: LetterCommandOf<"ScheduleDialog">,
  letter: LetterOfIntent,
): Decision<LetterEvent> {
  const refusal = firstViolation(
    () =>
      letter.dialogs.some((d) => d.dialogId === command.dialogId)
        ? violation("R10", "dialog-exists", `Dialog ${command.dialogId} is already scheduled`)
        : undefined,
    () => checkInForceOn(letter, command.scheduledOn, "A leadership dialog"),
  );
  if (refusal) return refuse(refusal);
  return accept({
    type: "DialogScheduled",
    dialogId: command.dialogId,
    scheduledOn: command.scheduledOn,
  });
}

/**
 * R12, D-3: the collaboration group prepares the basis; it needs members of both parties, and
 * comes before the dialog is held.
 * @clause Samverkan på ledningsnivå och uppföljning
 */
export function decideSubmitDialogBasis(
  command: LetterCommandOf<"SubmitDialogBasis">,
  letter: LetterOfIntent,
): Decision<LetterEvent> {
  const found = findDialog(letter, command.dialogId, "R12");
  if (!found.ok) return refuse(found.violation);
  const dialog = found.value;
  const missing = partiesMissingFromGroup(letter);
  const refusal = firstViolation(
    () =>
      missing.length > 0
        ? violation(
            "R12",
            "collaboration-group-incomplete",
            "The basis is prepared by a collaboration group with members of both parties",
            {
              partiesWithoutMembers: missing,
            },
          )
        : undefined,
    () =>
      dialog.record
        ? violation("R12", "dialog-already-held", `Dialog ${dialog.dialogId} was already held`)
        : undefined,
    () =>
      dialog.basis
        ? violation(
            "R12",
            "basis-already-submitted",
            `The basis for dialog ${dialog.dialogId} was submitted on ${dialog.basis.submittedOn}`,
          )
        : undefined,
  );
  if (refusal) return refuse(refusal);
  return accept({
    type: "DialogBasisSubmitted",
    dialogId: dialog.dialogId,
    submittedOn: command.submittedOn,
    summary: command.summary,
  });
}

/**
 * R15, D-5: one structure review per calendar year, recorded no earlier than that year.
 * @clause Samverkan på ledningsnivå och uppföljning
 */
export function decideRecordStructureReview(
  command: LetterCommandOf<"RecordStructureReview">,
  letter: LetterOfIntent,
): Decision<LetterEvent> {
  const { year, reviewedOn, summary } = command;
  const refusal = firstViolation(
    () =>
      letter.structureReviews.some((review) => review.year === year)
        ? violation(
            "R15",
            "structure-review-already-recorded",
            `The structure review for ${year} is already recorded`,
          )
        : undefined,
    () =>
      dateParts(reviewedOn).year < year
        ? violation(
            "R15",
            "review-before-its-year",
            `A review of ${year} cannot be held on ${reviewedOn}, before the year begins`,
          )
        : undefined,
    () => checkInForceOn(letter, reviewedOn, "A structure review"),
  );
  if (refusal) return refuse(refusal);
  return accept({ type: "StructureReviewRecorded", year, reviewedOn, summary });
}
