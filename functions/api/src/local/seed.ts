import {
  type CalendarDate,
  type LetterOfIntent,
  NORRBOTTENS_KOMMUNER,
  type Organisation,
  signedLtuNokLetterEvents,
} from "@samverkan/domain";
import { Effect } from "effect";
import { createLetter } from "../commands/draft-letter";
import { ok } from "../http/run-effect";
import { presentAgreement } from "../schemas/present";
import { readLetter } from "../store/letter-store";

/** The id under which `pnpm dev` loads the LTU–NoK letter. */
export const LTU_NOK_LETTER_ID = "ltu-nok";

/**
 * Loads the LTU–NoK letter as signed by both parties, once: a restart finds it and changes
 * nothing. Its signing date is configuration with a documented default (D-10).
 */
export const seedLtuNokLetter = (signedOn: CalendarDate, members: readonly Organisation[]) =>
  Effect.gen(function* () {
    if (yield* readLetter(LTU_NOK_LETTER_ID)) return false;
    const events = signedLtuNokLetterEvents({ letterId: LTU_NOK_LETTER_ID, signedOn, members });
    const seeder = { sub: "seed", orgNumber: NORRBOTTENS_KOMMUNER.orgNumber, roles: [] };
    yield* createLetter(
      LTU_NOK_LETTER_ID,
      events,
      { caller: seeder as never, requestId: "seed" },
      (letter: LetterOfIntent) => ok(201, presentAgreement(letter, signedOn)),
      new Date().toISOString(),
    ).pipe(Effect.catchTag("VersionConflict", () => Effect.succeed(null)));
    return true;
  });
