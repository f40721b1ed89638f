import {
  ItemNotFound,
  queryLetterItems,
  readItems,
  readVisibleLetter,
  snapshotOf,
} from "@samverkan/core";
import * as Effect from "effect/Effect";
import type { Context } from "hono";
import type { AppDeps } from "../http/app-deps";
import type { AppEnv } from "../http/caller";
import { withSignersNamed } from "../http/people";
import { etag } from "../http/request-context";
import type { RouteDefinition } from "../http/route";
import {
  type JsonStatus,
  type ResponseBody,
  runToResponse,
  type StoredResponse,
} from "../http/run-effect";

// The read side of a letter's items (dialogs, needs, activities, funding applications): one
// shape for every resource's list and get routes. Each answers with the route's declared 200
// body, its signers named; the letter must be one the caller may see (else 404).

type ItemKey = Parameters<typeof readItems>[0][number];
/** The body of a route's 200, which a list route declares as `pageOf(View)`. */
type Ok<R extends RouteDefinition> = 200 extends JsonStatus<R> ? ResponseBody<R, 200> : never;
type ItemOf<R extends RouteDefinition> = Ok<R> extends { items: readonly (infer T)[] } ? T : never;

/** GET of one page of a letter's items of one kind (`prefix`), each presented by `present`. */
export function listLetterItems<const R extends RouteDefinition, State>(
  c: Context<AppEnv>,
  deps: AppDeps,
  _route: R,
  spec: {
    readonly letterId: string;
    readonly page: { readonly limit: number; readonly cursor?: string | undefined };
    readonly prefix: string;
    readonly present: (state: State) => ItemOf<R>;
  },
) {
  const caller = c.get("caller");
  const program = Effect.gen(function* () {
    yield* readVisibleLetter(spec.letterId, caller);
    const found = yield* queryLetterItems(
      spec.letterId,
      spec.prefix,
      spec.page.limit,
      spec.page.cursor,
    );
    const items = found.items.map((item) => spec.present(snapshotOf<State>(item) as State));
    const body = { items, nextCursor: found.nextCursor };
    // Typed where it is made: `present` gives the items `route` declares.
    return { status: 200, body, headers: {} } satisfies StoredResponse;
  });
  return runToResponse(c, deps.runtime, withSignersNamed(program, caller));
}

/** GET of one item of a letter, with its version as ETag; an unknown one is a 404 of its `kind`. */
export function getLetterItem<const R extends RouteDefinition, Item extends { version: number }>(
  c: Context<AppEnv>,
  deps: AppDeps,
  _route: R,
  spec: {
    readonly letterId: string;
    readonly kind: ItemNotFound["kind"];
    readonly id: string;
    readonly key: ItemKey;
    readonly present: (item: Item) => Ok<R>;
  },
) {
  const caller = c.get("caller");
  const program = Effect.gen(function* () {
    yield* readVisibleLetter(spec.letterId, caller);
    const itemOf = yield* readItems([spec.key]);
    const item = snapshotOf<Item>(itemOf(spec.key));
    if (!item) return yield* Effect.fail(new ItemNotFound({ kind: spec.kind, id: spec.id }));
    const body: Ok<R> = spec.present(item);
    return { status: 200, body, headers: { etag: etag(item.version) } } satisfies StoredResponse;
  });
  return runToResponse(c, deps.runtime, withSignersNamed(program, caller));
}

/** What a list route reads: the letter's id and a page. */
type ListInput = {
  out: { param: { id: string }; query: { limit: number; cursor?: string | undefined } };
};

/** The handler of a list route: the letter's items under `prefix`, each presented by `present`. */
export const listHandler =
  <const R extends RouteDefinition, State>(
    deps: AppDeps,
    route: R,
    prefix: string,
    present: (state: State) => ItemOf<R>,
  ) =>
  (c: Context<AppEnv, string, ListInput>) =>
    listLetterItems(c, deps, route, {
      letterId: c.req.valid("param").id,
      page: c.req.valid("query"),
      prefix,
      present,
    });
