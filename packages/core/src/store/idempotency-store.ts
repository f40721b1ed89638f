import { createHash } from "node:crypto";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { getItem } from "./get-item";

/** A stored idempotency record: the hash of the first request and the reply it got. */
export interface IdempotencyRecord {
  readonly requestHash: string;
  readonly reply: unknown;
}

/**
 * The stored key of a caller's `Idempotency-Key`: a hash of organisation, person and key as one
 * JSON array, so no choice of characters in one caller's key can make it meet another's.
 *
 * @example idempotencyKeyHash({ orgNumber: "202100-2841", sub: "lars#x" }, "k") !== idempotencyKeyHash({ orgNumber: "202100-2841", sub: "lars" }, "x#k")
 */
export function idempotencyKeyHash(
  caller: { readonly orgNumber: string; readonly sub: string },
  key: string,
): string {
  return createHash("sha256")
    .update(JSON.stringify([caller.orgNumber, caller.sub, key]))
    .digest("base64url");
}

/** Reads the record stored under a scoped key hash. */
export const readIdempotency = /* @__PURE__ */ Effect.fn("store.readIdempotency")(function* (
  keyHash: string,
) {
  const item = yield* getItem(keys.idempotency(keyHash));
  return item
    ? ({
        requestHash: item.requestHash as string,
        reply: JSON.parse(item.reply as string),
      } satisfies IdempotencyRecord)
    : null;
});
