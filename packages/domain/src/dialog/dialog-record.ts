import { checkInForceOn } from "../letter/letter-checks";
import type { Dialog, DialogTopics, LetterOfIntent } from "../letter/letter-model";
import type { NeedEvent } from "../need/need-events";
import { checkDated } from "../rules/dated-facts";
import { lateOn } from "../rules/late-records";
import { accept, type Decision, firstViolation, refuse, violation } from "../rules/rule-violation";
import type { DialogCommandOf } from "./dialog-commands";
import type { DialogEvent } from "./dialog-events";

/** The four topics of R11 in the letter's order, with the letter's words. */
export const DIALOG_TOPICS: ReadonlyArray<{ key: keyof DialogTopics; sv: string }> = [
  { key: "outsideWorld", sv: "omvärld" },
  { key: "trends", sv: "trender" },
  { key: "futureChallenges", sv: "framtida utmaningar" },
  { key: "directionAdjustments", sv: "eventuella justeringar av inriktning" },
];

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
