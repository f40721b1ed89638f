import type { ActivityEvent } from "../activity/activity-events";
import type { CalendarDate } from "../calendar/calendar-date";
import type { FundingEvent } from "../funding/funding-events";
import type { LetterEvent } from "../letter/letter-events";
import type { FocusArea } from "../vocabulary/focus-areas";

// The dialog and need events are written out by shape rather than taken from `LetterEvent`: they
// are moving from the letter's stream to streams of their own (`dialog:<id>`, `need:<id>`), and
// the report reads them by `type` wherever they are recorded. The shapes are those of the schemas.

/** A leadership dialog put in the calendar (R10). */
export interface DialogScheduledEvent {
  readonly type: "DialogScheduled";
  readonly dialogId: string;
  readonly scheduledOn: CalendarDate;
}

/** The collaboration group's basis for a dialog (R12). */
export interface DialogBasisSubmittedEvent {
  readonly type: "DialogBasisSubmitted";
  readonly dialogId: string;
  readonly submittedOn: CalendarDate;
  readonly summary: string;
}

/** A held dialog's record (R11), with its needs review when it made one (R13). */
export interface DialogRecordedEvent {
  readonly type: "DialogRecorded";
  readonly dialogId: string;
  readonly heldOn: CalendarDate;
  readonly topics: {
    readonly outsideWorld: string;
    readonly trends: string;
    readonly futureChallenges: string;
    readonly directionAdjustments: string;
  };
  readonly needsReview: { readonly needIds: readonly string[] } | null;
}

/** Who raised a need (R6): a member municipality, a principal party or a dialog. */
export type NeedSourceShape =
  | { readonly kind: "municipality" | "party"; readonly orgNumber: string }
  | { readonly kind: "dialog"; readonly dialogId: string };

/** A need registered for the collaboration (R5, R6). */
export interface NeedRegisteredEvent {
  readonly type: "NeedRegistered";
  readonly needId: string;
  readonly title: string;
  readonly description: string;
  readonly raisedBy: NeedSourceShape;
  readonly raisedOn: CalendarDate;
  readonly focusAreas: readonly FocusArea[];
  readonly dialogId?: string;
}

/** Any event the follow-up report reads (R24): the letter's, a dialog's, a need's, an activity's or an application's. */
export type ReportEvent =
  | LetterEvent
  | ActivityEvent
  | FundingEvent
  | DialogScheduledEvent
  | DialogBasisSubmittedEvent
  | DialogRecordedEvent
  | NeedRegisteredEvent;

/**
 * One recorded event and the stream it belongs to: `letter`, `activity:<id>`, `funding:<id>`
 * (`dialog:<id>` and `need:<id>` too). The stream names the activity or application of the events
 * that do not carry its id.
 */
export interface RecordedFact {
  readonly aggregate: string;
  readonly event: ReportEvent;
}
