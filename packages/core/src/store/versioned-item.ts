import type { ItemKey } from "@samverkan/table";
import * as Effect from "effect/Effect";
import * as Schedule from "effect/Schedule";
import { type IfMatch, ifMatchHolds, ifMatchText } from "../commands/if-match";
import { VersionConflict, VersionMismatch } from "../errors";
import { Dynamo, transactionCancelled } from "./dynamo";
import { getItem } from "./get-item";

// A lost race: re-read and write again, a few times with jitter.
const raceRetry = Schedule.max([
  Schedule.jittered(Schedule.spaced("20 millis")),
  Schedule.recurs(10),
]);

class Raced extends Error {
  readonly raced = true;
}

/** What a write of a versioned item needs besides its body: the client's If-Match, other writes. */
export interface VersionedWrite {
  /** The entity tags the client last saw (unquoted) or `*`; a stale one is refused (412). */
  readonly ifMatch?: IfMatch;
  /** Items written in the same transaction (a watch the change asks the run to look at). */
  readonly alsoPut?: readonly Record<string, unknown>[];
}

/**
 * Replaces an item that is not event-sourced (a contact list, a reminder policy) as one versioned
 * write: read its version, refuse a stale `If-Match`, then write version + 1 on condition that
 * nobody wrote in between. A lost race is re-read and retried, unless the client sent `If-Match`
 * (then it is their conflict). Version 0 is "never written".
 */
export const replaceVersioned = /* @__PURE__ */ Effect.fn("store.replaceVersioned")(
  function* (key: ItemKey, body: Record<string, unknown>, write: VersionedWrite) {
    const dynamo = yield* Dynamo;
    const current = Number((yield* getItem(key))?.version ?? 0);
    // Version 0 ("never written") is a version its GET tags, so `*` and "0" match it.
    if (write.ifMatch !== undefined && !ifMatchHolds(write.ifMatch, current))
      return yield* new VersionMismatch({ expected: ifMatchText(write.ifMatch), current });
    yield* dynamo.transact(
      [
        {
          put: {
            item: { ...key, ...body, version: current + 1 },
            condition: current === 0 ? "attribute_not_exists(pk)" : "version = :expected",
            ...(current === 0 ? {} : { values: { ":expected": current } }),
          },
        },
        ...(write.alsoPut ?? []).map((item) => ({ put: { item } })),
      ],
      (error) => {
        if (!transactionCancelled(error)) return undefined;
        return write.ifMatch === undefined
          ? new Raced()
          : new VersionMismatch({ expected: ifMatchText(write.ifMatch), current: current + 1 });
      },
    );
    return current + 1;
  },
  // Each retry runs the body again: a fresh read of the version, a fresh conditional write.
  (attempt, key, _body, write) =>
    attempt.pipe(
      Effect.retry({
        schedule: raceRetry,
        while: (error) => error instanceof Raced && write.ifMatch === undefined,
      }),
      Effect.catchIf(
        (error): error is Raced => error instanceof Raced,
        () => Effect.fail(new VersionConflict({ letterId: key.pk.replace(/^LOI#/, "") })),
      ),
    ),
);
