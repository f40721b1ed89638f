import { type CalendarDate, daysBetween } from "../calendar/calendar-date";

/**
 * D-32: a fact recorded more than this many days after its date is "recorded late". It stays a
 * fact of its date (D-21), but the trail, the web and the follow-up report (R24) show both dates,
 * and the report counts it apart from what was recorded on time. Also D-33's limit: a notice
 * dated more than this many days before it is recorded is only claimed until acknowledged.
 */
export const LATE_RECORD_DAYS = 14;

/** True when a fact dated `factOn` and recorded on `recordedOn` was recorded late (D-32). */
export function isRecordedLate(factOn: CalendarDate, recordedOn: CalendarDate): boolean {
  return daysBetween(factOn, recordedOn) > LATE_RECORD_DAYS;
}

/**
 * `{ recordedOn: today }` when a fact dated `factOn` is recorded late today (D-32), else nothing:
 * events carry the day they were recorded only when it tells something the date does not.
 */
export function lateOn(
  factOn: CalendarDate,
  today: CalendarDate | undefined,
): { recordedOn?: CalendarDate } {
  return today !== undefined && isRecordedLate(factOn, today) ? { recordedOn: today } : {};
}

/** A fact recorded late: the day it is dated and the day it was recorded (D-32). */
export interface LateRecord {
  readonly factOn: CalendarDate;
  readonly recordedOn: CalendarDate;
}

/** Each event type that records a dated fact, and the field its date is in (D-20, D-32). */
const FACT_DATE_FIELDS: Readonly<Record<string, string>> = {
  LetterSigned: "signedOn",
  TerminationNoticeGiven: "receivedOn",
  CollaborationGroupSet: "setOn",
  StructureReviewRecorded: "reviewedOn",
  DialogBasisSubmitted: "submittedOn",
  DialogRecorded: "heldOn",
  NeedRegistered: "raisedOn",
  SpecialAgreementSigned: "signedOn",
  ActivityStarted: "startedOn",
  ActivityCompleted: "completedOn",
  FundingApplicationSubmitted: "submittedOn",
  FundingDecisionRecorded: "decidedOn",
  FundingApplicationWithdrawn: "withdrawnOn",
};

/** The date of the fact an event records, if it records a dated fact (D-20). */
export function factDateOf(event: { readonly type: string }): CalendarDate | null {
  const field = FACT_DATE_FIELDS[event.type];
  const value = field ? (event as unknown as Record<string, unknown>)[field] : undefined;
  return typeof value === "string" ? (value as CalendarDate) : null;
}

/**
 * The event's fact as recorded late (D-32), or null when it was recorded within
 * `LATE_RECORD_DAYS` of its date or records no dated fact.
 *
 * @example lateRecordOf({ type: "DialogRecorded", heldOn: "2026-03-01", … }, "2026-09-01") // { factOn: "2026-03-01", recordedOn: "2026-09-01" }
 */
export function lateRecordOf(
  event: { readonly type: string },
  recordedOn: CalendarDate,
): LateRecord | null {
  const factOn = factDateOf(event);
  return factOn !== null && isRecordedLate(factOn, recordedOn) ? { factOn, recordedOn } : null;
}
