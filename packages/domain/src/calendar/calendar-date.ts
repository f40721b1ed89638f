// The mini UTC date: the same UTC getters and setters date-fns calls, without the full UTCDate's
// string formatting, whose Intl formatters are made on import and load ICU's data (≈ 10 ms, D-68).
import { UTCDateMini } from "@date-fns/utc/date/mini";
import { addDays as addDaysToDate, addMonths, differenceInCalendarDays } from "date-fns";
import * as z from "zod/mini";

/**
 * A calendar date `YYYY-MM-DD` in Europe/Stockholm, with no time of day.
 *
 * The letter speaks in calendar dates ("tre månaders varsel", "två gånger per år"), so the domain
 * never handles instants: the caller turns "now" into a date at the edge (R21).
 */
export type CalendarDate = string & { readonly __brand: "CalendarDate" };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Calendar arithmetic runs on UTC dates so that no time zone or DST shift can move a day.
function toUtc(date: CalendarDate): Date {
  const [, year, month, day] = ISO_DATE.exec(date) ?? [];
  return new UTCDateMini(Number(year), Number(month) - 1, Number(day));
}

// A UTC date's ISO form is its calendar date (years 1900–2999 have four digits). date-fns'
// `format` parses its pattern on every call: it was a tenth of a read's time over its GetItem.
function fromUtc(date: Date): CalendarDate {
  return date.toISOString().slice(0, 10) as CalendarDate;
}

/** True when `value` is a real `YYYY-MM-DD` date (2027-02-30 is not), years 1900–2999. */
export function isCalendarDate(value: string): value is CalendarDate {
  // The platform's own calendar (Date.UTC) decides, not a parse-and-format round trip through a
  // library: this runs for every date of every request, and the round trip cost more than the rest.
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2999) return false;
  const utc = new Date(Date.UTC(year, month - 1, day));
  return (
    utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day
  );
}

/** zod schema for a calendar date; rejects impossible dates with a readable message. */
export const CalendarDate = /* @__PURE__ */ z.pipe(
  /* @__PURE__ */ z
    .string()
    .check(
      z.refine(isCalendarDate, { message: "must be a real calendar date written YYYY-MM-DD" }),
    ),
  /* @__PURE__ */ z.transform((value: string) => value as CalendarDate),
);

/**
 * Reads a calendar date, throwing on an invalid one. For literals in code and tests; parse
 * untrusted input with the `CalendarDate` schema instead.
 *
 * @example date("2026-11-30")
 */
export function date(value: string): CalendarDate {
  if (!isCalendarDate(value)) throw new RangeError(`Not a calendar date: ${value}`);
  return value;
}

/** `date` plus `days` (negative goes back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtc(addDaysToDate(toUtc(date), days));
}

/**
 * `date` plus `months` calendar months, clamped to the last day of a shorter month
 * (2026-11-30 + 3 months = 2027-02-28).
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  return fromUtc(addMonths(toUtc(date), months));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(toUtc(to), toUtc(from));
}

/** Year, month (1–12) and day of a date. */
export function dateParts(date: CalendarDate): { year: number; month: number; day: number } {
  const utc = toUtc(date);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

/** The date for a year, month (1–12) and day; months and days may overflow as in `Date.UTC`. */
export function dateOf(year: number, month: number, day: number): CalendarDate {
  return fromUtc(new UTCDateMini(year, month - 1, day));
}

/** Sort order of two dates: negative, zero or positive. ISO dates compare as strings. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two dates. */
export function laterOf(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a > b ? a : b;
}
