import { describe, expect, it } from "vitest";
import { bundleHandler } from "../bundle-handler";
import { HANDLERS, handlerFile } from "../handlers";

// What a cold start loads, kept lean by structure (sizes and times are `pnpm bench`'s): the
// scheduler leaves classic zod out (the domain's schemas are marked pure and the stored reminder
// policy is read with zod/mini), and the API loads the iCalendar writer and the reference page
// only on their routes.

const classicZod = /zod[\\/]v4[\\/]classic[\\/]/;

describe("the Lambda bundles' cold start", () => {
  it("R22 the scheduler's bundle loads no classic zod, only zod/mini's parser for stored policies", async () => {
    const bundle = await bundleHandler(handlerFile(HANDLERS.scheduler), { withSdk: false });
    expect(bundle.inputsAtImport.filter((input) => classicZod.test(input))).toEqual([]);
    // The domain is in it: the run decides with the same rules as the API.
    expect(bundle.inputsAtImport.some((input) => input.includes("packages/domain"))).toBe(true);
  });

  it("the API loads ical-generator and the reference page on their routes only", async () => {
    const bundle = await bundleHandler(handlerFile(HANDLERS.api), { withSdk: false });
    const atImport = bundle.inputsAtImport.join("\n");
    expect(atImport).not.toMatch(/ical-generator/);
    expect(atImport).not.toMatch(/reference-page/);
    // They are in the bundle, as chunks of their own that the first such request loads.
    expect(bundle.files.size).toBeGreaterThan(1);
    const all = [...bundle.files.values()].map((file) => new TextDecoder().decode(file)).join("\n");
    expect(all).toContain("VCALENDAR");
  });
});
