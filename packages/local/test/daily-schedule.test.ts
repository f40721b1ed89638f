import { describe, expect, it } from "vitest";
import { millisUntilNextRun, RUN_AT } from "../src/daily-schedule";

// pnpm dev runs the daily run at 06:00 Europe/Stockholm like the deployed schedule: the wait must
// follow the time zone's own clock, summer time included.

const HOUR = 3_600_000;

describe("pnpm dev's daily schedule", () => {
  it("R22 the next run is at 06:00 in Stockholm, in winter (UTC+1) and in summer (UTC+2)", () => {
    expect(RUN_AT).toMatchObject({ hour: 6, minute: 0, timeZone: "Europe/Stockholm" });
    // 2026-01-15 04:00 UTC is 05:00 in Stockholm: one hour to go.
    expect(millisUntilNextRun(Date.UTC(2026, 0, 15, 4, 0))).toBe(HOUR);
    // 2026-07-15 03:00 UTC is 05:00 in Stockholm (summer time): one hour to go.
    expect(millisUntilNextRun(Date.UTC(2026, 6, 15, 3, 0))).toBe(HOUR);
    // Just after 06:00 in Stockholm: the next run is tomorrow's.
    expect(millisUntilNextRun(Date.UTC(2026, 0, 15, 5, 0, 1))).toBe(24 * HOUR - 1000);
  });
});
