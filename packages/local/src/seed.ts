import { createLetter, readLetter, rememberPerson, replaceContacts } from "@samverkan/core";
import {
  type CalendarDate,
  ContactList,
  LULEA_TEKNISKA_UNIVERSITET,
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

/**
 * The contact persons of the local people (web-people.ts), at their organisations' declared mail
 * domains (D-39), so the daily run's mail reaches someone from the first run on (D-30): it shows
 * in /local/mail. Only with a fresh letter: a list changed in the workspace is never reset.
 */
export const LOCAL_CONTACTS: readonly ContactList[] = [
  ContactList.parse({
    orgNumber: NORRBOTTENS_KOMMUNER.orgNumber,
    mailDomains: ["nok.example"],
    contacts: [
      { name: "Nora Nilsson", email: "nora@nok.example", roles: ["signatory", "coordinator"] },
      { name: "Karin Berg", email: "karin@nok.example", roles: ["coordinator"] },
    ],
  }),
  ContactList.parse({
    orgNumber: LULEA_TEKNISKA_UNIVERSITET.orgNumber,
    mailDomains: ["ltu.example"],
    contacts: [
      { name: "Lars Lindqvist", email: "lars@ltu.example", roles: ["signatory", "coordinator"] },
    ],
  }),
];

/** `pnpm dev` names them on the letter it has just loaded (the browser tests keep theirs empty). */
export const seedLocalContacts = Effect.forEach(LOCAL_CONTACTS, (list) =>
  replaceContacts(
    LTU_NOK_LETTER_ID,
    list,
    { sub: "seed", orgNumber: list.orgNumber },
    new Date().toISOString(),
  ),
);
