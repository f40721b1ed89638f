import {
  type Aggregate,
  type HandleOptions,
  handle,
  letterAggregate,
  type NotAllowed,
  type StreamId,
} from "@samverkan/core";
import type { CalendarDate, LetterCommand, LetterOfIntent } from "@samverkan/domain";
import type { Context } from "hono";
import type { AppDeps } from "../http/app-deps";
import type { AppEnv } from "../http/caller";
import { withSignersNamed } from "../http/people";
import { sendProblem } from "../http/problem";
import { commandContext, etag } from "../http/request-context";
import type { RouteDefinition } from "../http/route";
import {
  type JsonStatus,
  ok,
  type ResponseBody,
  runToResponse,
  type StoredResponse,
} from "../http/run-effect";

// biome-ignore lint/suspicious/noExplicitAny: matches any aggregate; its types are read back below.
type AnyAggregate = Aggregate<any, any, any>;
type CommandOf<A> = A extends Aggregate<infer C, infer _S, infer _E> ? C : never;
type StateOf<A> = A extends Aggregate<infer _C, infer S, infer _E> ? S : never;
type EventOf<A> = A extends Aggregate<infer _C, infer _S, infer E> ? E : never;

/** What a command route does: one command on one stream, answered with the route's view. */
export interface CommandSpec<A extends AnyAggregate, Body> {
  readonly aggregate: A;
  readonly stream: StreamId;
  /** The command, built on the day it is decided on (today unless the route says otherwise). */
  readonly command: (on: CalendarDate) => CommandOf<A>;
  readonly authorize: HandleOptions<StateOf<A>, EventOf<A>, StoredResponse>["authorize"];
  /** The body of the reply: the view of the state after the command. */
  readonly view: (state: StateOf<A>, on: CalendarDate) => Body;
  /** The version the reply names as its ETag; none for a resource without one (a need). */
  readonly version?: (state: StateOf<A>) => number;
  /** Where a created resource is (`Location`). */
  readonly location?: string;
}

/**
 * Runs a command for a route: the request's context (caller, If-Match, idempotency), the core's
 * one command handler, and the reply `route` declares for `status`, typed by its schema.
 */
export function runCommand<
  A extends AnyAggregate,
  const R extends RouteDefinition,
  S extends JsonStatus<R>,
>(
  c: Context<AppEnv>,
  deps: AppDeps,
  route: R,
  status: S,
  spec: CommandSpec<A, ResponseBody<R, S>>,
) {
  const context = commandContext(c);
  if ("problem" in context) return sendProblem(c, context.problem);
  const reply = ({ state, on }: { state: StateOf<A>; on: CalendarDate }) =>
    ok(route, status, spec.view(state, on), {
      ...(spec.version ? { etag: etag(spec.version(state)) } : {}),
      ...(spec.location ? { location: spec.location } : {}),
    });
  const handled = handle(spec.aggregate, spec.stream, spec.command, {
    ...context,
    ...(spec.authorize ? { authorize: spec.authorize } : {}),
    reply,
  });
  // Replies name the people who signed (issue #17, "names, not ids").
  return runToResponse(c, deps.runtime, withSignersNamed(handled, c.get("caller")));
}

/** A command on the letter itself, answered with `view` of the letter and its version as ETag. */
export const onLetter = <Body>(
  letterId: string,
  command: (on: CalendarDate) => LetterCommand,
  authorize: (letter: LetterOfIntent) => NotAllowed | undefined,
  view: (state: LetterOfIntent, on: CalendarDate) => Body,
) => ({
  aggregate: letterAggregate,
  stream: { letterId },
  command,
  authorize,
  view,
  version: (state: LetterOfIntent) => state.version,
});

/**
 * A command on one of a letter's items (a dialog, an activity, an application), answered with
 * the item presented and its version as ETag. An unknown item is the domain's 404 before a reply
 * is made, so `itemOf` is the item the command acted on.
 */
export const onItem = <A extends AnyAggregate, Item extends { readonly version: number }, Body>(
  spec: Omit<CommandSpec<A, Body>, "view" | "version"> & {
    readonly itemOf: (state: StateOf<A>) => Item | null;
    readonly present: (item: Item) => Body;
  },
): CommandSpec<A, Body> => {
  const { itemOf, present, ...rest } = spec;
  return {
    ...rest,
    view: (state) => present(itemOf(state) as Item),
    version: (state) => (itemOf(state) as Item).version,
  };
};
