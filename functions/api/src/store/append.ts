import {
  TransactionCanceledException,
  type TransactWriteItem,
  TransactWriteItemsCommand,
} from "@aws-sdk/client-dynamodb";
import type { LetterOfIntent } from "@samverkan/domain";
import { dueDateIndexKey, keys } from "@samverkan/table";
import { Effect } from "effect";
import { toItem } from "./codec";
import { Dynamo } from "./dynamo";
import { dynamoCall } from "./dynamo-call";
import { IdempotencyRace, StoreUnavailable, VersionConflict } from "./store-errors";

/** Who did it, for the audit trail. */
export interface EventActor {
  readonly sub: string;
  readonly name?: string;
  readonly orgNumber: string;
}

/** The actor an event records, from the caller (R16: who signed or acted). */
export function eventActorOf(caller: {
  sub: string;
  name?: string;
  orgNumber: string;
}): EventActor {
  return {
    sub: caller.sub,
    orgNumber: caller.orgNumber,
    ...(caller.name ? { name: caller.name } : {}),
  };
}

/** A watch item: when the scheduled run must next look at an obligation, a notice or an agreement. */
export interface WatchItem {
  readonly id: string;
  readonly on: string;
}

/** A response stored for an `Idempotency-Key`, replayed for a repeat of the same request. */
export interface StoredResponse {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Record<string, string>;
}

/** Everything one command writes, in one `TransactWriteItems`. */
export interface AppendRequest {
  readonly letterId: string;
  /** The stream version read; null for a new letter. The write fails if the stream moved on. */
  readonly expectedStreamVersion: number | null;
  readonly events: ReadonlyArray<{
    readonly aggregate: string;
    readonly event: { readonly type: string };
  }>;
  readonly letter: LetterOfIntent;
  readonly viewers: readonly string[];
  /** Ids of the letter's activities, kept on the head so that funding checks need no extra read. */
  readonly activityIds: readonly string[];
  /** An activity or funding application snapshot the command changed. */
  readonly child?: { readonly sk: string; readonly state: { readonly version: number } };
  readonly watches: { readonly put: readonly WatchItem[]; readonly remove: readonly string[] };
  readonly memberships: ReadonlyArray<{
    readonly orgNumber: string;
    readonly relation: string;
    readonly title: string;
  }>;
  readonly idempotency?: {
    readonly scope: string;
    readonly key: string;
    readonly requestHash: string;
    readonly response: StoredResponse;
  };
  readonly actor: EventActor | null;
  readonly requestId: string;
  readonly recordedAt: string;
}

const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

/** The stored form of a watch: its key, its place in the due-date index, and what it is. */
export function watchItem(letterId: string, watch: WatchItem): Record<string, unknown> {
  return {
    ...keys.watch(letterId, watch.id),
    ...dueDateIndexKey(watch.on, letterId, watch.id),
    letterId,
    watchId: watch.id,
    on: watch.on,
  };
}

function put(
  item: Record<string, unknown>,
  condition?: string,
  values?: Record<string, unknown>,
): TransactWriteItem {
  return {
    Put: {
      TableName: "",
      Item: toItem(item),
      ...(condition ? { ConditionExpression: condition } : {}),
      ...(values ? { ExpressionAttributeValues: toItem(values) } : {}),
    },
  };
}

function writes(request: AppendRequest): TransactWriteItem[] {
  const { letterId, expectedStreamVersion } = request;
  const base = expectedStreamVersion ?? 0;
  const streamVersion = base + request.events.length;
  const events = request.events.map(({ aggregate, event }, index) =>
    put(
      {
        ...keys.event(letterId, base + index + 1),
        sequence: base + index + 1,
        aggregate,
        type: event.type,
        data: JSON.stringify(event),
        actor: request.actor ?? undefined,
        recordedAt: request.recordedAt,
        requestId: request.requestId,
      },
      "attribute_not_exists(pk)",
    ),
  );
  const head = put(
    {
      ...keys.letter(letterId),
      streamVersion,
      letter: JSON.stringify(request.letter),
      viewers: [...new Set(request.viewers)],
      activityIds: [...new Set(request.activityIds)],
      updatedAt: request.recordedAt,
    },
    expectedStreamVersion === null ? "attribute_not_exists(pk)" : "streamVersion = :expected",
    expectedStreamVersion === null ? undefined : { ":expected": expectedStreamVersion },
  );
  const child = request.child
    ? [
        put({
          pk: keys.letter(letterId).pk,
          sk: request.child.sk,
          version: request.child.state.version,
          state: JSON.stringify(request.child.state),
        }),
      ]
    : [];
  const watches = request.watches.put.map((w) => put(watchItem(letterId, w)));
  const removals: TransactWriteItem[] = request.watches.remove.map((id) => ({
    Delete: { TableName: "", Key: toItem({ ...keys.watch(letterId, id) }) },
  }));
  const memberships = request.memberships.map((m) =>
    put({
      ...keys.membership(m.orgNumber, letterId),
      letterId,
      relation: m.relation,
      title: m.title,
    }),
  );
  const idempotency = request.idempotency
    ? [
        put(
          {
            ...keys.idempotency(request.idempotency.scope, request.idempotency.key),
            requestHash: request.idempotency.requestHash,
            response: JSON.stringify(request.idempotency.response),
            expiresAt: Math.floor(Date.parse(request.recordedAt) / 1000) + IDEMPOTENCY_TTL_SECONDS,
          },
          "attribute_not_exists(pk)",
        ),
      ]
    : [];
  return [head, ...events, ...child, ...watches, ...removals, ...memberships, ...idempotency];
}

/**
 * Appends a command's events, the new snapshots, index items, memberships and the idempotency
 * record in one `TransactWriteItems`, conditional on the stream version read: all of it or none.
 */
export const appendToLetter = (request: AppendRequest) =>
  Effect.gen(function* () {
    const { client, tableName } = yield* Dynamo;
    const items = writes(request).map((item) => {
      const op = (item.Put ?? item.Delete) as { TableName: string };
      op.TableName = tableName;
      return item;
    });
    const hasIdempotency = request.idempotency !== undefined;
    yield* dynamoCall(
      "TransactWriteItems",
      () => client.send(new TransactWriteItemsCommand({ TransactItems: items })),
      (error) => {
        if (!(error instanceof TransactionCanceledException)) return undefined;
        const reasons = error.CancellationReasons ?? [];
        if (reasons[0]?.Code === "ConditionalCheckFailed")
          return new VersionConflict({ letterId: request.letterId });
        if (hasIdempotency && reasons.at(-1)?.Code === "ConditionalCheckFailed") {
          return new IdempotencyRace({ key: request.idempotency?.key ?? "" });
        }
        if (reasons.some((r) => r.Code === "TransactionConflict"))
          return new VersionConflict({ letterId: request.letterId });
        if (
          reasons.some(
            (r) => r.Code === "ThrottlingError" || r.Code === "ProvisionedThroughputExceeded",
          )
        ) {
          return new StoreUnavailable({ operation: "TransactWriteItems", cause: error });
        }
        return undefined;
      },
    );
    return { streamVersion: (request.expectedStreamVersion ?? 0) + request.events.length };
  }).pipe(Effect.withSpan("store.appendToLetter"));
