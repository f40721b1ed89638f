import { addCalendarMonths, type CalendarDate, type LetterOfIntent } from "@samverkan/domain";
import * as Effect from "effect/Effect";
import { InputOutOfRange } from "../errors";

/**
 * How far from the letter's start a view "as of" a date may lie. Obligations grow with the periods
 * between entry into force and the date asked, so an unbounded date (year 2999) would make one
 * request compute thousands; ten years either side is more than any follow-up looks at.
 */
export const AS_OF_RANGE_YEARS = 10;

/** `asOf` if it lies within `AS_OF_RANGE_YEARS` of the letter's entry into force (or drafting). */
export function withinAsOfRange(letter: LetterOfIntent, asOf: CalendarDate) {
  const start = letter.inForceFrom ?? letter.draftedOn;
  const months = AS_OF_RANGE_YEARS * 12;
  const earliest = addCalendarMonths(start, -months);
  const latest = addCalendarMonths(start, months);
  return asOf >= earliest && asOf <= latest
    ? Effect.succeed(asOf)
    : Effect.fail(
        new InputOutOfRange({
          code: "as-of-out-of-range",
          message: `asOf must lie between ${earliest} and ${latest}, within ${AS_OF_RANGE_YEARS} years of the letter's start on ${start}`,
        }),
      );
}
