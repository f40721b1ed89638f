import { BatchWriteItemCommand, QueryCommand } from "@aws-sdk/client-dynamodb";
import { DUE_BUCKET, dueOnOrBefore, keys, TABLE_DESIGN } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { StoreUnavailable } from "../errors";
import { type WatchItem, watchItem } from "../store/append";
import { fromItem, toItem } from "../store/codec";
import { Dynamo } from "../store/dynamo";
import { dynamoCall } from "../store/dynamo-call";

/** One page of the watches due on or before `asOf`, read through the due-date index. */
export const dueWatchesPage = (asOf: string, start?: Record<string, unknown>) =>
  Effect.gen(function* () {
    const { client, tableName } = yield* Dynamo;
    const { name, partitionKey, sortKey } = TABLE_DESIGN.dueDateIndex;
    const result = yield* dynamoCall("Query", () =>
      client.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: name,
          KeyConditionExpression: "#bucket = :bucket AND #key <= :until",
          ExpressionAttributeNames: { "#bucket": partitionKey, "#key": sortKey },
          ExpressionAttributeValues: toItem({
            ":bucket": DUE_BUCKET,
            ":until": dueOnOrBefore(asOf),
          }),
          Limit: 500,
          ...(start ? { ExclusiveStartKey: toItem(start) } : {}),
        }),
      ),
    );
    return {
      items: (result.Items ?? []).map(fromItem),
      next: result.LastEvaluatedKey ? fromItem(result.LastEvaluatedKey) : undefined,
    };
  });

/** Every item of a letter whose sort key starts with `prefix` (its activities, applications or watches). */
export const allLetterItems = (letterId: string, prefix: string) =>
  Effect.gen(function* () {
    const { client, tableName } = yield* Dynamo;
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = yield* dynamoCall("Query", () =>
        client.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
            ExpressionAttributeValues: toItem({
              ":pk": keys.letter(letterId).pk,
              ":prefix": prefix,
            }),
            ConsistentRead: true,
            ...(start ? { ExclusiveStartKey: toItem(start) } : {}),
          }),
        ),
      );
      items.push(...(page.Items ?? []).map(fromItem));
      start = page.LastEvaluatedKey ? fromItem(page.LastEvaluatedKey) : undefined;
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
    const { client, tableName } = yield* Dynamo;
    const writes = [
      ...desired.map((w) => ({ PutRequest: { Item: toItem(watchItem(letterId, w)) } })),
      ...existing
        .filter((id) => !desired.some((w) => w.id === id))
        .map((id) => ({ DeleteRequest: { Key: toItem({ ...keys.watch(letterId, id) }) } })),
    ];
    for (let i = 0; i < writes.length; i += 25) {
      let batch = writes.slice(i, i + 25);
      for (let attempt = 0; batch.length > 0; attempt++) {
        if (attempt > 5)
          return yield* Effect.fail(
            new StoreUnavailable({ operation: "BatchWriteItem", cause: "unprocessed items" }),
          );
        const result = yield* dynamoCall("BatchWriteItem", () =>
          client.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: batch } })),
        );
        batch = (result.UnprocessedItems?.[tableName] ?? []) as typeof batch;
        if (batch.length > 0) yield* Effect.sleep(`${50 * 2 ** attempt} millis`);
      }
    }
  });
