import type { Activity, CalendarDate, FundingApplication, LetterOfIntent } from "@samverkan/domain";
import * as Effect from "effect/Effect";
import { dueItemWrites, refreshLetterDueItems } from "../store/due-items-store";
import { today } from "./clock";

// The activity or application an aggregate's state holds (the activity's and the funding
// aggregate's), so a command's due items follow what it changed there too.
const heldBy = (state: unknown) => {
  const held = state as { activity?: Activity | null; application?: FundingApplication | null };
  return {
    activities: held?.activity ? [held.activity] : [],
    fundings: held?.application ? [held.application] : [],
  };
};

/**
 * D-48: the due-items index writes of a command, for its own transaction, from its states before
 * and after; undefined when there are too many (the letter is then refreshed after the write).
 */
export const commandDueItems = (
  letterBefore: LetterOfIntent | null,
  stateBefore: unknown,
  letterAfter: LetterOfIntent,
  stateAfter: unknown,
  on: CalendarDate,
) =>
  dueItemWrites(
    letterBefore ? { letter: letterBefore, ...heldBy(stateBefore) } : null,
    { letter: letterAfter, ...heldBy(stateAfter) },
    on,
  );

/**
 * D-48: a full refresh of the letter's entries after a write whose changes were too many for its
 * own transaction. The write is made already, so a failure here is logged, not the caller's: the
 * daily run refreshes the letter again.
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
