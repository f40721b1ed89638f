import type { ItemKey } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { Dynamo } from "../store/dynamo";
import { getItem } from "../store/get-item";

/** What trying to claim a once-only item gave: it is ours now, or someone's, or already settled. */
export type Claim =
  | { readonly claimed: true; readonly item: Record<string, unknown> | null }
  | { readonly claimed: false; readonly item: Record<string, unknown> | null };

/**
 * Claims an item that must be acted on once (R22, R23): creates it with `fresh` (conditional on
 * its absence), or takes over one whose status is in `takeOver` and whose claim is older than
 * `leaseMs` (its owner crashed). A fresh claim of a concurrent owner is left alone. The item as
 * read is returned either way, so the caller can tell "settled" from "held by another".
 */
export const claimOnce = /* @__PURE__ */ Effect.fn("run.claimOnce")(function* (
  key: ItemKey,
  fresh: Record<string, unknown>,
  owner: string,
  nowMs: number,
  leaseMs: number,
  takeOver: readonly string[] = ["pending"],
) {
  const dynamo = yield* Dynamo;
  const created = yield* dynamo.putItem({
    item: { ...key, ...fresh, claimedBy: owner, claimedAt: nowMs },
    condition: "attribute_not_exists(pk)",
  });
  if (created) return { claimed: true, item: null } satisfies Claim;
  const item = yield* getItem(key);
  if (!item || !takeOver.includes(item.status as string)) return { claimed: false, item };
  // A released claim (its owner gave it back after a failure) may be taken at once.
  const released = item.claimedAt === undefined;
  if (!released && (item.claimedAt as number) > nowMs - leaseMs) return { claimed: false, item };
  const tookOver = yield* dynamo.updateItem({
    key,
    update: "SET claimedBy = :owner, claimedAt = :now",
    condition: released
      ? "#status = :status AND attribute_not_exists(claimedAt)"
      : "#status = :status AND claimedAt = :then",
    names: { "#status": "status" },
    values: {
      ":owner": owner,
      ":now": nowMs,
      ":status": item.status,
      ...(released ? {} : { ":then": item.claimedAt }),
    },
  });
  return { claimed: tookOver, item } satisfies Claim;
});

/**
 * Moves a claimed item on (`claimed` → `sending` → `sent`, …), only while `owner` still holds
 * it; `release` gives the claim back (removes `claimedAt`) so that a retry may take it at once.
 * False when the owner no longer holds it.
 */
export const settleClaim = (
  key: ItemKey,
  owner: string,
  fromStatus: string,
  set: Record<string, unknown>,
  release = false,
) =>
  Effect.gen(function* () {
    const dynamo = yield* Dynamo;
    const names = Object.keys(set);
    const assignments = `SET ${names.map((_, i) => `#a${i} = :a${i}`).join(", ")}`;
    return yield* dynamo.updateItem({
      key,
      update: release ? `${assignments} REMOVE claimedAt` : assignments,
      condition: "#status = :from AND claimedBy = :owner",
      names: {
        "#status": "status",
        ...Object.fromEntries(names.map((name, i) => [`#a${i}`, name])),
      },
      values: {
        ":from": fromStatus,
        ":owner": owner,
        ...Object.fromEntries(names.map((name, i) => [`:a${i}`, set[name]])),
      },
    });
  });
