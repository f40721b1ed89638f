import type { CalendarDate } from "../calendar/calendar-date";
import type { LetterEvent } from "../letter/letter-events";
import type { FocusArea } from "../vocabulary/focus-areas";
import type { NeedSourceShape, RecordedFact } from "./report-events";
import {
  type ActivityFacts,
  type ApplicationFacts,
  addActivityEvent,
  addFundingEvent,
} from "./report-streams";

type Terms = Extract<LetterEvent, { type: "LetterDrafted" }>["terms"];

/** What the report needs of the letter itself (R10, R12, R17, R18). */
export interface LetterFacts {
  readonly draftedOn: CalendarDate;
  readonly terms: Terms;
  /** The letter's own focus areas (R4), from its template: the report's columns. */
  readonly focusAreas: readonly FocusArea[];
  inForceFrom: CalendarDate | null;
  noticeReceivedOn: CalendarDate | null;
  /** The last day in force: the notice's end date, or the recorded end. */
  endsOn: CalendarDate | null;
  /** R26: the amendments in force, by effective date: each part of a year counts by its terms. */
  amendments: { readonly effectiveFrom: CalendarDate; readonly terms: Terms }[];
}

/** One dialog, merged from its scheduling, basis and record (R10–R13). */
export interface DialogFacts {
  readonly dialogId: string;
  scheduledOn: CalendarDate | null;
  basisSubmittedOn: CalendarDate | null;
  heldOn: CalendarDate | null;
  needsReview: boolean;
  /** D-32: when the basis and the record were recorded, if known. */
  basisRecordedOn: CalendarDate | null;
  heldRecordedOn: CalendarDate | null;
}

/** One registered need (R6). */
export interface NeedFacts {
  readonly needId: string;
  readonly raisedBy: NeedSourceShape;
  readonly raisedOn: CalendarDate;
  readonly focusAreas: readonly FocusArea[];
}

/** A recorded structure review and the year it reviews (R15). */
export interface StructureReviewFacts {
  readonly year: number;
  readonly reviewedOn: CalendarDate;
  /** D-32: when it was recorded, if known. */
  readonly recordedOn: CalendarDate | null;
}

/** The recorded facts indexed once by what they are about, so each figure reads them directly. */
export interface ReportFacts {
  readonly letter: LetterFacts | null;
  readonly dialogs: readonly DialogFacts[];
  readonly needs: readonly NeedFacts[];
  readonly structureReviews: readonly StructureReviewFacts[];
  readonly activities: readonly ActivityFacts[];
  readonly applications: readonly ApplicationFacts[];
}

function addLetterEvent(letter: LetterFacts | null, event: LetterEvent): LetterFacts | null {
  if (event.type === "LetterDrafted") {
    const { draftedOn, terms, focusAreas } = event;
    return {
      draftedOn,
      terms,
      focusAreas,
      inForceFrom: null,
      noticeReceivedOn: null,
      endsOn: null,
      amendments: [],
    };
  }
  if (!letter) return letter;
  if (event.type === "LetterEnteredIntoForce") letter.inForceFrom = event.inForceFrom;
  if (event.type === "AmendmentEnteredIntoForce") {
    const { effectiveFrom, terms } = event;
    letter.amendments = [...letter.amendments, { effectiveFrom, terms }].sort((a, b) =>
      a.effectiveFrom < b.effectiveFrom ? -1 : 1,
    );
  }
  if (event.type === "TerminationNoticeGiven") {
    letter.noticeReceivedOn = event.receivedOn;
    letter.endsOn = event.endsOn;
  }
  // The recorded end is the notice's end date (R20); it only stands in when no notice is known.
  if (event.type === "LetterEnded") letter.endsOn = letter.endsOn ?? event.endedOn;
  return letter;
}

/**
 * Indexes `facts` in one pass (R24), by event type wherever the event is recorded: dialogs and
 * needs may be in the letter's stream or in their own.
 */
export function indexFacts(facts: readonly RecordedFact[]): ReportFacts {
  let letter: LetterFacts | null = null;
  const dialogs = new Map<string, DialogFacts>();
  const needs: NeedFacts[] = [];
  const structureReviews: StructureReviewFacts[] = [];
  const activities = new Map<string, ActivityFacts>();
  const applications = new Map<string, ApplicationFacts>();
  const dialog = (dialogId: string): DialogFacts => {
    const found = dialogs.get(dialogId);
    if (found) return found;
    const empty = {
      scheduledOn: null,
      basisSubmittedOn: null,
      heldOn: null,
      needsReview: false,
      basisRecordedOn: null,
      heldRecordedOn: null,
    };
    dialogs.set(dialogId, { dialogId, ...empty });
    return dialogs.get(dialogId) as DialogFacts;
  };
  for (const { aggregate, event, recordedOn = null } of facts) {
    switch (event.type) {
      case "DialogScheduled":
        dialog(event.dialogId).scheduledOn = event.scheduledOn;
        break;
      case "DialogBasisSubmitted":
        dialog(event.dialogId).basisSubmittedOn = event.submittedOn;
        dialog(event.dialogId).basisRecordedOn = recordedOn;
        break;
      case "DialogRecorded":
        dialog(event.dialogId).heldOn = event.heldOn;
        dialog(event.dialogId).needsReview = event.needsReview !== null;
        dialog(event.dialogId).heldRecordedOn = recordedOn;
        break;
      case "NeedRegistered": {
        const { needId, raisedBy, raisedOn, focusAreas } = event;
        needs.push({ needId, raisedBy, raisedOn, focusAreas });
        break;
      }
      case "StructureReviewRecorded":
        structureReviews.push({ year: event.year, reviewedOn: event.reviewedOn, recordedOn });
        break;
      case "ActivityDefined":
      case "SpecialAgreementDrafted":
      case "SpecialAgreementSigned":
      case "ActivityStarted":
      case "ActivityCompleted":
      case "SpecialAgreementFlaggedForReview":
        addActivityEvent(activities, aggregate, event);
        break;
      case "FundingApplicationPlanned":
      case "FundingApplicationRevised":
      case "FundingApplicationSubmitted":
      case "FundingDecisionRecorded":
      case "FundingApplicationWithdrawn":
        addFundingEvent(applications, aggregate, event);
        break;
      default:
        letter = addLetterEvent(letter, event);
    }
  }
  return {
    letter,
    dialogs: [...dialogs.values()],
    needs,
    structureReviews,
    activities: [...activities.values()],
    applications: [...applications.values()],
  };
}
