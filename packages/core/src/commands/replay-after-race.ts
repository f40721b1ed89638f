import * as Effect from "effect/Effect";
import { IdempotencyInProgress, IdempotencyKeyReused } from "../errors";
import { readIdempotency } from "../store/idempotency-store";

/**
 * The reply of the request that won a race for the same idempotency key: what the loser answers,
 * so both callers get the first response. Another body under the key is refused; a record not
 * yet readable means the winner is still at work.
 */
export const replayAfterRace = <Reply>(
  idempotency: { readonly keyHash: string; readonly requestHash: string } | undefined,
) =>
  Effect.gen(function* () {
    const key = idempotency?.keyHash ?? "";
    const record = yield* readIdempotency(key);
    if (!record) return yield* new IdempotencyInProgress({ key });
    if (record.requestHash !== idempotency?.requestHash) {
      return yield* new IdempotencyKeyReused({ key });
    }
    return record.reply as Reply;
  });
