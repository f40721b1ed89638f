import { createLetter, readLetter } from "@samverkan/core";
import {
  type CalendarDate,
  NORRBOTTENS_KOMMUNER,
  type Organisation,
  signedLtuNokLetterEvents,
} from "@samverkan/domain";
import * as Effect from "effect/Effect";

/** The id under which `pnpm dev` loads the LTU–NoK letter. */
export const LTU_NOK_LETTER_ID = "ltu-nok";

/**
 * Loads the LTU–NoK letter as signed by both parties, once: a restart finds it and changes
 * nothing. Its signing date is configuration with a documented default (D-10). A letter stored
 * by an earlier version is refused by `readLetter` with a message, never half-read.
 */
export const seedLtuNokLetter = (signedOn: CalendarDate, members: readonly Organisation[]) =>
  Effect.gen(function* () {
    if (yield* readLetter(LTU_NOK_LETTER_ID)) return false;
    const events = signedLtuNokLetterEvents({ letterId: LTU_NOK_LETTER_ID, signedOn, members });
    yield* createLetter(LTU_NOK_LETTER_ID, events, {
      actor: { sub: "seed", name: "pnpm dev", orgNumber: NORRBOTTENS_KOMMUNER.orgNumber },
      requestId: "seed",
      recordedAt: new Date().toISOString(),
      reply: () => null,
    }).pipe(Effect.catchTag("VersionConflict", () => Effect.succeed(null)));
    return true;
  });
