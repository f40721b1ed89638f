import { keys } from "@samverkan/table";
import { Effect } from "effect";
import type { StoredResponse } from "./append";
import { getItem } from "./get-item";

/** A stored idempotency record: the hash of the first request and its response. */
export interface IdempotencyRecord {
  readonly requestHash: string;
  readonly response: StoredResponse;
}

/** Reads the record of an `Idempotency-Key` within the caller's scope. */
export const readIdempotency = (scope: string, key: string) =>
  getItem(keys.idempotency(scope, key)).pipe(
    Effect.map((item): IdempotencyRecord | null =>
      item
        ? ({
            requestHash: item.requestHash as string,
            response: JSON.parse(item.response as string),
          } satisfies IdempotencyRecord)
        : null,
    ),
    Effect.withSpan("store.readIdempotency"),
  );
