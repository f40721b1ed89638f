import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { openApiDocument } from "../../src/openapi";

// Every response a test receives is checked against what the OpenAPI document declares for its
// route: the status must be declared, and a JSON body must match the declared schema. The
// document generates the web's and every client's types, so a handler that drifts from it fails
// the test that met the drift.

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
}
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, object> };
};

const document = openApiDocument() as unknown as Document;
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
addFormats.default(ajv, ["date", "email", "date-time", "uri"]);
// Schemas refer to `#/components/schemas/…`: the document is registered once, and each response
// schema is compiled as a reference into it (by a JSON pointer to it).
ajv.addSchema({ $id: "openapi", paths: document.paths, components: document.components });

const templates = Object.keys(document.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+").replace(/\./g, "\\.")}$`),
}));

const compiled = new Map<string, ValidateFunction>();
function validatorFor(pointer: string): ValidateFunction {
  let validate = compiled.get(pointer);
  if (!validate) {
    validate = ajv.compile({ $ref: `openapi#${pointer}` });
    compiled.set(pointer, validate);
  }
  return validate;
}

const pointerSegment = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

/**
 * What is wrong with a response to `method path` by the OpenAPI document, or `undefined` when
 * nothing is (also for a path the document does not describe, such as `/health` or an unknown
 * path whose 404 the tests probe).
 */
export function contractViolation(
  method: string,
  path: string,
  status: number,
  contentType: string | null,
  body: unknown,
): string | undefined {
  const pathname = new URL(path, "http://localhost").pathname;
  const route = templates.find(({ pattern }) => pattern.test(pathname));
  if (!route) return undefined;
  const verb = method.toLowerCase();
  const operation = document.paths[route.template]?.[verb];
  // A method the route does not have: the app answers 404/405 on its own, outside the document.
  if (!operation) return undefined;
  const declared = operation.responses[String(status)] ? String(status) : "default";
  const response = operation.responses[declared];
  if (!response)
    return `${method} ${route.template} answered ${status}, which the OpenAPI document does not declare`;
  const mediaType = (contentType ?? "").split(";")[0]?.trim() ?? "";
  if (!mediaType.endsWith("json") || body === null || typeof body === "string") return undefined;
  if (!response.content?.[mediaType])
    return `${method} ${route.template} ${status} sent ${mediaType}, not declared`;
  const pointer = [
    "",
    "paths",
    pointerSegment(route.template),
    verb,
    "responses",
    declared,
    "content",
    pointerSegment(mediaType),
    "schema",
  ].join("/");
  const validate = validatorFor(pointer);
  if (validate(body)) return undefined;
  return `${method} ${route.template} ${status}: the body does not match the OpenAPI document: ${ajv.errorsText(validate.errors, { dataVar: "body" })}`;
}
