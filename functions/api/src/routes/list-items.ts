import { queryLetterItems, readVisibleLetter, snapshotOf } from "@samverkan/core";
import * as Effect from "effect/Effect";
import { ok } from "../http/run-effect";

/**
 * One page of a letter's items of one kind (dialogs, needs, activities, applications), each
 * presented for the API; the letter must be one the caller may see.
 */
export const listLetterItems = <State, View>(
  letterId: string,
  viewer: { readonly orgNumber: string },
  prefix: string,
  present: (state: State) => View,
  page: { readonly limit: number; readonly cursor?: string | undefined },
) =>
  Effect.gen(function* () {
    yield* readVisibleLetter(letterId, viewer);
    const found = yield* queryLetterItems(letterId, prefix, page.limit, page.cursor);
    const items = found.items.map((item) => present(snapshotOf<State>(item) as State));
    return ok(200, { items, nextCursor: found.nextCursor });
  });
