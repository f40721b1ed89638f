import { DUE_BUCKET, dueOnOrBefore, keys, TABLE_DESIGN } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { type WatchItem, watchItem } from "../store/append";
import { fromItem, toItem } from "../store/codec";
import { type BatchWrite, Dynamo } from "../store/dynamo";

/** One page of the watches due on or before `asOf`, read through the due-date index. */
export const dueWatchesPage = (asOf: string, start?: Record<string, unknown>) =>
  Effect.gen(function* () {
    const { name, partitionKey, sortKey } = TABLE_DESIGN.dueDateIndex;
    const page = yield* (yield* Dynamo).query({
      index: name,
      keyCondition: "#bucket = :bucket AND #key <= :until",
      names: { "#bucket": partitionKey, "#key": sortKey },
      values: { ":bucket": DUE_BUCKET, ":until": dueOnOrBefore(asOf) },
      limit: 500,
      ...(start ? { start: toItem(start) } : {}),
    });
    return {
      items: page.items,
      next: page.lastKey ? fromItem(page.lastKey) : undefined,
    };
  });

/** Every item of a letter whose sort key starts with `prefix` (its activities, applications or watches). */
export const allLetterItems = (letterId: string, prefix: string) =>
  Effect.gen(function* () {
    const dynamo = yield* Dynamo;
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = yield* dynamo.query({
        keyCondition: "pk = :pk AND begins_with(sk, :prefix)",
        values: { ":pk": keys.letter(letterId).pk, ":prefix": prefix },
        consistent: true,
        ...(start ? { start: toItem(start) } : {}),
      });
      items.push(...page.items);
      start = page.lastKey ? fromItem(page.lastKey) : undefined;
    } while (start);
    return items;
  });

/** Replaces a letter's watch items: writes `desired`, deletes the rest of `existing`. */
export const replaceWatches = (
  letterId: string,
  existing: readonly string[],
  desired: readonly WatchItem[],
) =>
  Effect.gen(function* () {
    const dynamo = yield* Dynamo;
    const writes = [
      ...desired.map((w): BatchWrite => ({ put: watchItem(letterId, w) })),
      ...existing
        .filter((id) => !desired.some((w) => w.id === id))
        .map((id) => ({ delete: keys.watch(letterId, id) })),
    ];
    for (let i = 0; i < writes.length; i += 25) yield* dynamo.batchWrite(writes.slice(i, i + 25));
  });
