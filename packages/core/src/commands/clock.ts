import type { CalendarDate } from "@samverkan/domain";
import * as Clock from "effect/Clock";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";

// Made on first use, not on import: the first Intl formatter loads ICU's data (≈ 10 ms here),
// which a cold start that answers no dated request (a preflight, /health) does not need (D-68).
let stockholm: Intl.DateTimeFormat | undefined;

// The last second's date: Intl's formatting costs more than the rest of a read's own work, and
// every request asks for today. Exact, not approximate: Stockholm's offsets are whole hours, so a
// day never begins inside a second, and one second has one date.
let lastSecond = Number.NaN;
let lastDate = "" as CalendarDate;

/** The calendar date in Europe/Stockholm at an instant: the letter's dates are Swedish dates. */
export function stockholmDate(epochMillis: number): CalendarDate {
  const second = Math.floor(epochMillis / 1000);
  if (second !== lastSecond) {
    stockholm ??= new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" });
    lastDate = stockholm.format(new Date(epochMillis)) as CalendarDate;
    lastSecond = second;
  }
  return lastDate;
}

/** Today in Europe/Stockholm, from Effect's clock (which tests can move). */
export const today = Clock.currentTimeMillis.pipe(Effect.map(stockholmDate));

/** Now as an ISO instant, from Effect's clock: when an event or a feed was recorded. */
export const nowIso = Clock.currentTimeMillis.pipe(
  Effect.map((millis) => new Date(millis).toISOString()),
);

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * A clock on which today, in Europe/Stockholm, is `today`: the real clock moved by whole days, so
 * time still passes within the day. Plays the system forward or back (`SAMVERKAN_TODAY` locally,
 * a fixed day in tests); API, daily run and mail agree on it because they share the layer.
 *
 * @example ManagedRuntime.make(Layer.merge(dynamoLayer(settings), clockWithToday(date("2027-03-01"))))
 */
export function clockWithToday(day: CalendarDate, nowMs = Date.now()) {
  const days = Math.round(
    (Date.parse(`${day}T12:00:00Z`) - Date.parse(`${stockholmDate(nowMs)}T12:00:00Z`)) / DAY_MS,
  );
  // Whole days of 24 hours keep the time of day in UTC, not in Stockholm: across a change to or
  // from summer time an evening moves an hour, and after 23:00 it would fall on the next day.
  // Moved by that hour, the shifted instant's Stockholm date is `day` at every time of day.
  let offset = days * DAY_MS;
  for (const hour of [0, -HOUR_MS, HOUR_MS])
    if (stockholmDate(nowMs + days * DAY_MS + hour) === day) {
      offset = days * DAY_MS + hour;
      break;
    }
  // A fresh instance of Effect's default (real) clock.
  const real = Clock.Clock.defaultValue();
  const shifted: Clock.Clock = {
    currentTimeMillisUnsafe: () => real.currentTimeMillisUnsafe() + offset,
    currentTimeMillis: Effect.sync(() => real.currentTimeMillisUnsafe() + offset),
    currentTimeNanosUnsafe: () => real.currentTimeNanosUnsafe() + BigInt(offset) * 1_000_000n,
    currentTimeNanos: Effect.sync(
      () => real.currentTimeNanosUnsafe() + BigInt(offset) * 1_000_000n,
    ),
    // Monotonic time measures durations (spans, timing), not the day: it is not moved.
    monotonicTimeNanosUnsafe: () => real.monotonicTimeNanosUnsafe(),
    monotonicTimeNanos: real.monotonicTimeNanos,
    sleep: (duration) => real.sleep(duration),
  };
  return Layer.succeed(Clock.Clock, shifted);
}
