import { describe, expect, it } from "vitest";
import { bundleHandler } from "../bundle-handler";
import { HANDLERS, handlerFile } from "../handlers";

// What a cold start loads, kept lean by structure (sizes and times are `pnpm bench`'s): neither
// the scheduler nor the API loads classic zod (the domain's and the API's schemas are zod/mini,
// the domain's marked pure), and the API loads the iCalendar writer, the reference page and its
// OpenAPI document only on their routes.

const classicZod = /zod[\\/]v4[\\/]classic[\\/]/;

describe("the Lambda bundles' cold start", () => {
  it("R22 the scheduler's bundle loads no classic zod, only zod/mini's parser for stored policies", async () => {
    const bundle = await bundleHandler(handlerFile(HANDLERS.scheduler), { withSdk: false });
    expect(bundle.inputsAtImport.filter((input) => classicZod.test(input))).toEqual([]);
    // The domain is in it: the run decides with the same rules as the API.
    expect(bundle.inputsAtImport.some((input) => input.includes("packages/domain"))).toBe(true);
  });

  it("the API's bundle loads no classic zod, and makes its OpenAPI document only when asked", async () => {
    const bundle = await bundleHandler(handlerFile(HANDLERS.api), { withSdk: false });
    // The handler's own file, not a chunk loaded with import() (each is an entry point too).
    expect(bundle.entry).toBe("handler.js");
    expect(
      bundle.inputsAtImport.some((input) => input.endsWith("functions/api/src/lambda.ts")),
    ).toBe(true);
    expect(bundle.inputsAtImport.filter((input) => classicZod.test(input))).toEqual([]);
    // The document and zod's JSON Schema generator are a chunk /openapi.json and /docs load.
    const atImport = bundle.inputsAtImport.join("\n");
    expect(atImport).not.toMatch(/openapi-document/);
    expect(atImport).not.toMatch(/json-schema-processors/);
    expect(atImport).not.toMatch(/zod-openapi|zod-to-openapi/);
  });

  it("D-68 the API registers its routes at a cold start and loads each route group, its schemas and views, on the group's first request", async () => {
    const bundle = await bundleHandler(handlerFile(HANDLERS.api), { withSdk: false });
    const routesAtImport = bundle.inputsAtImport.filter((input) =>
      /functions[\\/]api[\\/]src[\\/](routes|schemas)[\\/]/.test(input),
    );
    // Only the table of which group serves which route, and the groups' loaders.
    expect(routesAtImport.map((input) => input.replace(/.*[\\/]/, "")).sort()).toEqual([
      "route-groups.ts",
      "route-table.ts",
    ]);
    // Each group is a chunk of its own: the agreements' routes are in the bundle, not at import.
    const all = [...bundle.files.values()].map((file) => new TextDecoder().decode(file)).join("\n");
    expect(all).toContain("/v1/agreements/{id}/amendments");
    // No Intl formatter is made at import (the full UTCDate makes three): ICU's data loads with
    // the first dated request.
    expect(bundle.inputsAtImport.join("\n")).not.toMatch(/@date-fns[\\/]utc[\\/]date[\\/]index/);
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

  it("the API loads the archive package's writer (xmlbuilder2, yazl) on its route only (D-57)", async () => {
    const bundle = await bundleHandler(handlerFile(HANDLERS.api), { withSdk: false });
    const atImport = bundle.inputsAtImport.join("\n");
    expect(atImport).not.toMatch(/xmlbuilder2|yazl|packages[\\/]core[\\/]src[\\/]archive/);
    const all = [...bundle.files.values()].map((file) => new TextDecoder().decode(file)).join("\n");
    expect(all).toContain("E-ARK-SIP.xml");
  });
  it("the API loads pdf-lib and fontkit only when it renders a document (D-53)", async () => {
    const bundle = await bundleHandler(handlerFile(HANDLERS.api), { withSdk: false });
    const atImport = bundle.inputsAtImport.join("\n");
    expect(atImport).not.toMatch(/pdf-lib/);
    expect(atImport).not.toMatch(/fontkit/);
  }, 30_000);

  it("D-67 the archive function's bundle is the streaming handler, with the package writer in a chunk of its own", async () => {
    const bundle = await bundleHandler(handlerFile(HANDLERS.apiStreaming), { withSdk: false });
    expect(bundle.entry).toBe("handler.js");
    expect(
      bundle.inputsAtImport.some((input) =>
        input.endsWith("functions/api/src/lambda-streaming.ts"),
      ),
    ).toBe(true);
    const all = [...bundle.files.values()].map((file) => new TextDecoder().decode(file)).join("\n");
    expect(all).toContain("E-ARK-SIP.xml");
    expect(all).toContain("streamifyResponse");
  }, 30_000);
});
