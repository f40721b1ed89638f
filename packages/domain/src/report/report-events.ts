import type { ActivityEvent } from "../activity/activity-events";
import type { CalendarDate } from "../calendar/calendar-date";
import type { DialogEvent } from "../dialog/dialog-events";
import type { FundingEvent } from "../funding/funding-events";
import type { LetterEvent } from "../letter/letter-events";
import type { NeedEvent } from "../need/need-events";

/** A leadership dialog put in the calendar (R10). */
export type DialogScheduledEvent = Extract<DialogEvent, { type: "DialogScheduled" }>;
/** The collaboration group's basis for a dialog (R12). */
export type DialogBasisSubmittedEvent = Extract<DialogEvent, { type: "DialogBasisSubmitted" }>;
/** A held dialog's record (R11), with its needs review when it made one (R13). */
export type DialogRecordedEvent = Extract<DialogEvent, { type: "DialogRecorded" }>;
/** A need registered for the collaboration (R5, R6). */
export type NeedRegisteredEvent = NeedEvent;
/** Who raised a need (R6): a member municipality, a principal party or a dialog. */
export type NeedSourceShape = NeedEvent["raisedBy"];

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
  /**
   * The Stockholm day the event was recorded (D-32): a fact recorded more than 14 days after its
   * date is counted apart. Absent: read as recorded on time.
   */
  readonly recordedOn?: CalendarDate;
}
