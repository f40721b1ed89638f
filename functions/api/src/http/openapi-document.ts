// The OpenAPI 3.1 document, made from the routes' definitions with zod's own JSON Schema
// generator. Loaded on the first request for /openapi.json or /docs (a chunk of its own in the
// Lambda's bundle), and by `openApiDocument()` for packages/client.
import * as z from "zod/mini";
import { OPENAPI_INFO } from "./openapi-info";
import {
  componentNames,
  type ObjectSchema,
  type ResponseDefinition,
  type RouteDefinition,
  type Schema,
} from "./route";

type Json = { [key: string]: unknown };
type Io = "input" | "output";

const COMPONENTS = "#/components/schemas/";
// Schemas without a component name are generated under these ids and inlined where used.
const INLINE = "__inline_";

/** JSON Schemas of the given schemas, named ones `$ref`ed as components, the rest inline. */
function jsonSchemas(schemas: ReadonlySet<Schema>, io: Io) {
  const registry = z.registry<{ id: string }>();
  const ids = new Map<Schema, string>();
  for (const [schema, name] of componentNames) {
    registry.add(schema, { id: name });
    ids.set(schema, name);
  }
  let counter = 0;
  for (const schema of schemas) {
    if (ids.has(schema)) continue;
    const id = `${INLINE}${counter++}`;
    registry.add(schema, { id });
    ids.set(schema, id);
  }
  const generated = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
    uri: (id) => `${COMPONENTS}${id}`,
    // A default over a schema used elsewhere too is otherwise left out.
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def;
      if (def.type === "default" && io === "input" && !("default" in jsonSchema))
        jsonSchema.default = JSON.parse(JSON.stringify(def.defaultValue));
    },
  }).schemas as Record<string, Json>;
  const inlined = new Map<string, unknown>();
  // Inlines the unnamed schemas; drops what a schema in an OpenAPI document does not carry.
  const resolve = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(resolve);
    if (node === null || typeof node !== "object") return node;
    const { $ref, ...rest } = node as Json;
    if (typeof $ref === "string" && $ref.startsWith(`${COMPONENTS}${INLINE}`)) {
      const id = $ref.slice(COMPONENTS.length);
      return { ...(resolved(id) as Json), ...(resolve(rest) as Json) };
    }
    const out: Json = $ref === undefined ? {} : { $ref };
    for (const [key, value] of Object.entries(rest)) {
      if (key === "$schema" || key === "$id") continue;
      // A response may grow fields: its objects are not closed (a request body's are).
      if (key === "additionalProperties" && value === false && io === "output") continue;
      // Integers are safe integers: bounds the format implies are not written out.
      if (key === "minimum" && value === Number.MIN_SAFE_INTEGER) continue;
      if (key === "maximum" && value === Number.MAX_SAFE_INTEGER) continue;
      out[key] = key === "properties" ? resolveEach(value as Json) : resolve(value);
    }
    return nullableAsType(out);
  };
  const resolveEach = (properties: Json) =>
    Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, resolve(value)]));
  const resolved = (id: string): unknown => {
    if (!inlined.has(id)) inlined.set(id, resolve(generated[id]));
    return inlined.get(id);
  };
  return {
    /** The schema of `schema`: a `$ref` for a component, else inline. */
    of: (schema: Schema): Json => {
      const id = ids.get(schema) as string;
      return id.startsWith(INLINE) ? (resolved(id) as Json) : { $ref: `${COMPONENTS}${id}` };
    },
    /** The named components this generation reached. */
    components: () =>
      Object.fromEntries(
        [...componentNames.values()].map((name) => [name, resolve(generated[name])] as const),
      ),
  };
}

/** `anyOf: [{ type: "object", … }, { type: "null" }]` written as `type: ["object", "null"]`. */
function nullableAsType(schema: Json): Json {
  const { anyOf, ...rest } = schema;
  if (!Array.isArray(anyOf) || anyOf.length !== 2) return schema;
  const [value, nothing] = anyOf as Json[];
  if (nothing?.type !== "null" || Object.keys(nothing).length !== 1) return schema;
  if (!value || typeof value.type !== "string" || "$ref" in value) return schema;
  const nullable: Json = { ...value, ...rest, type: [value.type, "null"] };
  // An enumeration must list null too, or the nullable type still admits no null.
  if (Array.isArray(value.enum)) nullable.enum = [...value.enum, null];
  if ("const" in value) {
    delete nullable.const;
    nullable.enum = [value.const, null];
  }
  return nullable;
}

/** R25: the `Acting-For` header, declared once and referred to by every /v1 operation. */
const ACTING_FOR = {
  name: "Acting-For",
  in: "header",
  required: false,
  description:
    "R25: the id of a substitution that names the caller as substitute and runs today; the request then acts for its appointer, with the appointer's roles at appointment, and the trail records it as the caller's for the appointer. Any other id is 403 `not-acting-for`; a malformed one 400 `invalid-acting-for`.",
  schema: { type: "string", pattern: "^[A-Za-z0-9_-]{1,100}$" },
};
const ACTING_FOR_PARAMETER = { $ref: "#/components/parameters/ActingFor" };

const fieldsOf = (schema: ObjectSchema) => Object.entries(schema.shape) as [string, Schema][];

/** What a route's request and responses read and write, for the two generations. */
function schemasOf(routes: readonly RouteDefinition[]) {
  const input = new Set<Schema>();
  const output = new Set<Schema>();
  for (const route of routes) {
    for (const object of [route.request?.params, route.request?.query])
      for (const [, field] of object ? fieldsOf(object) : []) input.add(field);
    const body = route.request?.body?.content["application/json"].schema;
    if (body) input.add(body);
    for (const response of Object.values(route.responses)) {
      for (const media of Object.values(response.content ?? {})) output.add(media.schema);
      for (const header of Object.values(response.headers ?? {})) output.add(header.schema);
    }
  }
  return { input, output };
}

/**
 * The OpenAPI 3.1 document of `routes`: paths, operations, parameters and components.
 *
 * @example openApiDocument(app.definitions).paths["/v1/agreements"]
 */
export function openApiDocument(routes: readonly RouteDefinition[]) {
  const used = schemasOf(routes);
  const requests = jsonSchemas(used.input, "input");
  const responses = jsonSchemas(used.output, "output");

  const parametersOf = (schema: ObjectSchema | undefined, where: "path" | "query") =>
    (schema ? fieldsOf(schema) : []).map(([name, field]) => {
      const json = requests.of(field);
      const description = z.globalRegistry.get(field)?.description;
      return {
        schema: json,
        required: where === "path" || field._zod.optin === undefined,
        ...(description ? { description } : {}),
        name,
        in: where,
      };
    });
  const responseOf = (response: ResponseDefinition) => ({
    ...response,
    ...(response.content
      ? {
          content: Object.fromEntries(
            Object.entries(response.content).map(([media, { schema }]) => [
              media,
              { schema: responses.of(schema) },
            ]),
          ),
        }
      : {}),
    ...(response.headers
      ? {
          headers: Object.fromEntries(
            Object.entries(response.headers).map(([name, { description, schema }]) => [
              name,
              { description, schema: responses.of(schema) },
            ]),
          ),
        }
      : {}),
  });

  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) {
    const operation: Json = {};
    for (const [key, value] of Object.entries(route)) {
      if (key === "method" || key === "path") continue;
      if (key === "request") {
        const request = route.request ?? {};
        const parameters = [
          ...parametersOf(request.params, "path"),
          ...parametersOf(request.query, "query"),
        ];
        if (parameters.length > 0) operation.parameters = parameters;
        if (request.body)
          operation.requestBody = {
            required: request.body.required ?? false,
            content: {
              "application/json": {
                schema: requests.of(request.body.content["application/json"].schema),
              },
            },
          };
      } else if (key === "responses") {
        operation.responses = Object.fromEntries(
          Object.entries(route.responses).map(([status, response]) => [
            status,
            responseOf(response),
          ]),
        );
      } else operation[key] = value;
    }
    // R25: every authenticated operation may act by a substitution (http/substitution.ts).
    if (route.path.startsWith("/v1/"))
      operation.parameters = [...((operation.parameters as Json[]) ?? []), ACTING_FOR_PARAMETER];
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, Json>)[route.method] = operation;
  }

  // A component keeps the shape it is read in: a request body's input, a view's output.
  const outputComponents = responses.components();
  const inputComponents = requests.components();
  const requestComponents = new Set<string>();
  const reach = (node: unknown): void => {
    if (node === null || typeof node !== "object") return;
    const ref = (node as Json).$ref;
    if (typeof ref === "string" && !requestComponents.has(ref.slice(COMPONENTS.length))) {
      requestComponents.add(ref.slice(COMPONENTS.length));
      reach(inputComponents[ref.slice(COMPONENTS.length)]);
    }
    for (const value of Object.values(node)) reach(value);
  };
  for (const schema of used.input) reach(requests.of(schema));
  const schemas = Object.fromEntries(
    [...componentNames.values()]
      .filter((name) => name in outputComponents || name in inputComponents)
      .map((name) => [
        name,
        requestComponents.has(name) ? inputComponents[name] : outputComponents[name],
      ]),
  );
  return {
    ...OPENAPI_INFO,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
      schemas,
      parameters: { ActingFor: ACTING_FOR },
    },
    paths,
    webhooks: {},
  };
}
