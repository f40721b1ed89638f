import type { LetterOfIntent } from "@samverkan/domain";
import { dueDateIndexKey, ITEM_LAYOUT_VERSION, type ItemKey, keys } from "@samverkan/table";
import * as Data from "effect/Data";
import * as Effect from "effect/Effect";
import { StoreUnavailable, VersionConflict } from "../errors";
import { cancellationCodes, Dynamo, type TransactionWrite } from "./dynamo";

/** Who did it, for the audit trail: a person of an organisation, or the system itself. */
export interface EventActor {
  readonly sub: string;
  readonly name?: string;
  /** Absent for the system's own acts (the daily run). */
  readonly orgNumber?: string;
  /** R25: the person of the same organisation a substitute acted for ("X for Y"). */
  readonly onBehalfOf?: { readonly sub: string };
}

/** A watch item: when the scheduled run must next look at an obligation, a notice or an agreement. */
export interface WatchItem {
  readonly id: string;
  readonly on: string;
}

/**
 * A change to who may see the letter: a party or member listed once, or a project party's count
 * of special agreements it is a party to moved up or down (it sees the letter while above zero).
 */
export type MembershipChange =
  | {
      readonly kind: "list";
      readonly orgNumber: string;
      /** `invited`: named as a party by another organisation's draft, not yet signed (D-35). */
      readonly relation: "party" | "member" | "invited";
      /** Who drafted the letter naming an invited party, as the draft names it (D-35). */
      readonly invitedBy?: { readonly orgNumber: string; readonly name: string };
    }
  | { readonly kind: "project-party"; readonly orgNumber: string; readonly by: 1 | -1 };

/** Everything one command writes, in one `TransactWriteItems`. */
export interface AppendRequest {
  readonly letterId: string;
  /** The stream version read; null for a new letter. The write fails if the stream moved on. */
  readonly expectedStreamVersion: number | null;
  readonly events: ReadonlyArray<{
    readonly aggregate: string;
    readonly event: { readonly type: string };
  }>;
  readonly head: LetterOfIntent;
  /** Snapshots of the dialogs, needs, activities or applications the command changed. */
  readonly snapshots: ReadonlyArray<{ readonly key: ItemKey; readonly state: object }>;
  readonly watches: { readonly put: readonly WatchItem[]; readonly remove: readonly string[] };
  readonly memberships: readonly MembershipChange[];
  /** Items the command ends (a leaving project party's contact list), deleted with the rest. */
  readonly deletions?: readonly ItemKey[];
  /** The due-items index entries the command changes (D-48), written with the rest. */
  readonly dueItems?: readonly TransactionWrite[];
  readonly idempotency?: {
    readonly keyHash: string;
    readonly requestHash: string;
    readonly reply: unknown;
  };
  readonly actor: EventActor;
  readonly requestId: string;
  readonly recordedAt: string;
}

/** An idempotency record was stored by a concurrent request while this one ran. */
export class IdempotencyRace extends Data.TaggedError("IdempotencyRace")<{
  readonly key: string;
}> {}

/** DynamoDB's limit of items in one transaction; every command stays within it (docs/architecture.md). */
export const MAX_TRANSACTION_ITEMS = 100;
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

const put = (
  item: Record<string, unknown>,
  condition?: string,
  values?: Record<string, unknown>,
): TransactionWrite => ({ put: { item, condition, values } });

/** The idempotency record of a write: the reply kept a day for the same key (one `put`). */
export const idempotencyPut = (
  idempotency: { readonly keyHash: string; readonly requestHash: string; readonly reply: unknown },
  recordedAt: string,
) =>
  put(
    {
      ...keys.idempotency(idempotency.keyHash),
      requestHash: idempotency.requestHash,
      reply: JSON.stringify(idempotency.reply),
      expiresAt: Math.floor(Date.parse(recordedAt) / 1000) + IDEMPOTENCY_TTL_SECONDS,
    },
    "attribute_not_exists(pk)",
  );

function membershipWrite(request: AppendRequest, change: MembershipChange): TransactionWrite {
  const key = keys.membership(change.orgNumber, request.letterId);
  const common = { letterId: request.letterId, title: request.head.title };
  if (change.kind === "list")
    return put({
      ...key,
      ...common,
      relation: change.relation,
      ...(change.invitedBy ? { invitedBy: change.invitedBy } : {}),
    });
  return {
    update: {
      key,
      update:
        "SET letterId = :letterId, title = :title, relation = if_not_exists(relation, :relation) ADD projectAgreements :by",
      values: {
        ":letterId": common.letterId,
        ":title": common.title,
        ":relation": "project-party",
        ":by": change.by,
      },
    },
  };
}

function writes(request: AppendRequest): TransactionWrite[] {
  const { letterId, expectedStreamVersion } = request;
  const base = expectedStreamVersion ?? 0;
  const head = put(
    {
      ...keys.letter(letterId),
      layout: ITEM_LAYOUT_VERSION,
      streamVersion: base + request.events.length,
      letter: JSON.stringify(request.head),
      updatedAt: request.recordedAt,
    },
    expectedStreamVersion === null ? "attribute_not_exists(pk)" : "streamVersion = :expected",
    expectedStreamVersion === null ? undefined : { ":expected": expectedStreamVersion },
  );
  const events = request.events.map(({ aggregate, event }, index) =>
    put(
      {
        ...keys.event(letterId, base + index + 1),
        sequence: base + index + 1,
        aggregate,
        type: event.type,
        data: JSON.stringify(event),
        actor: request.actor,
        recordedAt: request.recordedAt,
        requestId: request.requestId,
      },
      "attribute_not_exists(pk)",
    ),
  );
  const snapshots = request.snapshots.map(({ key, state }) =>
    put({ ...key, state: JSON.stringify(state) }),
  );
  const watches = request.watches.put.map((w) => put(watchItem(letterId, w)));
  const removals: TransactionWrite[] = request.watches.remove.map((id) => ({
    delete: { key: keys.watch(letterId, id) },
  }));
  const memberships = request.memberships.map((change) => membershipWrite(request, change));
  const deletions: TransactionWrite[] = (request.deletions ?? []).map((key) => ({
    delete: { key },
  }));
  const idempotency = request.idempotency
    ? [idempotencyPut(request.idempotency, request.recordedAt)]
    : [];
  return [
    head,
    ...events,
    ...snapshots,
    ...watches,
    ...removals,
    ...memberships,
    ...deletions,
    ...(request.dueItems ?? []),
    // Last: a failed condition at the end is an idempotency race.
    ...idempotency,
  ];
}

/**
 * Appends a command's events, the new snapshots, index items, memberships and the idempotency
 * record in one `TransactWriteItems`, conditional on the stream version read: all of it or none.
 */
export const appendToLetter = /* @__PURE__ */ Effect.fn("store.appendToLetter")(function* (
  request: AppendRequest,
) {
  const items = writes(request);
  if (items.length > MAX_TRANSACTION_ITEMS) {
    return yield* Effect.die(
      new Error(`A command would write ${items.length} items, over ${MAX_TRANSACTION_ITEMS}`),
    );
  }
  const hasIdempotency = request.idempotency !== undefined;
  yield* (yield* Dynamo).transact(items, (error) => {
    // Not a cancelled transaction: no codes, none of these.
    const codes = cancellationCodes(error);
    if (codes[0] === "ConditionalCheckFailed")
      return new VersionConflict({ letterId: request.letterId });
    if (hasIdempotency && codes.at(-1) === "ConditionalCheckFailed") {
      return new IdempotencyRace({ key: request.idempotency?.keyHash ?? "" });
    }
    if (codes.some((code) => code === "TransactionConflict"))
      return new VersionConflict({ letterId: request.letterId });
    if (
      codes.some((code) => code === "ThrottlingError" || code === "ProvisionedThroughputExceeded")
    )
      return new StoreUnavailable({ operation: "TransactWriteItems", cause: error });
    return undefined;
  });
  return { streamVersion: (request.expectedStreamVersion ?? 0) + request.events.length };
});
