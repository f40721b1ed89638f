import { checkInForceOn, partiesMissingFromGroupOn } from "../letter/letter-checks";
import type { LetterOfIntent } from "../letter/letter-model";
import { MAX_OPEN_DIALOGS } from "../letter/letter-model";
import type { NeedEvent } from "../need/need-events";
import { checkDated } from "../rules/dated-facts";
import { lateOn } from "../rules/late-records";
import { accept, type Decision, firstViolation, refuse, violation } from "../rules/rule-violation";
import type { DialogCommand, DialogCommandOf } from "./dialog-commands";
import type { DialogEvent } from "./dialog-events";
import { DIALOG_TOPICS, type Dialog, type DialogTopics } from "./dialog-model";

/** What a dialog's decisions read: the dialog (null before it is scheduled) and its letter. */
export interface DialogState {
  readonly letter: LetterOfIntent;
  readonly dialog: Dialog | null;
}

/**
 * R10: a leadership dialog is scheduled within the letter's term; D-23: a bounded number of
 * dialogs wait to be held at once.
 * @clause Samverkan på ledningsnivå och uppföljning
 */
function decideScheduleDialog(
  command: DialogCommandOf<"ScheduleDialog">,
  { letter, dialog }: DialogState,
): Decision<DialogEvent> {
  const refusal = firstViolation(
    () =>
      dialog
        ? violation("R10", "dialog-exists", `Dialog ${command.dialogId} is already scheduled`)
        : undefined,
    () =>
      letter.openDialogs.length >= MAX_OPEN_DIALOGS
        ? violation(
            "R10",
            "too-many-open-dialogs",
            `${MAX_OPEN_DIALOGS} dialogs are scheduled and not yet held: record one before scheduling more`,
            { openDialogs: letter.openDialogs.length },
          )
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
function decideSubmitDialogBasis(
  command: DialogCommandOf<"SubmitDialogBasis">,
  letter: LetterOfIntent,
  dialog: Dialog,
): Decision<DialogEvent> {
  const missing = partiesMissingFromGroupOn(letter, command.submittedOn);
  const refusal = firstViolation(
    () => checkDated("R12", "A basis submitted", command.submittedOn, command.today),
    () =>
      missing.length > 0
        ? violation(
            "R12",
            "collaboration-group-incomplete",
            `The basis is prepared by a collaboration group with members of both parties, appointed by ${command.submittedOn}`,
            { partiesWithoutMembers: missing },
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
    ...lateOn(command.submittedOn, command.today),
  });
}

/**
 * R11: a held dialog's record has an entry for each of the four topics ("no adjustment" is an
 * entry); R13: it may carry the needs review, whose list of needs may be empty.
 * @clause Samverkan på ledningsnivå och uppföljning
 */
export function decideRecordDialog(
  command: DialogCommandOf<"RecordDialog">,
  letter: LetterOfIntent,
  dialog: Dialog,
): Decision<DialogEvent | NeedEvent> {
  const missing = DIALOG_TOPICS.filter(({ key }) => !command.topics[key]?.trim()).map(
    ({ key }) => key,
  );
  const newNeeds = command.needsReview?.needs ?? [];
  const needIds = newNeeds.map((need) => need.needId);
  const refusal = firstViolation(
    () =>
      dialog.record
        ? violation(
            "R11",
            "dialog-already-recorded",
            `Dialog ${dialog.dialogId} is already recorded`,
          )
        : undefined,
    () =>
      missing.length > 0
        ? violation(
            "R11",
            "dialog-topics-missing",
            `The dialog record lacks these topics: ${missing.join(", ")}`,
            { missing },
          )
        : undefined,
    () => checkDated("R11", "A dialog held", command.heldOn, command.today),
    () => checkInForceOn(letter, command.heldOn, "A leadership dialog"),
    () => {
      const repeated = needIds.filter((id, i) => needIds.indexOf(id) !== i);
      return repeated.length > 0
        ? violation("R6", "need-exists", `Need ids used twice: ${repeated.join(", ")}`)
        : undefined;
    },
  );
  if (refusal) return refuse(refusal);

  const recorded: DialogEvent = {
    type: "DialogRecorded",
    dialogId: dialog.dialogId,
    heldOn: command.heldOn,
    topics: command.topics as DialogTopics,
    needsReview: command.needsReview ? { needIds } : null,
    ...lateOn(command.heldOn, command.today),
  };
  const needs: NeedEvent[] = newNeeds.map((need) => ({
    type: "NeedRegistered",
    ...need,
    raisedBy: { kind: "dialog", dialogId: dialog.dialogId },
    raisedOn: command.heldOn,
    dialogId: dialog.dialogId,
  }));
  return accept<DialogEvent | NeedEvent>(recorded, ...needs);
}

/**
 * Decides a command against a dialog and its letter. Recording a dialog with a needs review also
 * registers the needs it identified (R13, R6), hence `NeedEvent` among the results.
 *
 * @example dialogDecider.decide({ type: "ScheduleDialog", actor, dialogId: "d1", scheduledOn }, { letter, dialog: null })
 */
export function decideDialog(
  command: DialogCommand,
  state: DialogState,
): Decision<DialogEvent | NeedEvent> {
  if (command.type === "ScheduleDialog") return decideScheduleDialog(command, state);
  const { letter, dialog } = state;
  if (!dialog) {
    const rule = command.type === "SubmitDialogBasis" ? "R12" : "R11";
    return refuse(
      violation(
        rule,
        "dialog-not-found",
        `No dialog ${command.dialogId} is scheduled for this letter`,
      ),
    );
  }
  if (command.type === "SubmitDialogBasis") return decideSubmitDialogBasis(command, letter, dialog);
  return decideRecordDialog(command, letter, dialog);
}
