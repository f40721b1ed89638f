import { Effect } from "effect";
import { readVisibleLetter } from "../commands/visible-letter";
import { ok } from "../http/run-effect";
import { queryLetterItems } from "../store/letter-store";

/** A page of a letter's activities or funding applications, presented for the API. */
export const listLetterChildren = <T>(
  letterId: string,
  caller: { readonly orgNumber: string },
  prefix: string,
  present: (state: unknown) => T,
  limit: number,
  cursor: string | undefined,
) =>
  Effect.gen(function* () {
    yield* readVisibleLetter(letterId, caller);
    const page = yield* queryLetterItems(letterId, prefix, limit, cursor);
    return ok(200, {
      items: page.items.map((item) => present(JSON.parse(item.state as string))),
      nextCursor: page.nextCursor,
    });
  });
