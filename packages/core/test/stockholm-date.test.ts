import { describe, expect, it } from "vitest";
import { stockholmDate } from "../src/index";

// Fixed instants, not today: the function maps an instant to a date and does not read the clock.
describe("stockholmDate: the calendar date in Europe/Stockholm at an instant (R21)", () => {
  it("changes at Stockholm's midnight, in winter (UTC+1) and summer (UTC+2), to the millisecond", () => {
    const at = (iso: string) => stockholmDate(Date.parse(iso));
    expect(at("2026-12-31T22:59:59.999Z")).toBe("2026-12-31");
    expect(at("2026-12-31T23:00:00.000Z")).toBe("2027-01-01");
    expect(at("2027-06-30T21:59:59.999Z")).toBe("2027-06-30");
    expect(at("2027-06-30T22:00:00.000Z")).toBe("2027-07-01");
  });

  it("gives each instant of a second the same date whichever is asked first (the last second's date is kept)", () => {
    const second = Date.parse("2027-01-01T00:00:00Z");
    const late = stockholmDate(second + 999);
    expect(stockholmDate(second)).toBe(late);
    expect(stockholmDate(second - 1)).toBe("2027-01-01");
    expect(stockholmDate(Date.parse("2026-12-31T22:59:59.500Z"))).toBe("2026-12-31");
    expect(stockholmDate(Date.parse("2026-12-31T22:59:59.000Z"))).toBe("2026-12-31");
    expect(stockholmDate(Date.parse("2026-12-31T23:00:00.000Z"))).toBe("2027-01-01");
  });
});
