// `pnpm --filter @samverkan/client generate`: writes openapi.json and src/schema.d.ts from the
// API's code. Run it after changing a route; test/contract.test.ts fails until you do.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderOpenApiJson, renderSchemaTypes } from "./render-contract";

const packageDir = join(import.meta.dirname, "..");
const json = renderOpenApiJson();
writeFileSync(join(packageDir, "openapi.json"), json);
writeFileSync(join(packageDir, "src", "schema.d.ts"), await renderSchemaTypes(json));
console.log("generate: wrote openapi.json and src/schema.d.ts");
