import { DeleteItemCommand, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { keys } from "@samverkan/table";
import { Effect } from "effect";
import { toItem } from "./codec";
import { Dynamo } from "./dynamo";
import { dynamoCall } from "./dynamo-call";
import { getItem } from "./get-item";

/** Who made a calendar feed: the feed shows what that organisation may see. */
export interface CalendarFeed {
  readonly orgNumber: string;
  readonly createdBy: string;
  readonly createdAt: string;
}

export const putFeed = (letterId: string, tokenHash: string, feed: CalendarFeed) =>
  Effect.gen(function* () {
    const { client, tableName } = yield* Dynamo;
    yield* dynamoCall("PutItem", () =>
      client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: toItem({ ...keys.calendarFeed(letterId, tokenHash), ...feed }),
        }),
      ),
    );
  });

export const readFeed = (letterId: string, tokenHash: string) =>
  getItem(keys.calendarFeed(letterId, tokenHash)).pipe(
    Effect.map((item) => item as unknown as CalendarFeed | null),
  );

/** Revokes a feed; returns whether it existed. */
export const deleteFeed = (letterId: string, tokenHash: string) =>
  Effect.gen(function* () {
    const { client, tableName } = yield* Dynamo;
    const result = yield* dynamoCall("DeleteItem", () =>
      client.send(
        new DeleteItemCommand({
          TableName: tableName,
          Key: toItem({ ...keys.calendarFeed(letterId, tokenHash) }),
          ReturnValues: "ALL_OLD",
        }),
      ),
    );
    return result.Attributes !== undefined;
  });
