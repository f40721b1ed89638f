import type { CoreError, Dynamo } from "@samverkan/core";
import * as Cause from "effect/Cause";
import type * as Effect from "effect/Effect";
import * as Exit from "effect/Exit";
import type * as ManagedRuntime from "effect/ManagedRuntime";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type * as z from "zod/mini";
import type { AppEnv } from "./caller";
import { problemOfError } from "./error-status";
import { logLine } from "./log";
import { problemOf, sendProblem } from "./problem";
import type { MediaType, RouteDefinition } from "./route";

/** The runtime the handlers run their effects with: DynamoDB Local or AWS. */
export type AppRuntime = ManagedRuntime.ManagedRuntime<Dynamo, never>;

/** A response as a value: what a handler computes and the idempotency store keeps. */
export interface StoredResponse {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Record<string, string>;
}

/** A list's body with its `nextCursor` signed for the request that asked for it (D-37). */
function withSignedCursor(c: Context, body: unknown): unknown {
  const sign = (c as Context<AppEnv>).get("signCursor");
  if (!sign || body === null || typeof body !== "object") return body;
  const { nextCursor } = body as { nextCursor?: unknown };
  return typeof nextCursor === "string" ? { ...body, nextCursor: sign(nextCursor) } : body;
}

/** Sends a stored or computed response. */
export function sendStored(c: Context, response: StoredResponse) {
  if (response.status === 204) return c.body(null, 204, response.headers);
  // A body that is already text (CSV, iCalendar) goes as it is, with the type its headers name.
  if (typeof response.body === "string" && response.headers["content-type"])
    return c.body(response.body, response.status as ContentfulStatusCode, response.headers);
  // A document (a PDF) goes as its bytes.
  if (response.body instanceof Uint8Array && response.headers["content-type"])
    return c.body(
      response.body as Uint8Array<ArrayBuffer>,
      response.status as ContentfulStatusCode,
      response.headers,
    );
  return c.body(
    JSON.stringify(withSignedCursor(c, response.body)),
    response.status as ContentfulStatusCode,
    {
      "content-type": "application/json",
      ...response.headers,
    },
  );
}

/**
 * Runs a handler's effect and maps its outcome to HTTP in one place: a core error through the
 * one table (`error-status.ts`), an unavailable store with Retry-After, anything unexpected a
 * logged 500 that tells the client nothing of the internals.
 */
export async function runToResponse(
  c: Context,
  runtime: AppRuntime,
  effect: Effect.Effect<StoredResponse, CoreError, Dynamo>,
) {
  const exit = await runtime.runPromiseExit(effect);
  if (Exit.isSuccess(exit)) return sendStored(c, exit.value);
  const failure = Cause.findErrorOption(exit.cause);
  if (failure._tag === "Some") {
    const error = failure.value;
    if (error._tag === "StoreUnavailable") {
      logLine("warn", "store unavailable", {
        requestId: c.get("requestId"),
        operation: error.operation,
      });
      return sendProblem(c, problemOfError(error), { "retry-after": "1" });
    }
    return sendProblem(c, problemOfError(error));
  }
  logLine("error", "request failed", {
    requestId: c.get("requestId"),
    cause: Cause.pretty(exit.cause).slice(0, 2000),
  });
  return sendProblem(
    c,
    problemOf(
      500,
      "internal-error",
      "Something went wrong on our side; the request id identifies it",
    ),
  );
}

/** The JSON schema a route declares for `status`, if any. */
type JsonSchemaOf<D> = D extends { readonly content: { readonly "application/json": MediaType } }
  ? D["content"]["application/json"]["schema"]
  : never;

/** The statuses for which `route` declares a JSON body. */
export type JsonStatus<R extends RouteDefinition> = {
  [K in keyof R["responses"]]: [JsonSchemaOf<R["responses"][K]>] extends [never] ? never : K;
}[keyof R["responses"]] &
  number;

/** `T` with every array and object read-only: a body is sent, never changed. */
type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** The body `route` declares for `status`: its response schema's output type (read-only). */
export type ResponseBody<R extends RouteDefinition, S extends JsonStatus<R>> = DeepReadonly<
  z.output<JsonSchemaOf<R["responses"][S]>>
>;

/**
 * A successful JSON response as a value the idempotency store can keep. Its body is typed by the
 * response `route` declares for `status` (what the OpenAPI document says), so a handler that
 * sends anything else does not compile; the route itself is not read at run time.
 */
export const ok = <const R extends RouteDefinition, S extends JsonStatus<R>>(
  _route: R,
  status: S,
  body: ResponseBody<R, S>,
  headers: Record<string, string> = {},
): StoredResponse => ({ status, body, headers });
