import { BatchGetItemCommand, QueryCommand } from "@aws-sdk/client-dynamodb";
import type { Activity, FundingApplication, LetterOfIntent } from "@samverkan/domain";
import { keys } from "@samverkan/table";
import { Effect } from "effect";
import { decodeCursor, encodeCursor, fromItem, toItem } from "./codec";
import { Dynamo } from "./dynamo";
import { dynamoCall } from "./dynamo-call";
import { getItem } from "./get-item";
import { StoreUnavailable } from "./store-errors";

/** A letter's head item: its snapshot, the version of its whole stream, and who may see it. */
export interface LetterHead {
  readonly letter: LetterOfIntent;
  readonly streamVersion: number;
  /** Organisation numbers that may see the letter: parties, member municipalities, project parties. */
  readonly viewers: readonly string[];
  readonly activityIds: readonly string[];
}

/** A page of a list. */
export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

// A BatchGetItem that DynamoDB only partly served (throttling): a missing item must never read
// as "no such letter", so the request fails as unavailable and the client retries.
const unprocessed = new StoreUnavailable({ operation: "BatchGetItem", cause: "unprocessed keys" });

export class InvalidCursor extends Error {
  readonly _tag = "InvalidCursor";
}

// Snapshots are written only by this store, from states the domain's `evolve` produced; parsing
// them again with zod on every read would cost more than the read itself (pnpm bench).
function headOf(item: Record<string, unknown>): LetterHead {
  return {
    letter: JSON.parse(item.letter as string) as LetterOfIntent,
    streamVersion: item.streamVersion as number,
    viewers: (item.viewers as string[]) ?? [],
    activityIds: (item.activityIds as string[]) ?? [],
  };
}

/** Reads a letter's head in one `GetItem`; null when there is no such letter. */
export const readLetter = (letterId: string) =>
  getItem(keys.letter(letterId)).pipe(
    Effect.map((item) => (item ? headOf(item) : null)),
    Effect.withSpan("store.readLetter"),
  );

/** Reads a letter's head and one of its activities or funding applications in one `BatchGetItem`. */
export const readLetterWith = <T>(letterId: string, sk: string, parse: (json: unknown) => T) =>
  Effect.gen(function* () {
    const { client, tableName } = yield* Dynamo;
    const head = keys.letter(letterId);
    const result = yield* dynamoCall("BatchGetItem", () =>
      client.send(
        new BatchGetItemCommand({
          RequestItems: {
            [tableName]: {
              Keys: [toItem({ ...head }), toItem({ pk: head.pk, sk })],
              ConsistentRead: true,
            },
          },
        }),
      ),
    );
    if (Object.keys(result.UnprocessedKeys ?? {}).length > 0)
      return yield* Effect.fail(unprocessed);
    const items = (result.Responses?.[tableName] ?? []).map(fromItem);
    const headItem = items.find((item) => item.sk === head.sk);
    const childItem = items.find((item) => item.sk === sk);
    return {
      head: headItem ? headOf(headItem) : null,
      child: childItem ? parse(JSON.parse(childItem.state as string)) : null,
    };
  }).pipe(Effect.withSpan("store.readLetterWith"));

/** A stored activity snapshot (written by this store from the domain's `evolve`). */
export const parseActivity = (json: unknown) => json as Activity;
/** A stored funding application snapshot. */
export const parseFunding = (json: unknown) => json as FundingApplication;

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
    const start = cursor === undefined ? undefined : decodeCursor(cursor, pk);
    if (cursor !== undefined && !start)
      return yield* Effect.fail(new InvalidCursor("cursor is not valid for this list"));
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

/** Reads letter heads by id: one `BatchGetItem` per 100 (DynamoDB's limit), in the ids' order. */
export const readLetters = (letterIds: readonly string[]) =>
  Effect.gen(function* () {
    const { client, tableName } = yield* Dynamo;
    const heads: LetterHead[] = [];
    for (let i = 0; i < letterIds.length; i += 100) {
      const chunk = letterIds.slice(i, i + 100);
      const result = yield* dynamoCall("BatchGetItem", () =>
        client.send(
          new BatchGetItemCommand({
            RequestItems: {
              [tableName]: { Keys: chunk.map((id) => toItem({ ...keys.letter(id) })) },
            },
          }),
        ),
      );
      if (Object.keys(result.UnprocessedKeys ?? {}).length > 0)
        return yield* Effect.fail(unprocessed);
      heads.push(...(result.Responses?.[tableName] ?? []).map((item) => headOf(fromItem(item))));
    }
    return letterIds.flatMap((id) => heads.filter((head) => head.letter.letterId === id));
  }).pipe(Effect.withSpan("store.readLetters"));
