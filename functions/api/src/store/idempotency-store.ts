import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { keys } from "@samverkan/table";
import { Effect } from "effect";
import type { StoredResponse } from "./append";
import { fromItem, toItem } from "./codec";
import { Dynamo } from "./dynamo";
import { dynamoCall } from "./dynamo-call";

/** A stored idempotency record: the hash of the first request and its response. */
export interface IdempotencyRecord {
  readonly requestHash: string;
  readonly response: StoredResponse;
}

/** Reads the record of an `Idempotency-Key` within the caller's scope. */
export const readIdempotency = (scope: string, key: string) =>
  Effect.gen(function* () {
    const { client, tableName } = yield* Dynamo;
    const result = yield* dynamoCall("GetItem", () =>
      client.send(
        new GetItemCommand({
          TableName: tableName,
          Key: toItem({ ...keys.idempotency(scope, key) }),
          ConsistentRead: true,
        }),
      ),
    );
    if (!result.Item) return null;
    const item = fromItem(result.Item);
    return {
      requestHash: item.requestHash as string,
      response: JSON.parse(item.response as string),
    } satisfies IdempotencyRecord;
  }).pipe(Effect.withSpan("store.readIdempotency"));
