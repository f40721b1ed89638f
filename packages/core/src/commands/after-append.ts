import type { CalendarDate } from "@samverkan/domain";
import * as Effect from "effect/Effect";
import { refreshLetterDueItems } from "../store/due-items-store";
import { today } from "./clock";

/**
 * D-48: the letter's entries in its organisations' due-items index follow each write at once (a
 * basis submitted leaves "Mina uppgifter" now, not tomorrow). The write is made already, so a
 * failure here is logged, not the caller's: the daily run refreshes the letter again.
 */
export const afterAppend = (letterId: string, on: CalendarDate | undefined) =>
  Effect.gen(function* () {
    yield* refreshLetterDueItems(letterId, on ?? (yield* today));
  }).pipe(
    Effect.catch((error) =>
      Effect.logWarning("the due-items index could not follow a write; the daily run will").pipe(
        Effect.annotateLogs({ letterId, error: String(error._tag ?? error) }),
      ),
    ),
  );
