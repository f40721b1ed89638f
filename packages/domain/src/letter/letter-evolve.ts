import type { CalendarDate } from "../calendar/calendar-date";
import type { LetterEvent } from "./letter-events";
import type { Dialog, LetterOfIntent } from "./letter-model";

/** A letter not yet drafted. */
export const initialLetterState: LetterOfIntent | null = null;

function updateDialog(
  state: LetterOfIntent,
  dialogId: string,
  change: (dialog: Dialog) => Dialog,
): Dialog[] {
  return state.dialogs.map((dialog) => (dialog.dialogId === dialogId ? change(dialog) : dialog));
}

function applyEvent(state: LetterOfIntent, event: LetterEvent): LetterOfIntent {
  switch (event.type) {
    case "LetterDrafted":
      return state;
    case "LetterSigned": {
      const { orgNumber, signedOn, signedBy } = event;
      return { ...state, signatures: [...state.signatures, { orgNumber, signedOn, signedBy }] };
    }
    case "LetterEnteredIntoForce":
      return { ...state, inForceFrom: event.inForceFrom };
    case "TerminationNoticeGiven": {
      const { givenBy, receivedOn, endsOn, signedBy } = event;
      return { ...state, notice: { givenBy, receivedOn, endsOn, signedBy } };
    }
    case "LetterEnded":
      return { ...state, endedOn: event.endedOn };
    case "CollaborationGroupSet":
      return { ...state, collaborationGroup: event.members };
    case "DialogScheduled": {
      const dialog: Dialog = {
        dialogId: event.dialogId,
        scheduledOn: event.scheduledOn,
        basis: null,
        record: null,
      };
      return { ...state, dialogs: [...state.dialogs, dialog] };
    }
    case "DialogBasisSubmitted": {
      const basis = { submittedOn: event.submittedOn, summary: event.summary };
      return { ...state, dialogs: updateDialog(state, event.dialogId, (d) => ({ ...d, basis })) };
    }
    case "DialogRecorded": {
      const record = { heldOn: event.heldOn, topics: event.topics, needsReview: event.needsReview };
      return { ...state, dialogs: updateDialog(state, event.dialogId, (d) => ({ ...d, record })) };
    }
    case "NeedRegistered": {
      const { type: _type, ...need } = event;
      return { ...state, needs: [...state.needs, need] };
    }
    case "StructureReviewRecorded": {
      const { type: _type, ...review } = event;
      return { ...state, structureReviews: [...state.structureReviews, review] };
    }
  }
}

function drafted(event: Extract<LetterEvent, { type: "LetterDrafted" }>): LetterOfIntent {
  const { type: _type, ...draft } = event;
  return {
    ...draft,
    signatures: [],
    inForceFrom: null,
    notice: null,
    endedOn: null as CalendarDate | null,
    collaborationGroup: null,
    dialogs: [],
    needs: [],
    structureReviews: [],
    version: 0,
  };
}

/**
 * Folds one event into the letter's state. Pure: the recorded events are the truth, the state is
 * derived from them and can always be rebuilt.
 */
export function evolveLetter(state: LetterOfIntent | null, event: LetterEvent): LetterOfIntent {
  const base = state ?? (event.type === "LetterDrafted" ? drafted(event) : null);
  if (!base) throw new Error(`A letter's first event must be LetterDrafted, not ${event.type}`);
  const next = state ? applyEvent(base, event) : base;
  return { ...next, version: base.version + 1 };
}

/** The state after all `events`, from nothing. */
export function foldLetter(events: readonly LetterEvent[]): LetterOfIntent | null {
  return events.reduce<LetterOfIntent | null>(evolveLetter, initialLetterState);
}
