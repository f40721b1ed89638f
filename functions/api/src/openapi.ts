import type { AppDeps } from "./http/app-deps";
import { openApiDocument as documentOf } from "./http/openapi-document";
import { ALL_ROUTE_GROUPS } from "./routes/all-route-groups";
import { ROUTE_GROUP_NAMES } from "./routes/route-groups";

/**
 * The API's OpenAPI 3.1 document, made from the routes' definitions and zod schemas without a
 * server, a table or a token issuer: what `packages/client` generates its types from. The same
 * groups, in the same order, make the document a running app serves at /openapi.json.
 *
 * @example writeFileSync("openapi.json", JSON.stringify(openApiDocument(), null, 2))
 */
export function openApiDocument() {
  // No request is handled: a group is built only to read its routes' definitions.
  const deps = {} as AppDeps;
  return documentOf(ROUTE_GROUP_NAMES.flatMap((name) => ALL_ROUTE_GROUPS[name](deps).definitions));
}
