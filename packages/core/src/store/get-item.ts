import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import type { ItemKey } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { fromItem, toItem } from "./codec";
import { Dynamo } from "./dynamo";
import { dynamoCall } from "./dynamo-call";

/** One item by its key, strongly consistent (a write just made must be seen); null when absent. */
export const getItem = (key: ItemKey) =>
  Effect.gen(function* () {
    const { client, tableName } = yield* Dynamo;
    const result = yield* dynamoCall("GetItem", () =>
      client.send(
        new GetItemCommand({ TableName: tableName, Key: toItem({ ...key }), ConsistentRead: true }),
      ),
    );
    return result.Item ? fromItem(result.Item) : null;
  });
