import { afterEach, describe, expect, it, vi } from "vitest";

// The scheduled run's handler refuses to start misconfigured: without the notification bus, its
// reminders would go nowhere, so it fails at load (a failed deploy), not silently at 06:00.

const saved = process.env.NOTIFICATION_BUS_NAME;
afterEach(() => {
  if (saved === undefined) delete process.env.NOTIFICATION_BUS_NAME;
  else process.env.NOTIFICATION_BUS_NAME = saved;
  vi.resetModules();
});

describe("the daily run's handler", () => {
  it("R22 refuses to load without NOTIFICATION_BUS_NAME", async () => {
    delete process.env.NOTIFICATION_BUS_NAME;
    await expect(import("../src/handler")).rejects.toThrow(/NOTIFICATION_BUS_NAME must be set/);
  });

  it("R22 loads with a bus named, and exports the handler the schedule calls", async () => {
    process.env.NOTIFICATION_BUS_NAME = "samverkan-test-bus";
    const module = await import("../src/handler");
    expect(typeof module.handler).toBe("function");
  });
});
