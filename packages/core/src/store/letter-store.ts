import type { LetterOfIntent } from "@samverkan/domain";
import { ITEM_LAYOUT_VERSION, type ItemKey, keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { InvalidCursor, StoreUnavailable } from "../errors";
import { decodeCursor, encodeCursor } from "./codec";
import { Dynamo } from "./dynamo";
import { getItem } from "./get-item";

/** A letter's head item: its bounded snapshot and the version of its whole event stream. */
export interface LetterHead {
  readonly letter: LetterOfIntent;
  readonly streamVersion: number;
}

/** A page of a list. */
export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

/** The head of another layout than this code writes: an older `.data/` folder, for instance. */
export class StaleLayout extends Error {
  constructor(
    readonly letterId: string,
    readonly layout: unknown,
  ) {
    super(
      `Letter ${letterId} was stored by an earlier version (layout ${String(layout ?? 1)}, this version reads ${ITEM_LAYOUT_VERSION})`,
    );
  }
}

// A BatchGetItem that DynamoDB only partly served (throttling): a missing item must never read
// as "not found", so the request fails as unavailable and the client retries.
const unprocessed = new StoreUnavailable({ operation: "BatchGetItem", cause: "unprocessed keys" });

// Snapshots are written only by this store, from states the domain's `evolve` produced; parsing
// them again with zod on every read would cost more than the read itself (pnpm bench).
function headOf(item: Record<string, unknown>): LetterHead {
  if (item.layout !== ITEM_LAYOUT_VERSION) {
    throw new StaleLayout(String(item.pk).replace(/^LOI#/, ""), item.layout);
  }
  return {
    letter: JSON.parse(item.letter as string) as LetterOfIntent,
    streamVersion: item.streamVersion as number,
  };
}

/** A stored snapshot (activity, dialog, need, funding application) as its state. */
export const snapshotOf = <T>(item: Record<string, unknown> | undefined): T | null =>
  item ? (JSON.parse(item.state as string) as T) : null;

/** Reads a letter's head in one `GetItem`; null when there is no such letter. */
export const readLetter = /* @__PURE__ */ Effect.fn("store.readLetter")(function* (
  letterId: string,
) {
  const item = yield* getItem(keys.letter(letterId));
  return item ? headOf(item) : null;
});

/**
 * Reads items by key, strongly consistent, one `BatchGetItem` per 100 keys (DynamoDB's limit);
 * the found ones by sort key.
 */
export const readItems = /* @__PURE__ */ Effect.fn("store.readItems")(function* (
  itemKeys: readonly ItemKey[],
  consistent = true,
) {
  const dynamo = yield* Dynamo;
  const found = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < itemKeys.length; i += 100) {
    const items = yield* dynamo.batchGet(itemKeys.slice(i, i + 100), consistent);
    if (!items) return yield* unprocessed;
    for (const item of items) found.set(`${item.pk}|${item.sk}`, item);
  }
  return (key: ItemKey) => found.get(`${key.pk}|${key.sk}`);
});

/** Reads a letter's head and some of its items (a dialog, an activity, the needs it names) at once. */
export const readLetterWith = /* @__PURE__ */ Effect.fn("store.readLetterWith")(function* (
  letterId: string,
  itemKeys: readonly ItemKey[],
) {
  const head = keys.letter(letterId);
  const itemOf = yield* readItems([head, ...itemKeys]);
  const headItem = itemOf(head);
  return { head: headItem ? headOf(headItem) : null, itemOf };
});

/** One page of the items of a letter whose sort key starts with `prefix`, in key order. */
export const queryLetterItems = (
  letterId: string,
  prefix: string,
  limit: number,
  cursor?: string,
) => queryPartition(keys.letter(letterId).pk, prefix, limit, cursor);

/** One page of a partition's items whose sort key starts with `prefix`. */
export const queryPartition = /* @__PURE__ */ Effect.fn("store.queryPartition")(function* (
  pk: string,
  prefix: string,
  limit: number,
  cursor?: string,
) {
  const start = cursor === undefined ? undefined : decodeCursor(cursor, pk, prefix);
  if (cursor !== undefined && !start)
    return yield* new InvalidCursor({ reason: "the cursor is not one of this list's" });
  const page = yield* (yield* Dynamo).query({
    keyCondition: "pk = :pk AND begins_with(sk, :prefix)",
    values: { ":pk": pk, ":prefix": prefix },
    limit,
    start,
  });
  return { items: page.items, nextCursor: encodeCursor(page.lastKey) } satisfies Page<
    Record<string, unknown>
  >;
});

/** Reads letter heads by id, in the ids' order; ids with no letter are left out. */
export const readLetters = /* @__PURE__ */ Effect.fn("store.readLetters")(function* (
  letterIds: readonly string[],
) {
  const itemOf = yield* readItems(
    letterIds.map((id) => keys.letter(id)),
    false,
  );
  return letterIds.flatMap((id) => {
    const item = itemOf(keys.letter(id));
    return item ? [headOf(item)] : [];
  });
});
