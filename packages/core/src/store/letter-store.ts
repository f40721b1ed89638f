import { BatchGetItemCommand, QueryCommand } from "@aws-sdk/client-dynamodb";
import type { LetterOfIntent } from "@samverkan/domain";
import { ITEM_LAYOUT_VERSION, type ItemKey, keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { InvalidCursor, StoreUnavailable } from "../errors";
import { decodeCursor, encodeCursor, fromItem, toItem } from "./codec";
import { Dynamo } from "./dynamo";
import { dynamoCall } from "./dynamo-call";
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
export const readLetter = (letterId: string) =>
  getItem(keys.letter(letterId)).pipe(
    Effect.map((item) => (item ? headOf(item) : null)),
    Effect.withSpan("store.readLetter"),
  );

/**
 * Reads items by key, strongly consistent, one `BatchGetItem` per 100 keys (DynamoDB's limit);
 * the found ones by sort key.
 */
export const readItems = (itemKeys: readonly ItemKey[], consistent = true) =>
  Effect.gen(function* () {
    const { client, tableName } = yield* Dynamo;
    const found = new Map<string, Record<string, unknown>>();
    for (let i = 0; i < itemKeys.length; i += 100) {
      const chunk = itemKeys.slice(i, i + 100);
      const result = yield* dynamoCall("BatchGetItem", () =>
        client.send(
          new BatchGetItemCommand({
            RequestItems: {
              [tableName]: {
                Keys: chunk.map((key) => toItem({ ...key })),
                ConsistentRead: consistent,
              },
            },
          }),
        ),
      );
      if (Object.keys(result.UnprocessedKeys ?? {}).length > 0)
        return yield* Effect.fail(unprocessed);
      for (const raw of result.Responses?.[tableName] ?? []) {
        const item = fromItem(raw);
        found.set(`${item.pk}|${item.sk}`, item);
      }
    }
    return (key: ItemKey) => found.get(`${key.pk}|${key.sk}`);
  }).pipe(Effect.withSpan("store.readItems"));

/** Reads a letter's head and some of its items (a dialog, an activity, the needs it names) at once. */
export const readLetterWith = (letterId: string, itemKeys: readonly ItemKey[]) =>
  Effect.gen(function* () {
    const head = keys.letter(letterId);
    const itemOf = yield* readItems([head, ...itemKeys]);
    const headItem = itemOf(head);
    return { head: headItem ? headOf(headItem) : null, itemOf };
  }).pipe(Effect.withSpan("store.readLetterWith"));

/** One page of the items of a letter whose sort key starts with `prefix`, in key order. */
export const queryLetterItems = (
  letterId: string,
  prefix: string,
  limit: number,
  cursor?: string,
) => queryPartition(keys.letter(letterId).pk, prefix, limit, cursor);

/** One page of a partition's items whose sort key starts with `prefix`. */
export const queryPartition = (pk: string, prefix: string, limit: number, cursor?: string) =>
  Effect.gen(function* () {
    const { client, tableName } = yield* Dynamo;
    const start = cursor === undefined ? undefined : decodeCursor(cursor, pk, prefix);
    if (cursor !== undefined && !start)
      return yield* Effect.fail(
        new InvalidCursor({ reason: "the cursor is not one of this list's" }),
      );
    const result = yield* dynamoCall("Query", () =>
      client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
          ExpressionAttributeValues: toItem({ ":pk": pk, ":prefix": prefix }),
          Limit: limit,
          ExclusiveStartKey: start,
        }),
      ),
    );
    const items = (result.Items ?? []).map(fromItem);
    return { items, nextCursor: encodeCursor(result.LastEvaluatedKey) } satisfies Page<
      Record<string, unknown>
    >;
  }).pipe(Effect.withSpan("store.queryPartition"));

/** Reads letter heads by id, in the ids' order; ids with no letter are left out. */
export const readLetters = (letterIds: readonly string[]) =>
  readItems(
    letterIds.map((id) => keys.letter(id)),
    false,
  ).pipe(
    Effect.map((itemOf) =>
      letterIds.flatMap((id) => {
        const item = itemOf(keys.letter(id));
        return item ? [headOf(item)] : [];
      }),
    ),
    Effect.withSpan("store.readLetters"),
  );
