import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { InputOutOfRange } from "../errors";
import { queryLetterItems } from "../store/letter-store";

const PAGE = 1_000;

/**
 * Reads a letter's trail oldest first, a page at a time, handing each event item to `visit`
 * until it answers true (found what it looked for). At most `maxEvents` events are read: a
 * longer trail fails with `tooLong` (400) rather than reading on. What an earlier special
 * agreement version or a withdrawn amendment is folded from (D-54, D-64).
 */
export const scanTrail = (
  letterId: string,
  maxEvents: number,
  tooLong: { readonly code: string; readonly message: string },
  visit: (item: Record<string, unknown>) => boolean,
) =>
  Effect.gen(function* () {
    let cursor: string | undefined;
    let read = 0;
    do {
      const page = yield* queryLetterItems(letterId, keys.eventPrefix, PAGE, cursor);
      for (const item of page.items) if (visit(item)) return;
      read += page.items.length;
      if (read >= maxEvents && page.nextCursor)
        return yield* Effect.fail(new InputOutOfRange(tooLong));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  });
