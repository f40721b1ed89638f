import { openApiDocument as documentOf } from "./http/openapi-document";
import { allRouteGroupsBuilt } from "./routes/all-route-groups";

/**
 * The API's OpenAPI 3.1 document, made from the routes' definitions and zod schemas without a
 * server, a table or a token issuer: what `packages/client` generates its types from. The same
 * groups, in the same order, make the document a running app serves at /openapi.json.
 *
 * @example writeFileSync("openapi.json", JSON.stringify(openApiDocument(), null, 2))
 */
export function openApiDocument() {
  return documentOf(allRouteGroupsBuilt().flatMap(([, router]) => router.definitions));
}
