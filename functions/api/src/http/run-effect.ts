import type { CoreError, Dynamo } from "@samverkan/core";
import * as Cause from "effect/Cause";
import type * as Effect from "effect/Effect";
import * as Exit from "effect/Exit";
import type * as ManagedRuntime from "effect/ManagedRuntime";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { problemOfError } from "./error-status";
import { logLine } from "./log";
import { problemOf, sendProblem } from "./problem";

/** The runtime the handlers run their effects with: DynamoDB Local or AWS. */
export type AppRuntime = ManagedRuntime.ManagedRuntime<Dynamo, never>;

/** A response as a value: what a handler computes and the idempotency store keeps. */
export interface StoredResponse {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Record<string, string>;
}

/** Sends a stored or computed response. */
export function sendStored(c: Context, response: StoredResponse) {
  if (response.status === 204) return c.body(null, 204, response.headers);
  // A body that is already text (CSV, iCalendar) goes as it is, with the type its headers name.
  if (typeof response.body === "string" && response.headers["content-type"])
    return c.body(response.body, response.status as ContentfulStatusCode, response.headers);
  return c.body(JSON.stringify(response.body), response.status as ContentfulStatusCode, {
    "content-type": "application/json",
    ...response.headers,
  });
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

/** A successful JSON response as a value the idempotency store can keep. */
export const ok = (
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): StoredResponse => ({ status, body, headers });
