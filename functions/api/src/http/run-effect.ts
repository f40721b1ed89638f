import { Cause, type Effect, Exit, type ManagedRuntime } from "effect";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { HttpProblem } from "../commands/http-problem";
import type { StoredResponse } from "../store/append";
import type { Dynamo } from "../store/dynamo";
import { InvalidCursor } from "../store/letter-store";
import { StoreUnavailable } from "../store/store-errors";
import { logLine } from "./log";
import { problemOf, sendProblem } from "./problem";

/** The runtime the handlers run their effects with: DynamoDB Local or AWS. */
export type AppRuntime = ManagedRuntime.ManagedRuntime<Dynamo, never>;

/** Sends a stored or computed response. */
export function sendStored(c: Context, response: StoredResponse) {
  if (response.status === 204) return c.body(null, 204, response.headers);
  return c.body(JSON.stringify(response.body), response.status as ContentfulStatusCode, {
    "content-type": "application/json",
    ...response.headers,
  });
}

/**
 * Runs a handler's effect and maps its outcome to HTTP in one place: a problem is sent as is,
 * an unavailable store is 503 with Retry-After, a bad cursor is 400, anything else is a logged 500
 * that tells the client nothing of the internals.
 */
export async function runToResponse(
  c: Context,
  runtime: AppRuntime,
  effect: Effect.Effect<StoredResponse, unknown, Dynamo>,
) {
  const exit = await runtime.runPromiseExit(effect);
  if (Exit.isSuccess(exit)) return sendStored(c, exit.value);
  const failure = Cause.failureOption(exit.cause);
  if (failure._tag === "Some") {
    const error = failure.value;
    if (error instanceof HttpProblem) return sendProblem(c, error.problem);
    if (error instanceof InvalidCursor)
      return sendProblem(c, problemOf(400, "invalid-cursor", error.message));
    if (error instanceof StoreUnavailable) {
      logLine("warn", "store unavailable", {
        requestId: c.get("requestId"),
        operation: error.operation,
      });
      return sendProblem(
        c,
        problemOf(503, "storage-unavailable", "Storage is temporarily unavailable; retry shortly"),
        { "retry-after": "1" },
      );
    }
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
