import { addDays as addCalendarDays, isCalendarDate } from "@samverkan/domain/vocabulary";

/**
 * `day` plus `days` calendar days, as `YYYY-MM-DD`: the domain's own arithmetic (no copy here);
 * the API sends calendar dates, so anything else is a fault, not a value to show.
 */
export function addDays(day: string, days: number): string {
  if (!isCalendarDate(day)) throw new RangeError(`not a calendar date: ${day}`);
  return addCalendarDays(day, days);
}
