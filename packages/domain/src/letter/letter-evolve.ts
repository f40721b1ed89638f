import type { CalendarDate } from "../calendar/calendar-date";
import type { DialogEvent } from "../dialog/dialog-events";
import type { NeedEvent } from "../need/need-events";
import { needsReviewsPerYearOf, type Terms } from "../terms/terms";
import { keepEarliestRecords } from "./held-dialogs";
import type { LetterEvent } from "./letter-events";
import { evolveAmendment } from "./letter-evolve-amendment";
import {
  type GroupMember,
  type LetterOfIntent,
  MAX_GROUP_APPOINTMENTS,
  MAX_RECENTLY_HELD_DIALOGS,
  type RecentlyHeldDialog,
} from "./letter-model";

/** Every event the letter's head is folded from: its own, and its dialogs' and needs'. */
export type LetterHeadEvent = LetterEvent | DialogEvent | NeedEvent;

/** The group's appointments with one more, oldest first, the latest `MAX_GROUP_APPOINTMENTS` kept (D-22). */
function withAppointment(
  state: LetterOfIntent,
  appointedOn: CalendarDate,
  members: readonly GroupMember[],
) {
  const partiesWithMembers = state.parties
    .map((party) => party.orgNumber)
    .filter((org) => members.some((member) => member.orgNumber === org));
  return [...(state.groupAppointments ?? []), { appointedOn, partiesWithMembers }]
    .sort((a, b) => (a.appointedOn < b.appointedOn ? -1 : a.appointedOn > b.appointedOn ? 1 : 0))
    .slice(-MAX_GROUP_APPOINTMENTS);
}

const agreedOf = (state: LetterOfIntent) => state.reminderPolicy?.agreed ?? null;

/**
 * The latest `MAX_RECENTLY_HELD_DIALOGS` held dialogs by the day they were held (D-23): enough
 * for every view as of a day on or after the earliest of them to list the bases that were due
 * before those dialogs were held (R12, D-21).
 */
function keepLatestHeld(held: readonly RecentlyHeldDialog[]): RecentlyHeldDialog[] {
  return [...held]
    .sort((a, b) => (a.heldOn === b.heldOn ? 0 : a.heldOn < b.heldOn ? -1 : 1))
    .slice(-MAX_RECENTLY_HELD_DIALOGS);
}

/** R26: every value a cadence of the terms has had or may take, pending amendment included. */
const cadences = (state: LetterOfIntent, cadence: (terms: Terms) => number): number[] =>
  [
    state.terms,
    ...(state.amendments ?? []).map((a) => a.terms),
    ...(state.pendingAmendment ? [state.pendingAmendment.terms] : []),
  ].map(cadence);
const dialogCadences = (state: LetterOfIntent) => cadences(state, (terms) => terms.dialogsPerYear);
/** R13, D-63: the needs-review cadences, so that the head keeps each period's first review. */
const reviewCadences = (state: LetterOfIntent) => cadences(state, needsReviewsPerYearOf);

/** A letter not yet drafted. */
export const initialLetterState: LetterOfIntent | null = null;

function applyDialogEvent(state: LetterOfIntent, event: DialogEvent): LetterOfIntent {
  switch (event.type) {
    case "DialogScheduled": {
      const open = {
        dialogId: event.dialogId,
        scheduledOn: event.scheduledOn,
        basisSubmittedOn: null,
      };
      return { ...state, openDialogs: [...state.openDialogs, open] };
    }
    case "DialogBasisSubmitted": {
      const openDialogs = state.openDialogs.map((dialog) =>
        dialog.dialogId === event.dialogId
          ? { ...dialog, basisSubmittedOn: event.submittedOn }
          : dialog,
      );
      return { ...state, openDialogs };
    }
    case "DialogRecorded": {
      const held = { heldOn: event.heldOn, needsReview: event.needsReview !== null };
      const open = state.openDialogs.find((dialog) => dialog.dialogId === event.dialogId);
      return {
        ...state,
        openDialogs: state.openDialogs.filter((dialog) => dialog.dialogId !== event.dialogId),
        heldDialogs: keepEarliestRecords(
          [...state.heldDialogs, held],
          dialogCadences(state),
          reviewCadences(state),
        ),
        recentlyHeld: open
          ? keepLatestHeld([...(state.recentlyHeld ?? []), { ...open, heldOn: event.heldOn }])
          : state.recentlyHeld,
      };
    }
  }
}

function applyEvent(state: LetterOfIntent, event: LetterHeadEvent): LetterOfIntent {
  switch (event.type) {
    case "LetterDrafted":
      return state;
    case "LetterSigned": {
      const { orgNumber, signedOn, signedBy, documentSha256 } = event;
      const bound = documentSha256 ? { documentSha256 } : {};
      return {
        ...state,
        signatures: [...state.signatures, { orgNumber, signedOn, signedBy, ...bound }],
      };
    }
    case "LetterEnteredIntoForce":
      return { ...state, inForceFrom: event.inForceFrom };
    case "TerminationNoticeGiven": {
      const { givenBy, receivedOn, endsOn, signedBy, recordedOn } = event;
      const notice = { givenBy, receivedOn, endsOn, signedBy };
      // D-33: a notice recorded late is claimed until acknowledged; a new notice replaces a claim.
      return event.awaitsAcknowledgement && recordedOn
        ? { ...state, claimedNotice: { ...notice, recordedOn } }
        : { ...state, notice, claimedNotice: null };
    }
    case "TerminationNoticeAcknowledged": {
      const { type: _type, ...acknowledgement } = event;
      const claimed = state.claimedNotice;
      if (!claimed) return state;
      return { ...state, notice: { ...claimed, acknowledgement }, claimedNotice: null };
    }
    case "LetterEnded":
      return { ...state, endedOn: event.endedOn };
    case "CollaborationGroupSet":
      return {
        ...state,
        collaborationGroup: event.members,
        groupAppointments: withAppointment(state, event.setOn, event.members),
      };
    case "StructureReviewRecorded": {
      const { type: _type, ...review } = event;
      return { ...state, structureReviews: [...state.structureReviews, review] };
    }
    case "ReminderPolicyProposed": {
      const { type: _type, ...proposal } = event;
      return { ...state, reminderPolicy: { agreed: agreedOf(state), pending: proposal } };
    }
    case "ReminderPolicyAccepted": {
      const pending = state.reminderPolicy?.pending;
      if (!pending || pending.proposalId !== event.proposalId) return state;
      const { acceptedOn, acceptedBy } = event;
      return {
        ...state,
        reminderPolicy: { agreed: { ...pending, acceptedOn, acceptedBy }, pending: null },
      };
    }
    case "ReminderPolicyDeclined":
    case "ReminderPolicyWithdrawn":
      return { ...state, reminderPolicy: { agreed: agreedOf(state), pending: null } };
    case "NeedRegistered":
      return state;
    case "AmendmentProposed":
    case "AmendmentSigned":
    case "AmendmentEnteredIntoForce":
    case "AmendmentWithdrawn":
      return evolveAmendment(state, event);
    default:
      return applyDialogEvent(state, event);
  }
}

function drafted(event: Extract<LetterEvent, { type: "LetterDrafted" }>): LetterOfIntent {
  const { type: _type, ...draft } = event;
  return {
    ...draft,
    signatures: [],
    inForceFrom: null,
    notice: null,
    claimedNotice: null,
    endedOn: null as CalendarDate | null,
    collaborationGroup: null,
    groupAppointments: [],
    openDialogs: [],
    recentlyHeld: [],
    heldDialogs: [],
    structureReviews: [],
    version: 0,
  };
}

/**
 * Folds one event into the letter's head. Pure: the recorded events are the truth, the head is
 * derived from them and can always be rebuilt. A need changes nothing in the head (needs live in
 * their own items), so it leaves the head's version as it is.
 */
export function evolveLetter(state: LetterOfIntent | null, event: LetterHeadEvent): LetterOfIntent {
  const base = state ?? (event.type === "LetterDrafted" ? drafted(event) : null);
  if (!base) throw new Error(`A letter's first event must be LetterDrafted, not ${event.type}`);
  if (state && event.type === "NeedRegistered") return state;
  const next = state ? applyEvent(base, event) : base;
  return { ...next, version: base.version + 1 };
}

/** The head after all `events`, from nothing. */
export function foldLetter(events: readonly LetterHeadEvent[]): LetterOfIntent | null {
  return events.reduce<LetterOfIntent | null>(evolveLetter, initialLetterState);
}
