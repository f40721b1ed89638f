// `pnpm --filter @samverkan/client generate`: writes openapi.json and src/schema.d.ts from the
// API's code, and the route table of docs/api.md. Run it after changing a route; test/contract.test.ts fails until you do.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderOpenApiJson, renderSchemaTypes, withRouteTable } from "./render-contract";

const packageDir = join(import.meta.dirname, "..");
const json = renderOpenApiJson();
writeFileSync(join(packageDir, "openapi.json"), json);
writeFileSync(join(packageDir, "src", "schema.d.ts"), await renderSchemaTypes(json));
const apiDoc = join(packageDir, "..", "..", "docs", "api.md");
writeFileSync(apiDoc, withRouteTable(readFileSync(apiDoc, "utf8"), json));
console.log("generate: wrote openapi.json, src/schema.d.ts and the route table of docs/api.md");
