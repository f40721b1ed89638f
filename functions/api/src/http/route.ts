import type { Context, Handler, MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { validator } from "hono/validator";
import * as z from "zod/mini";
import { config } from "zod/v4/core";
import { en } from "zod/v4/locales";
import type { AppEnv } from "./caller";
import { problemOf, sendProblem } from "./problem";

// zod/mini loads no locale (classic zod loads English on import): the 400s keep classic's
// messages ("Too small: expected string to have >=1 characters"). `config` comes from zod's core:
// zod/mini's re-export of it would bring zod's JSON Schema generator into the cold start.
config(en());

/** A 400 lists at most this many errors, however many a body has (api.md, second release). */
export const MAX_LISTED_ERRORS = 20;

/** A schema a route reads its input with or documents its output by. */
export type Schema = z.ZodMiniType;
/** The object schemas of a route's path parameters and query. */
export type ObjectSchema = z.ZodMiniObject;

/** One media type of a body or a response. */
export interface MediaType {
  readonly schema: Schema;
}

/** A response as the OpenAPI document describes it. */
export interface ResponseDefinition {
  readonly description: string;
  readonly content?: Readonly<Record<string, MediaType>>;
  readonly headers?: Readonly<
    Record<string, { readonly description: string; readonly schema: Schema }>
  >;
}

/** A route: what it validates (at run time) and what the OpenAPI document says of it. */
export interface RouteDefinition {
  readonly method: "get" | "post" | "put" | "patch" | "delete";
  /** The OpenAPI path: `/v1/agreements/{id}`. */
  readonly path: string;
  readonly tags?: readonly string[];
  readonly summary?: string;
  readonly description?: string;
  readonly security?: readonly Readonly<Record<string, readonly string[]>>[];
  readonly request?: {
    readonly params?: ObjectSchema;
    readonly query?: ObjectSchema;
    readonly body?: {
      readonly required?: boolean;
      readonly content: { readonly "application/json": MediaType };
    };
  };
  readonly responses: Readonly<Record<number | string, ResponseDefinition>>;
}

/** A route definition, typed as written so that its handler reads typed input. */
export const createRoute = <const R extends RouteDefinition>(route: R): R => route;

/** The component names the OpenAPI document `$ref`s schemas by. */
export const componentNames = new Map<Schema, string>();

/** Names `schema` as a component of the OpenAPI document (`#/components/schemas/{name}`). */
export function component<S extends Schema>(schema: S, name: string): S {
  componentNames.set(schema, name);
  return schema;
}

type Request<R extends RouteDefinition> = NonNullable<R["request"]>;
type Out<R extends RouteDefinition> = (Request<R>["params"] extends Schema
  ? { param: z.output<Request<R>["params"]> }
  : object) &
  (Request<R>["query"] extends Schema ? { query: z.output<Request<R>["query"]> } : object) &
  (NonNullable<Request<R>["body"]>["content"]["application/json"]["schema"] extends Schema
    ? { json: z.output<NonNullable<Request<R>["body"]>["content"]["application/json"]["schema"]> }
    : object);
type In<R extends RouteDefinition> = (Request<R>["params"] extends Schema
  ? { param: z.input<Request<R>["params"]> }
  : object) &
  (Request<R>["query"] extends Schema ? { query: z.input<Request<R>["query"]> } : object) &
  (NonNullable<Request<R>["body"]>["content"]["application/json"]["schema"] extends Schema
    ? { json: z.input<NonNullable<Request<R>["body"]>["content"]["application/json"]["schema"]> }
    : object);

/** The handler of a route: `c.req.valid("param" | "query" | "json")` is the parsed input. */
export type RouteHandler<R extends RouteDefinition> = Handler<
  AppEnv,
  string,
  { in: In<R>; out: Out<R> }
>;

type Target = "param" | "query" | "json";

/** The 400 problem listing the failing fields of a request's `target` (at most `MAX_LISTED_ERRORS`). */
function invalidInput(c: Context, target: Target, issues: readonly z.core.$ZodIssue[]) {
  const errors = issues.slice(0, MAX_LISTED_ERRORS).map((issue) => ({
    path: issue.path.join(".") || target,
    message: issue.message,
  }));
  const more = issues.length - errors.length;
  return sendProblem(
    c,
    problemOf(400, "invalid-input", `The request's ${target} is not valid`, {
      errors,
      ...(more > 0 ? { moreErrors: more } : {}),
    }),
  );
}

const validate = (target: Target, schema: Schema) =>
  validator(target, async (value, c) => {
    const result = await z.safeParseAsync(schema, value);
    return result.success ? result.data : invalidInput(c, target, result.error.issues);
  });

const isJsonContentType = (contentType: string) =>
  /^application\/([a-z-.]+\+)?json/i.test(contentType);
const JSON_REQUEST = /^application\/([a-z-.]+\+)?json(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i;

async function hasRequestBody(c: Context): Promise<boolean> {
  const raw = c.req.raw;
  if (raw.body === null) return false;
  if (raw.bodyUsed) return (await c.req.arrayBuffer()).byteLength > 0;
  const body = raw.clone().body;
  if (body === null) return false;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      if (value.byteLength > 0) return true;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

/** A JSON body or none: any other media type, or a body without one, is a 415. */
const jsonMediaType: MiddlewareHandler = async (c, next) => {
  const contentType = c.req.header("content-type");
  if (contentType ? !JSON_REQUEST.test(contentType) : await hasRequestBody(c))
    throw new HTTPException(415, { message: "Unsupported Media Type" });
  await next();
};

/** The validators of a route, in the order the 400s name them: query, path, then body. */
function validators(route: RouteDefinition): MiddlewareHandler[] {
  const request = route.request;
  if (!request) return [];
  const list: MiddlewareHandler[] = [];
  if (request.query) list.push(validate("query", request.query));
  if (request.params) list.push(validate("param", request.params));
  if (request.body) {
    const json = validate("json", request.body.content["application/json"].schema);
    list.push(jsonMediaType);
    if (request.body.required) list.push(json);
    // An optional body: no body reads as `{}`.
    else
      list.push(async (c, next) => {
        const contentType = c.req.header("content-type");
        if (contentType && isJsonContentType(contentType)) return json(c, next);
        c.req.addValidatedData("json", {});
        await next();
      });
  }
  return list;
}

/** A route as a group registers it: where it is served and the handlers that serve it. */
export interface RegisteredRoute {
  readonly method: RouteDefinition["method"];
  /** Hono's form of the path: `/v1/agreements/:id`. */
  readonly path: string;
  /** The validators, then the handler. */
  readonly handlers: readonly MiddlewareHandler[];
  /** What the OpenAPI document says of it; none for a route it leaves out (a feed's URL). */
  readonly definition?: RouteDefinition;
}

/** Hono's form of an OpenAPI path: `/v1/agreements/{id}` → `/v1/agreements/:id`. */
export const honoPath = (openApiPath: string) => openApiPath.replaceAll(/\/{(.+?)}/g, "/:$1");

/**
 * One resource's routes (a route group), each validated by its zod/mini schemas and kept with its
 * definition for the OpenAPI document. Invalid input is a 400 problem listing the failing fields,
 * never a 500. The app serves a group's routes from its route table and loads the group on its
 * first request (http/lazy-routes.ts): what a group builds is not part of a cold start.
 *
 * @example return new Router().openapi(getRoute, (c) => c.json(view(c.req.valid("param").id)));
 */
export class Router {
  /** Every route registered, in order. */
  readonly routes: RegisteredRoute[] = [];

  /** The routes the OpenAPI document describes, in order. */
  get definitions(): RouteDefinition[] {
    return this.routes.flatMap((route) => (route.definition ? [route.definition] : []));
  }

  /** Registers `route` with its validators and `handler`. */
  openapi<const R extends RouteDefinition>(route: R, handler: RouteHandler<R>): this {
    // The handler's input types are the validators' outputs, which Hono cannot see through them.
    const handlers = [...validators(route), handler as unknown as MiddlewareHandler];
    this.routes.push({
      method: route.method,
      path: honoPath(route.path),
      handlers,
      definition: route,
    });
    return this;
  }

  /** Registers a GET the OpenAPI document leaves out (a calendar feed's secret URL). */
  get<P extends string>(path: P, handler: Handler<AppEnv, P>): this {
    this.routes.push({ method: "get", path, handlers: [handler as unknown as MiddlewareHandler] });
    return this;
  }
}
