import { evolveLetter } from "../letter/letter-evolve";
import type { NeedEvent } from "../need/need-events";
import type { DialogState } from "./dialog-decide";
import type { DialogEvent } from "./dialog-events";
import type { Dialog } from "./dialog-model";

/** Folds one event into a dialog of its own (null before it is scheduled). */
export function evolveDialogItem(dialog: Dialog | null, event: DialogEvent): Dialog {
  if (event.type === "DialogScheduled") {
    const { dialogId, scheduledOn } = event;
    return { dialogId, scheduledOn, basis: null, record: null, version: 1 };
  }
  if (!dialog) throw new Error(`A dialog's first event must be DialogScheduled, not ${event.type}`);
  if (event.type === "DialogBasisSubmitted") {
    const { submittedOn, summary, recordedOn } = event;
    const basis = { submittedOn, summary, ...(recordedOn ? { recordedOn } : {}) };
    return { ...dialog, basis, version: dialog.version + 1 };
  }
  const { heldOn, topics, needsReview, recordedOn } = event;
  const record = { heldOn, topics, needsReview, ...(recordedOn ? { recordedOn } : {}) };
  return { ...dialog, record, version: dialog.version + 1 };
}

/** Folds one event into a dialog and its letter's head; a need it registers leaves both as they are. */
export function evolveDialog(state: DialogState, event: DialogEvent | NeedEvent): DialogState {
  if (event.type === "NeedRegistered") return state;
  return {
    letter: evolveLetter(state.letter, event),
    dialog: evolveDialogItem(state.dialog, event),
  };
}
