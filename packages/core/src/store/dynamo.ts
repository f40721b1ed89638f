import {
  type AttributeValue,
  BatchGetItemCommand,
  type BatchGetItemCommandOutput,
  BatchWriteItemCommand,
  type BatchWriteItemCommandOutput,
  ConditionalCheckFailedException,
  DynamoDBClient,
  GetItemCommand,
  type GetItemCommandOutput,
  PutItemCommand,
  QueryCommand,
  type QueryCommandOutput,
  TransactionCanceledException,
  TransactWriteItemsCommand,
  UpdateItemCommand,
  type WriteRequest,
} from "@aws-sdk/client-dynamodb";
import type { ItemKey } from "@samverkan/table";
import * as Context from "effect/Context";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import { StoreUnavailable } from "../errors";
import { fromItem, toItem } from "./codec";
import { dynamoCall } from "./dynamo-call";

// The store's one infrastructure service: the table's operations, each one DynamoDB request,
// spoken in plain items and keys. Code above it never sees the SDK client or the table's name,
// and a test provides the same operations over a wrapped client (`dynamoLayer(settings, client)`)
// to count or fail requests.

/** A condition on a write, and the names and values its expressions use. */
export interface Conditional {
  readonly condition?: string | undefined;
  readonly names?: Record<string, string>;
  readonly values?: Record<string, unknown> | undefined;
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
  readonly lastKey: Record<string, AttributeValue> | undefined;
}

/** Maps a failure of a write to the caller's own error; undefined leaves it to `dynamoCall`. */
export type OnError<E> = (error: unknown) => E | undefined;

/** The table's operations. Each is one request; throttling and outages fail as `StoreUnavailable`. */
export interface DynamoOperations {
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
  /** Writes an item: true when written, false when its condition did not hold. */
  readonly putItem: (put: PutItem) => Effect.Effect<boolean, StoreUnavailable>;
  /** Changes an item: true when changed, false when its condition did not hold. */
  readonly updateItem: (update: UpdateItem) => Effect.Effect<boolean, StoreUnavailable>;
  /**
   * Up to 25 writes (DynamoDB's limit). What DynamoDB leaves unprocessed (throttling) is sent
   * again after 50 ms, 100 ms, … ; still unprocessed after six tries, it fails as unavailable.
   */
  readonly batchWrite: (writes: readonly BatchWrite[]) => Effect.Effect<void, StoreUnavailable>;
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

/** Whether the failure is a cancelled transaction. */
export const transactionCancelled = (error: unknown) =>
  error instanceof TransactionCanceledException;

/** Why each write of a cancelled transaction failed, in order (`ConditionalCheckFailed`, …); [] if it was not cancelled. */
export const cancellationCodes = (error: unknown): (string | undefined)[] =>
  transactionCancelled(error)
    ? ((error as TransactionCanceledException).CancellationReasons ?? []).map((r) => r.Code)
    : [];

// The SDK leaves out what is undefined: an absent condition is no `ConditionExpression`.
const expressions = (c: Conditional) => ({
  ConditionExpression: c.condition,
  ExpressionAttributeNames: c.names,
  ExpressionAttributeValues: c.values && toItem(c.values),
});

const key = (k: ItemKey) => toItem({ ...k });

/** The operations on `tableName` through `client`. */
export function dynamoOperations(client: DynamoDBClient, TableName: string): DynamoOperations {
  // One request: the command is made when the request is sent, as each retry sends it anew.
  const send = <A, E = never>(
    operation: string,
    command: () => { readonly input: object },
    onError?: OnError<E>,
  ) => dynamoCall(operation, () => client.send(command() as never) as Promise<A>, onError);
  // A write on a condition: whether it was made (a condition that did not hold is no failure).
  const write = (operation: string, command: () => { readonly input: object }) =>
    dynamoCall(operation, () =>
      client.send(command() as never).then(
        () => true,
        (error: unknown) => {
          if (conditionFailed(error)) return false;
          throw error;
        },
      ),
    );
  const put = (p: PutItem) => ({ TableName, Item: toItem(p.item), ...expressions(p) });
  const update = (u: UpdateItem) => ({
    TableName,
    Key: key(u.key),
    UpdateExpression: u.update,
    ...expressions(u),
  });
  return {
    getItem: (k) =>
      send<GetItemCommandOutput>(
        "GetItem",
        () => new GetItemCommand({ TableName, Key: key(k), ConsistentRead: true }),
      ).pipe(Effect.map((result) => (result.Item ? fromItem(result.Item) : null))),
    batchGet: (keys, ConsistentRead) =>
      send<BatchGetItemCommandOutput>(
        "BatchGetItem",
        () =>
          new BatchGetItemCommand({
            RequestItems: { [TableName]: { Keys: keys.map(key), ConsistentRead } },
          }),
      ).pipe(
        Effect.map((result) =>
          Object.keys(result.UnprocessedKeys ?? {}).length > 0
            ? undefined
            : (result.Responses?.[TableName] ?? []).map(fromItem),
        ),
      ),
    query: (q) =>
      send<QueryCommandOutput>(
        "Query",
        () =>
          new QueryCommand({
            TableName,
            IndexName: q.index,
            KeyConditionExpression: q.keyCondition,
            FilterExpression: q.filter,
            ExpressionAttributeNames: q.names,
            ExpressionAttributeValues: toItem(q.values),
            Limit: q.limit,
            ConsistentRead: q.consistent,
            ExclusiveStartKey: q.start,
          }),
      ).pipe(
        Effect.map((result) => ({
          items: (result.Items ?? []).map(fromItem),
          lastKey: result.LastEvaluatedKey,
        })),
      ),
    putItem: (p) => write("PutItem", () => new PutItemCommand(put(p))),
    updateItem: (u) => write("UpdateItem", () => new UpdateItemCommand(update(u))),
    batchWrite: (writes) =>
      Effect.gen(function* () {
        let batch: WriteRequest[] = writes.map((w) =>
          "put" in w
            ? { PutRequest: { Item: toItem(w.put) } }
            : { DeleteRequest: { Key: key(w.delete) } },
        );
        for (let attempt = 0; batch.length > 0; attempt++) {
          if (attempt > 5)
            return yield* new StoreUnavailable({
              operation: "BatchWriteItem",
              cause: "unprocessed items",
            });
          const result = yield* send<BatchWriteItemCommandOutput>(
            "BatchWriteItem",
            () => new BatchWriteItemCommand({ RequestItems: { [TableName]: batch } }),
          );
          batch = result.UnprocessedItems?.[TableName] ?? [];
          if (batch.length > 0) yield* Effect.sleep(`${50 * 2 ** attempt} millis`);
        }
      }),
    transact: (writes, onError) =>
      send(
        "TransactWriteItems",
        () =>
          new TransactWriteItemsCommand({
            TransactItems: writes.map((w) =>
              "put" in w
                ? { Put: put(w.put) }
                : "update" in w
                  ? { Update: update(w.update) }
                  : { Delete: { TableName, Key: key(w.delete.key), ...expressions(w.delete) } },
            ),
          }),
        onError,
      ).pipe(Effect.asVoid),
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
