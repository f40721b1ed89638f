import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validate } from "@readme/openapi-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** docs/api.md's routes (the table generated from the committed document), in OpenAPI path syntax. */
const CONTRACT: Array<[string, string]> = [
  ...readFileSync(join(import.meta.dirname, "..", "..", "..", "docs", "api.md"), "utf8").matchAll(
    /^\| [^|]* \| `(GET|POST|PUT|PATCH|DELETE) ([^`]+)` +\|/gm,
  ),
].map((m) => [(m[1] as string).toLowerCase(), m[2] as string]);

describe("GET /openapi.json", () => {
  it("is a valid OpenAPI 3.1 document that lists every route of the contract", async () => {
    const res = await t.call("GET", "/openapi.json");
    expect(res.status).toBe(200);
    expect(res.json.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(res.json));
    expect(
      result.valid,
      JSON.stringify("errors" in result ? result.errors : [], null, 2).slice(0, 2000),
    ).toBe(true);
    expect(CONTRACT.length).toBeGreaterThan(30);
    const missing = CONTRACT.filter(([method, path]) => !res.json.paths[path]?.[method]);
    expect(missing).toEqual([]);
    const served = Object.entries(res.json.paths as Record<string, object>)
      .filter(([path]) => path.startsWith("/v1/"))
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`));
    expect(served.sort()).toEqual(CONTRACT.map(([m, p]) => `${m} ${p}`).sort());
  });

  it("documents bearer authentication and problem responses", async () => {
    const doc = (await t.call("GET", "/openapi.json")).json;
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: "http", scheme: "bearer" });
    expect(
      doc.paths["/v1/agreements/{id}/termination"].post.responses["422"].content[
        "application/problem+json"
      ],
    ).toBeTruthy();
  });

  it("GET /docs serves an interactive reference of it", async () => {
    const res = await t.call("GET", "/docs");
    expect(res.status).toBe(200);
    expect(res.text).toContain("/openapi.json");
  });
});
