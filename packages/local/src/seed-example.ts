import { createLetter, readLetter, rememberPerson } from "@samverkan/core";
import {
  builtInTemplate,
  type CalendarDate,
  EXAMPLE_TEMPLATE_ID,
  LULEA_TEKNISKA_UNIVERSITET,
  signedTemplateLetterEvents,
} from "@samverkan/domain";
import * as Effect from "effect/Effect";
import { LOCAL_REGION, localPeople } from "./web-people";

/** The id under which `pnpm dev` loads a letter from the example template (D-45). */
export const EXAMPLE_LETTER_ID = "ltu-region-norrbotten";

/**
 * Loads a letter drafted from the example template "LTU – Region Norrbotten" (D-45), signed by
 * Rut Rask for the region and Lars Lindqvist for LTU, once: a restart finds it and changes
 * nothing. It is marked as an example in its title; LTU's people see it beside LTU–NoK.
 */
export const seedExampleLetter = (signedOn: CalendarDate) =>
  Effect.gen(function* () {
    if (yield* readLetter(EXAMPLE_LETTER_ID)) return false;
    const template = builtInTemplate(EXAMPLE_TEMPLATE_ID);
    if (!template) throw new Error("The example template is missing");
    const signers = Object.fromEntries(
      localPeople([])
        .filter((p) =>
          [LOCAL_REGION.orgNumber, LULEA_TEKNISKA_UNIVERSITET.orgNumber].includes(
            p.orgNumber as never,
          ),
        )
        .filter((p) => p.roles.includes("signatory"))
        .map((p) => [p.orgNumber, { sub: p.id, name: p.name }]),
    );
    const recordedAt = new Date().toISOString();
    for (const [orgNumber, { sub, name }] of Object.entries(signers))
      yield* rememberPerson({ orgNumber, sub }, name, recordedAt);
    const events = signedTemplateLetterEvents(template, {
      letterId: EXAMPLE_LETTER_ID,
      signedOn,
      parties: [LOCAL_REGION, LULEA_TEKNISKA_UNIVERSITET],
      signers,
    });
    yield* createLetter(EXAMPLE_LETTER_ID, events, {
      actor: {
        sub: signers[LOCAL_REGION.orgNumber]?.sub ?? "seed",
        orgNumber: LOCAL_REGION.orgNumber,
      },
      requestId: "seed-example",
      recordedAt,
      reply: () => null,
    }).pipe(Effect.catchTag("VersionConflict", () => Effect.succeed(null)));
    return true;
  });
