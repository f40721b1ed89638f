import { type Aggregate, type HandleOptions, handle, type StreamId } from "@samverkan/core";
import type { CalendarDate } from "@samverkan/domain";
import type { Context } from "hono";
import type { AppDeps } from "../http/app-deps";
import type { AppEnv } from "../http/caller";
import { withSignersNamed } from "../http/people";
import { sendProblem } from "../http/problem";
import { commandContext } from "../http/request-context";
import { runToResponse, type StoredResponse } from "../http/run-effect";

/**
 * Runs a command for a route: the request's context (caller, If-Match, idempotency), the core's
 * one command handler, and the response the route presents from the outcome.
 */
// biome-ignore lint/suspicious/noExplicitAny: matches any aggregate; its types are read back below.
type AnyAggregate = Aggregate<any, any, any>;
type CommandOf<A> = A extends Aggregate<infer C, infer _S, infer _E> ? C : never;
type StateOf<A> = A extends Aggregate<infer _C, infer S, infer _E> ? S : never;
type EventOf<A> = A extends Aggregate<infer _C, infer _S, infer E> ? E : never;

export function runCommand<A extends AnyAggregate>(
  c: Context<AppEnv>,
  deps: AppDeps,
  aggregate: A,
  stream: StreamId,
  /** The command, built on the day it is decided on (today unless the route says otherwise). */
  command: (on: CalendarDate) => CommandOf<A>,
  route: Pick<HandleOptions<StateOf<A>, EventOf<A>, StoredResponse>, "authorize" | "reply">,
) {
  const context = commandContext(c);
  if ("problem" in context) return sendProblem(c, context.problem);
  return runToResponse(
    c,
    deps.runtime,
    // Replies name the people who signed (issue #17, "names, not ids").
    withSignersNamed(handle(aggregate, stream, command, { ...context, ...route }), c.get("caller")),
  );
}
