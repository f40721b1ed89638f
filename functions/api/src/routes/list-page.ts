import { InvalidCursor } from "@samverkan/core";
import * as Effect from "effect/Effect";

/**
 * One page of a list held in a snapshot (needs, obligations): the cursor is the offset, opaque to
 * clients like the cursors of stored lists.
 */
export function pageOfList<T>(items: readonly T[], limit: number, cursor: string | undefined) {
  let start = 0;
  if (cursor !== undefined) {
    if (cursor.length > 100)
      return Effect.fail(new InvalidCursor({ reason: "not an offset this list issued" }));
    const decoded = Number(
      Buffer.from(cursor, "base64url")
        .toString("utf8")
        .replace(/^offset:/, ""),
    );
    if (
      !Number.isInteger(decoded) ||
      decoded < 0 ||
      !Buffer.from(cursor, "base64url").toString("utf8").startsWith("offset:")
    ) {
      return Effect.fail(new InvalidCursor({ reason: "not an offset this list issued" }));
    }
    start = decoded;
  }
  const end = start + limit;
  const nextCursor = end < items.length ? Buffer.from(`offset:${end}`).toString("base64url") : null;
  return Effect.succeed({ items: items.slice(start, end), nextCursor });
}
