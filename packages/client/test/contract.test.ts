import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  renderOpenApiJson,
  renderSchemaTypes,
  tableCells,
  withRouteTable,
} from "../scripts/render-contract";

const packageDir = join(import.meta.dirname, "..");
const committed = (file: string) => readFileSync(join(packageDir, file), "utf8");
const regenerate = "run `pnpm --filter @samverkan/client generate` and commit the result";

describe("the committed contract", () => {
  it("openapi.json is the API's current document", () => {
    const fresh = renderOpenApiJson();
    expect(committed("openapi.json"), `openapi.json is stale: ${regenerate}`).toBe(fresh);
  }, 30_000);

  it("src/schema.d.ts is what openapi-typescript makes of openapi.json", async () => {
    const fresh = await renderSchemaTypes(committed("openapi.json"));
    expect(committed("src/schema.d.ts"), `src/schema.d.ts is stale: ${regenerate}`).toBe(fresh);
  }, 30_000);

  it("docs/api.md's route table is the document's", () => {
    const apiDoc = readFileSync(join(packageDir, "..", "..", "docs", "api.md"), "utf8");
    expect(tableCells(apiDoc), `docs/api.md's route table is stale: ${regenerate}`).toEqual(
      tableCells(withRouteTable(apiDoc, committed("openapi.json"))),
    );
  });

  it("describes every route of docs/api.md under /v1 with a bearer token", () => {
    const document = JSON.parse(committed("openapi.json")) as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    const paths = Object.keys(document.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/v1/agreements/{id}",
        "/v1/agreements/{id}/termination",
        "/v1/agreements/{id}/dialogs/{dialogId}/record",
        "/v1/agreements/{id}/activities/{activityId}/special-agreement/signatures",
      ]),
    );
    for (const path of paths.filter((p) => p.startsWith("/v1/")))
      for (const operation of Object.values(document.paths[path] ?? {}))
        expect(operation.security, path).toEqual([{ bearer: [] }]);
  });
});
