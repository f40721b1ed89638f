import {
  type AttributeValue,
  BatchGetItemCommand,
  BatchWriteItemCommand,
  ConditionalCheckFailedException,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  TransactionCanceledException,
  type TransactWriteItem,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  type WriteRequest,
} from "@aws-sdk/client-dynamodb";
import type { ItemKey } from "@samverkan/table";
import * as Context from "effect/Context";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import type { StoreUnavailable } from "../errors";
import { fromItem, toItem } from "./codec";
import { dynamoCall } from "./dynamo-call";

// The store's one infrastructure service: the table's operations, each one DynamoDB request,
// spoken in plain items and keys. Code above it never sees the SDK client or the table's name,
// and a test provides the same operations over a wrapped client (`dynamoLayer(settings, client)`)
// to count or fail requests.

/** A condition on a write, and the names and values its expressions use. */
export interface Conditional {
  readonly condition?: string;
  readonly names?: Record<string, string>;
  readonly values?: Record<string, unknown>;
}

/** Writes an item whole. */
export interface PutItem extends Conditional {
  readonly item: Record<string, unknown>;
}

/** Changes an item in place (`SET …`, `ADD …`, `REMOVE …`). */
export interface UpdateItem extends Conditional {
  readonly key: ItemKey;
  readonly update: string;
}

/** Deletes an item. */
export interface DeleteItem extends Conditional {
  readonly key: ItemKey;
}

/** One write of a transaction. */
export type TransactionWrite =
  | { readonly put: PutItem }
  | { readonly update: UpdateItem }
  | { readonly delete: DeleteItem };

/** One write of a batch (no conditions: DynamoDB's BatchWriteItem takes none). */
export type BatchWrite = { readonly put: Record<string, unknown> } | { readonly delete: ItemKey };

/** A query of the table or one of its indexes: one page of it. */
export interface Query {
  readonly index?: string;
  readonly keyCondition: string;
  readonly filter?: string;
  readonly names?: Record<string, string>;
  readonly values: Record<string, unknown>;
  readonly limit?: number;
  readonly consistent?: boolean;
  /** Where the page starts: the previous page's `lastKey`. */
  readonly start?: Record<string, AttributeValue>;
}

/** A page a query read, and where the next one starts (absent after the last). */
export interface QueryPage {
  readonly items: Record<string, unknown>[];
  readonly lastKey?: Record<string, AttributeValue>;
}

/** Maps a failure of a write to the caller's own error; undefined leaves it to `dynamoCall`. */
export type OnError<E> = (error: unknown) => E | undefined;

/** The table's operations. Each is one request; throttling and outages fail as `StoreUnavailable`. */
export interface DynamoOperations {
  readonly tableName: string;
  /** One item by its key, strongly consistent (a write just made must be seen); null when absent. */
  readonly getItem: (
    key: ItemKey,
  ) => Effect.Effect<Record<string, unknown> | null, StoreUnavailable>;
  /**
   * Up to 100 items by key (DynamoDB's limit), those found; undefined when DynamoDB left some keys
   * unprocessed (the caller must not read a missing item as absent).
   */
  readonly batchGet: (
    keys: readonly ItemKey[],
    consistent: boolean,
  ) => Effect.Effect<Record<string, unknown>[] | undefined, StoreUnavailable>;
  /** One page of a query. */
  readonly query: (query: Query) => Effect.Effect<QueryPage, StoreUnavailable>;
  readonly putItem: <E = never>(
    put: PutItem,
    onError?: OnError<E>,
  ) => Effect.Effect<void, E | StoreUnavailable>;
  readonly updateItem: <E = never>(
    update: UpdateItem,
    onError?: OnError<E>,
  ) => Effect.Effect<void, E | StoreUnavailable>;
  /** Up to 25 writes (DynamoDB's limit); returns the writes DynamoDB left unprocessed. */
  readonly batchWrite: (
    writes: readonly BatchWrite[],
  ) => Effect.Effect<BatchWrite[], StoreUnavailable>;
  /** Up to 100 writes, all or none. */
  readonly transact: <E = never>(
    writes: readonly TransactionWrite[],
    onError?: OnError<E>,
  ) => Effect.Effect<void, E | StoreUnavailable>;
}

/** The table's operations, as the service that provides them. */
export class Dynamo extends Context.Service<Dynamo, DynamoOperations>()("Dynamo") {}

/** Whether a single write failed on its condition. */
export const conditionFailed = (error: unknown) => error instanceof ConditionalCheckFailedException;

/** Why each write of a cancelled transaction failed, in order (`ConditionalCheckFailed`, …); [] if it was not cancelled. */
export const cancellationCodes = (error: unknown): (string | undefined)[] =>
  error instanceof TransactionCanceledException
    ? (error.CancellationReasons ?? []).map((reason) => reason.Code)
    : [];

/** Whether the failure is a cancelled transaction. */
export const transactionCancelled = (error: unknown) =>
  error instanceof TransactionCanceledException;

const expressions = (c: Conditional) => ({
  ...(c.condition ? { ConditionExpression: c.condition } : {}),
  ...(c.names ? { ExpressionAttributeNames: c.names } : {}),
  ...(c.values ? { ExpressionAttributeValues: toItem(c.values) } : {}),
});

const putOf = (TableName: string, put: PutItem) => ({
  TableName,
  Item: toItem(put.item),
  ...expressions(put),
});

const updateOf = (TableName: string, update: UpdateItem) => ({
  TableName,
  Key: toItem({ ...update.key }),
  UpdateExpression: update.update,
  ...expressions(update),
});

const deleteOf = (TableName: string, remove: DeleteItem) => ({
  TableName,
  Key: toItem({ ...remove.key }),
  ...expressions(remove),
});

const transactItemOf = (tableName: string, write: TransactionWrite): TransactWriteItem =>
  "put" in write
    ? { Put: putOf(tableName, write.put) }
    : "update" in write
      ? { Update: updateOf(tableName, write.update) }
      : { Delete: deleteOf(tableName, write.delete) };

const writeRequestOf = (write: BatchWrite): WriteRequest =>
  "put" in write
    ? { PutRequest: { Item: toItem(write.put) } }
    : { DeleteRequest: { Key: toItem({ ...write.delete }) } };

const batchWriteOf = (request: WriteRequest): BatchWrite =>
  request.PutRequest?.Item
    ? { put: fromItem(request.PutRequest.Item) }
    : { delete: fromItem(request.DeleteRequest?.Key ?? {}) as unknown as ItemKey };

/** The operations on `tableName` through `client`. */
export function dynamoOperations(client: DynamoDBClient, tableName: string): DynamoOperations {
  return {
    tableName,
    getItem: (key) =>
      dynamoCall("GetItem", () =>
        client.send(
          new GetItemCommand({
            TableName: tableName,
            Key: toItem({ ...key }),
            ConsistentRead: true,
          }),
        ),
      ).pipe(Effect.map((result) => (result.Item ? fromItem(result.Item) : null))),
    batchGet: (keys, consistent) =>
      dynamoCall("BatchGetItem", () =>
        client.send(
          new BatchGetItemCommand({
            RequestItems: {
              [tableName]: {
                Keys: keys.map((key) => toItem({ ...key })),
                ConsistentRead: consistent,
              },
            },
          }),
        ),
      ).pipe(
        Effect.map((result) =>
          Object.keys(result.UnprocessedKeys ?? {}).length > 0
            ? undefined
            : (result.Responses?.[tableName] ?? []).map(fromItem),
        ),
      ),
    query: (query) =>
      dynamoCall("Query", () =>
        client.send(
          new QueryCommand({
            TableName: tableName,
            ...(query.index ? { IndexName: query.index } : {}),
            KeyConditionExpression: query.keyCondition,
            ...(query.filter ? { FilterExpression: query.filter } : {}),
            ...(query.names ? { ExpressionAttributeNames: query.names } : {}),
            ExpressionAttributeValues: toItem(query.values),
            ...(query.limit !== undefined ? { Limit: query.limit } : {}),
            ...(query.consistent ? { ConsistentRead: true } : {}),
            ...(query.start ? { ExclusiveStartKey: query.start } : {}),
          }),
        ),
      ).pipe(
        Effect.map((result) => ({
          items: (result.Items ?? []).map(fromItem),
          ...(result.LastEvaluatedKey ? { lastKey: result.LastEvaluatedKey } : {}),
        })),
      ),
    putItem: (put, onError) =>
      dynamoCall(
        "PutItem",
        () => client.send(new PutItemCommand(putOf(tableName, put))),
        onError,
      ).pipe(Effect.map(() => undefined)),
    updateItem: (update, onError) =>
      dynamoCall(
        "UpdateItem",
        () => client.send(new UpdateItemCommand(updateOf(tableName, update))),
        onError,
      ).pipe(Effect.map(() => undefined)),
    batchWrite: (writes) =>
      dynamoCall("BatchWriteItem", () =>
        client.send(
          new BatchWriteItemCommand({ RequestItems: { [tableName]: writes.map(writeRequestOf) } }),
        ),
      ).pipe(
        Effect.map((result) => (result.UnprocessedItems?.[tableName] ?? []).map(batchWriteOf)),
      ),
    transact: (writes, onError) =>
      dynamoCall(
        "TransactWriteItems",
        () =>
          client.send(
            new TransactWriteItemsCommand({
              TransactItems: writes.map((write) => transactItemOf(tableName, write)),
            }),
          ),
        onError,
      ).pipe(Effect.map(() => undefined)),
  };
}

/** Where the table is: AWS (no endpoint) or DynamoDB Local (an endpoint on this machine). */
export interface DynamoSettings {
  readonly tableName: string;
  readonly endpoint?: string;
  readonly region?: string;
}

/** A client for the settings; DynamoDB Local takes any static credentials. */
export function dynamoClient(settings: DynamoSettings): DynamoDBClient {
  const region = settings.region ?? "eu-north-1";
  if (!settings.endpoint) return new DynamoDBClient({ region });
  return new DynamoDBClient({
    region,
    endpoint: settings.endpoint,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    // A local emulator that is down should fail a request quickly, not hang it.
    maxAttempts: 2,
  });
}

/**
 * The layer that provides `Dynamo` for the settings; a test passes its own `client` (a proxy
 * that counts or fails requests) and the operations go through it.
 */
export function dynamoLayer(settings: DynamoSettings, client = dynamoClient(settings)) {
  return Layer.succeed(Dynamo, dynamoOperations(client, settings.tableName));
}
