import { addCalendarMonths, type CalendarDate } from "../calendar/calendar-date";
import type { LetterOfIntent } from "./letter-model";

/** Where a letter stands on a date (api.md: `draft`, `in-force`, `notice-given`, `ended`). */
export type LetterStatus = "draft" | "in-force" | "notice-given" | "ended";

/**
 * The day a letter ends when notice is received on `receivedOn` (R18, D-6): the same day-of-month
 * `noticeMonths` calendar months later, or that month's last day when it has no such day. The
 * letter is in force up to and including that day.
 *
 * @example noticeEndDate(date("2026-11-30"), 3) // "2027-02-28"
 * @clause Giltighet
 */
export function noticeEndDate(receivedOn: CalendarDate, noticeMonths: number): CalendarDate {
  return addCalendarMonths(receivedOn, noticeMonths);
}

/**
 * The letter's status as of `asOf`, from its recorded facts (R17, R18). A letter is a draft until
 * both principal parties have signed; from the last signature it is in force; a notice received
 * makes it `notice-given` until its end date, and `ended` from the day after.
 */
export function letterStatusAsOf(letter: LetterOfIntent, asOf: CalendarDate): LetterStatus {
  if (!letter.inForceFrom || asOf < letter.inForceFrom) return "draft";
  if (!letter.notice || asOf < letter.notice.receivedOn) return "in-force";
  return asOf <= letter.notice.endsOn ? "notice-given" : "ended";
}

/** True when the letter binds its parties on `day` (R17, R18). */
export function isInForceOn(letter: LetterOfIntent, day: CalendarDate): boolean {
  const status = letterStatusAsOf(letter, day);
  return status === "in-force" || status === "notice-given";
}

/** The last day the letter is in force, if notice has been given (R18). */
export function letterEndsOn(letter: LetterOfIntent): CalendarDate | null {
  return letter.notice?.endsOn ?? null;
}
