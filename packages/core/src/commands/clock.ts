import type { CalendarDate } from "@samverkan/domain";
import { Clock, Effect } from "effect";

const STOCKHOLM = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" });

/** The calendar date in Europe/Stockholm at an instant: the letter's dates are Swedish dates. */
export function stockholmDate(epochMillis: number): CalendarDate {
  return STOCKHOLM.format(new Date(epochMillis)) as CalendarDate;
}

/** Today in Europe/Stockholm, from Effect's clock (which tests can move). */
export const today = Clock.currentTimeMillis.pipe(Effect.map(stockholmDate));

/** Now as an ISO instant, from Effect's clock: when an event or a feed was recorded. */
export const nowIso = Clock.currentTimeMillis.pipe(
  Effect.map((millis) => new Date(millis).toISOString()),
);
