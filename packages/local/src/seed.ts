import { createLetter, readLetter, rememberPerson } from "@samverkan/core";
import {
  type CalendarDate,
  NORRBOTTENS_KOMMUNER,
  type Organisation,
  signedLtuNokLetterEvents,
} from "@samverkan/domain";
import * as Effect from "effect/Effect";
import { localPeople } from "./web-people";

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
    // Signed by the local people who sign for each party, under their own names (issue #17:
    // "Undertecknat … av seed" named nobody), and kept in the people directory like anyone who acts.
    const signers = Object.fromEntries(
      localPeople(members)
        .filter((person) => person.kind === "party" && person.roles.includes("signatory"))
        .map((person) => [person.orgNumber, { sub: person.id, name: person.name }]),
    );
    const recordedAt = new Date().toISOString();
    for (const [orgNumber, { sub, name }] of Object.entries(signers))
      yield* rememberPerson({ orgNumber, sub }, name, recordedAt);
    const events = signedLtuNokLetterEvents({
      letterId: LTU_NOK_LETTER_ID,
      signedOn,
      members,
      signers,
    });
    const drafter = signers[NORRBOTTENS_KOMMUNER.orgNumber]?.sub ?? "seed";
    yield* createLetter(LTU_NOK_LETTER_ID, events, {
      actor: { sub: drafter, orgNumber: NORRBOTTENS_KOMMUNER.orgNumber },
      requestId: "seed",
      recordedAt,
      reply: () => null,
    }).pipe(Effect.catchTag("VersionConflict", () => Effect.succeed(null)));
    return true;
  });
