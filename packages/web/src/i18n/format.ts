// Dates as people in Sweden write them ("28 februari 2027"), and their English form for the
// English switch ("28 February 2027"). Calendar dates from the API are `YYYY-MM-DD` days, so
// they are formatted in UTC: no time zone can move them to another day.

import type { Language } from "./language";

const locales: Record<Language, string> = { sv: "sv-SE", en: "en-GB" };

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(language: Language, options: Intl.DateTimeFormatOptions) {
  const key = `${language}${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[language], options);
    cache.set(key, format);
  }
  return format;
}

const utcDay = (day: string) => {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date));
};

/** "28 februari 2027" for `2027-02-28`. */
export const formatDate = (day: string, language: Language) =>
  formatter(language, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    utcDay(day),
  );

/** "feb. 2027": a month on the timeline's axis. */
export const formatMonth = (day: string, language: Language) =>
  formatter(language, { month: "short", year: "numeric", timeZone: "UTC" }).format(utcDay(day));

/** "februari 2027": a month named in full (the event log's filter). */
export const formatLongMonth = (day: string, language: Language) =>
  formatter(language, { month: "long", year: "numeric", timeZone: "UTC" }).format(utcDay(day));

/** "27 november 2026 14:05": when something was recorded, in Stockholm time. */
export const formatTimestamp = (iso: string, language: Language) =>
  formatter(language, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/Stockholm",
  }).format(new Date(iso));

/** "1 250 000 kr": an amount in Swedish kronor. */
export const formatSek = (amount: number, language: Language) =>
  new Intl.NumberFormat(locales[language], {
    style: "currency",
    currency: "SEK",
    maximumFractionDigits: 0,
  }).format(amount);

/** `day` moved by whole months, kept within the month (for the timeline's window). */
export function addMonths(day: string, months: number): string {
  const date = utcDay(day);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`. */
export const daysBetween = (from: string, to: string) =>
  Math.round((utcDay(to).getTime() - utcDay(from).getTime()) / 86_400_000);
