import {
  ConditionalCheckFailedException,
  QueryCommand,
  TransactionCanceledException,
  type TransactWriteItem,
  TransactWriteItemsCommand,
} from "@aws-sdk/client-dynamodb";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { replayAfterRace } from "../commands/replay-after-race";
import { InputOutOfRange, ItemNotFound, NotAllowed } from "../errors";
import { IdempotencyRace } from "./append";
import { fromItem, toItem } from "./codec";
import { Dynamo } from "./dynamo";
import { dynamoCall } from "./dynamo-call";
import { getItem } from "./get-item";

/** Who made a calendar feed: the feed shows what that organisation may see. */
export interface CalendarFeed {
  readonly orgNumber: string;
  readonly createdBy: string;
  readonly createdAt: string;
}

/** Calendar feeds one organisation may keep on one letter: each is a standing secret URL. */
export const MAX_FEEDS_PER_ORGANISATION = 10;
const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

// The organisation's count of feeds on the letter: moved in the same transaction as the feed, so
// the limit holds however many requests race.
const counterKey = (letterId: string, orgNumber: string) => ({
  pk: keys.letter(letterId).pk,
  sk: `FEEDCOUNT#${orgNumber}`,
});

/**
 * Stores a feed under the hash of its secret, within the organisation's limit, and the reply for
 * an idempotency key in the same transaction.
 */
export const createFeed = (
  letterId: string,
  tokenHash: string,
  feed: CalendarFeed,
  idempotency?: { keyHash: string; requestHash: string; reply: unknown },
) =>
  Effect.gen(function* () {
    const { client, tableName } = yield* Dynamo;
    const items: TransactWriteItem[] = [
      {
        Update: {
          TableName: tableName,
          Key: toItem(counterKey(letterId, feed.orgNumber)),
          UpdateExpression: "ADD feeds :one",
          ConditionExpression: "attribute_not_exists(feeds) OR feeds < :max",
          ExpressionAttributeValues: toItem({ ":one": 1, ":max": MAX_FEEDS_PER_ORGANISATION }),
        },
      },
      {
        Put: {
          TableName: tableName,
          Item: toItem({ ...keys.calendarFeed(letterId, tokenHash), ...feed }),
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      ...(idempotency
        ? [
            {
              Put: {
                TableName: tableName,
                Item: toItem({
                  ...keys.idempotency(idempotency.keyHash),
                  requestHash: idempotency.requestHash,
                  reply: JSON.stringify(idempotency.reply),
                  expiresAt:
                    Math.floor(Date.parse(feed.createdAt) / 1000) + IDEMPOTENCY_TTL_SECONDS,
                }),
                ConditionExpression: "attribute_not_exists(pk)",
              },
            },
          ]
        : []),
    ];
    const reasons = (error: unknown) =>
      error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []) : [];
    return yield* dynamoCall(
      "TransactWriteItems",
      () => client.send(new TransactWriteItemsCommand({ TransactItems: items })),
      (error) => {
        if (reasons(error)[0]?.Code === "ConditionalCheckFailed")
          return new InputOutOfRange({
            code: "too-many-calendar-feeds",
            message: `An organisation keeps at most ${MAX_FEEDS_PER_ORGANISATION} calendar feeds of a letter; revoke one first`,
          });
        // Another request with the same idempotency key made its feed first: answer with its reply.
        if (idempotency && reasons(error)[2]?.Code === "ConditionalCheckFailed")
          return new IdempotencyRace({ key: idempotency.keyHash });
        return undefined;
      },
    ).pipe(
      Effect.as(idempotency?.reply),
      Effect.catchTag("IdempotencyRace", () => replayAfterRace<unknown>(idempotency)),
    );
  });

export const readFeed = (letterId: string, tokenHash: string) =>
  getItem(keys.calendarFeed(letterId, tokenHash)).pipe(
    Effect.map((item) => item as unknown as CalendarFeed | null),
  );

/** The organisation's feeds of a letter (at most `MAX_FEEDS_PER_ORGANISATION`), without secrets. */
export const listFeeds = (letterId: string, orgNumber: string) =>
  Effect.gen(function* () {
    const { client, tableName } = yield* Dynamo;
    const result = yield* dynamoCall("Query", () =>
      client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
          FilterExpression: "orgNumber = :org",
          ExpressionAttributeValues: toItem({
            ":pk": keys.letter(letterId).pk,
            ":prefix": "FEED#",
            ":org": orgNumber,
          }),
        }),
      ),
    );
    return (result.Items ?? []).map(fromItem).map((item) => ({
      id: String(item.sk).slice("FEED#".length),
      createdBy: item.createdBy as string,
      createdAt: item.createdAt as string,
    }));
  });

/** Revokes a feed of the caller's own organisation; another's is not theirs to revoke. */
export const revokeFeed = (letterId: string, tokenHash: string, orgNumber: string) =>
  Effect.gen(function* () {
    const { client, tableName } = yield* Dynamo;
    const feed = yield* readFeed(letterId, tokenHash);
    if (!feed)
      return yield* Effect.fail(new ItemNotFound({ kind: "calendar-feed", id: tokenHash }));
    if (feed.orgNumber !== orgNumber)
      return yield* Effect.fail(
        new NotAllowed({
          code: "not-own-feed",
          message: "Only the organisation that made a feed may revoke it",
        }),
      );
    yield* dynamoCall(
      "TransactWriteItems",
      () =>
        client.send(
          new TransactWriteItemsCommand({
            TransactItems: [
              {
                Delete: {
                  TableName: tableName,
                  Key: toItem({ ...keys.calendarFeed(letterId, tokenHash) }),
                  ConditionExpression: "orgNumber = :org",
                  ExpressionAttributeValues: toItem({ ":org": orgNumber }),
                },
              },
              {
                Update: {
                  TableName: tableName,
                  Key: toItem(counterKey(letterId, orgNumber)),
                  UpdateExpression: "ADD feeds :minus",
                  ExpressionAttributeValues: toItem({ ":minus": -1 }),
                },
              },
            ],
          }),
        ),
      (error) =>
        error instanceof TransactionCanceledException ||
        error instanceof ConditionalCheckFailedException
          ? new ItemNotFound({ kind: "calendar-feed", id: tokenHash })
          : undefined,
    );
  });
