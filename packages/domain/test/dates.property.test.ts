import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  type CalendarDate,
  dateParts,
  daysBetween,
  isCalendarDate,
  noticeEndDate,
} from "../src/index";

const calendarDate = fc
  .date({
    min: new Date("1990-01-01T00:00:00Z"),
    max: new Date("2100-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((instant) => instant.toISOString().slice(0, 10) as CalendarDate);
const monthIndex = (day: CalendarDate) => dateParts(day).year * 12 + dateParts(day).month;
const isLastDayOfMonth = (day: CalendarDate) => dateParts(addDays(day, 1)).day === 1;

describe("R18 D-6 properties of the notice end date", () => {
  it("R18 the end date is always three calendar months on", () => {
    fc.assert(
      fc.property(
        calendarDate,
        (receivedOn) => monthIndex(noticeEndDate(receivedOn, 3)) - monthIndex(receivedOn) === 3,
      ),
    );
  });

  it("R18 the end keeps the day-of-month, or is the last day of a month that has no such day: never earlier", () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 1, max: 24 }), (receivedOn, months) => {
        const endsOn = noticeEndDate(receivedOn, months);
        const received = dateParts(receivedOn).day;
        const ends = dateParts(endsOn).day;
        return ends === received || (ends < received && isLastDayOfMonth(endsOn));
      }),
    );
  });

  it("R18 the end date is monotonic in the notice date", () => {
    fc.assert(
      fc.property(calendarDate, calendarDate, (a, b) => {
        const [first, second] = a <= b ? [a, b] : [b, a];
        return noticeEndDate(first, 3) <= noticeEndDate(second, 3);
      }),
    );
  });

  it("R18 three months' notice always lasts between 89 and 92 days", () => {
    fc.assert(
      fc.property(calendarDate, (receivedOn) => {
        const length = daysBetween(receivedOn, noticeEndDate(receivedOn, 3));
        return length >= 89 && length <= 92;
      }),
    );
  });

  it("R21 calendar dates: impossible dates are refused, real ones round-trip", () => {
    expect(isCalendarDate("2027-02-30")).toBe(false);
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2027-13-01")).toBe(false);
    expect(isCalendarDate("2027-1-01")).toBe(false);
    fc.assert(
      fc.property(
        calendarDate,
        (day) => isCalendarDate(day) && addDays(addDays(day, 40), -40) === day,
      ),
    );
  });
});
