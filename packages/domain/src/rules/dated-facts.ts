import type { CalendarDate } from "../calendar/calendar-date";
import type { RuleId } from "./rule-ids";
import { type Check, violation } from "./rule-violation";

/**
 * D-20: a date a command records as a fact is not after the day the command is made (`today`, in
 * Europe/Stockholm, which the command carries: the rules read no clock) and not before what it
 * belongs to began. Refused under the rule the date belongs to.
 *
 * @example checkDated("R17", "A signature", signedOn, today, { on: letter.draftedOn, what: "the letter was drafted" })
 */
export function checkDated(
  rule: RuleId,
  what: string,
  day: CalendarDate,
  today: CalendarDate | undefined,
  notBefore?: { readonly on: CalendarDate; readonly what: string },
): Check {
  if (today !== undefined && day > today) {
    return violation(rule, "date-in-the-future", `${what} on ${day} is after today, ${today}`, {
      date: day,
      today,
    });
  }
  if (notBefore && day < notBefore.on) {
    return violation(
      rule,
      "date-before-start",
      `${what} on ${day} is before ${notBefore.what} on ${notBefore.on}`,
      { date: day, earliest: notBefore.on },
    );
  }
  return undefined;
}
