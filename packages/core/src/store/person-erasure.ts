import { ContactList, normalizedEmail } from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { type CoreError, VersionMismatch } from "../errors";
import { listContacts, type StoredContacts } from "./contacts-store";
import { Dynamo, transactionCancelled } from "./dynamo";
import { listFeeds, revokeFeed } from "./feed-store";
import { queryPartition } from "./letter-store";
import { personIdOf } from "./people-store";
import { directoryCacheOf } from "./person-key-cache";
import { deletePersonKey } from "./person-keys";
import { eraseSubstitutionsOf } from "./substitutions-store";
import { replaceVersioned } from "./versioned-item";

// Erasure under a deletion decision (gallringsbeslut; issue #22 item 4, D-59). What is the
// person's own — the directory entry, the key their sealed names open with, their entries in
// contact lists, and whatever other stores keep of them (`PERSON_ERASERS`) — is removed; the
// decision itself is kept, with no name or address of the person in it.

/** Who is erased, as the erasers need it: the id, the organisation, the name and addresses. */
export interface ErasedPerson {
  readonly personId: string;
  readonly orgNumber: string;
  /** The directory's name before erasure (contact entries of their organisation by this name). */
  readonly name: string | null;
  /** Addresses the decision names (every contact list's entries at them go). */
  readonly addresses: readonly string[];
}

/** One store's part of an erasure: removes what it keeps of the person, says how many items. */
export interface PersonEraser {
  readonly what: string;
  readonly erase: (person: ErasedPerson) => Effect.Effect<number, CoreError, Dynamo>;
}

/** The deletion decision an erasure is made under (D-59). */
export interface DeletionDecision {
  /** The decision's reference in the organisation's registry (diarienummer), 1–100 characters. */
  readonly reference: string;
  readonly decidedOn: string;
  /** Who recorded the erasure: a coordinator of the person's organisation, by person id. */
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** The most letters whose contact lists one erasure looks through (an organisation's letters). */
export const MAX_LETTERS_PER_ERASURE = 1_000;

/** The letters an organisation sees (its membership items), at most `MAX_LETTERS_PER_ERASURE`. */
export const lettersOfOrganisation = /* @__PURE__ */ Effect.fn("store.lettersOfOrganisation")(
  function* (orgNumber: string) {
    const letterIds: string[] = [];
    let cursor: string | undefined;
    do {
      const page = yield* queryPartition(keys.membershipsOf(orgNumber), "LOI#", 200, cursor);
      for (const item of page.items) letterIds.push(item.letterId as string);
      cursor = page.nextCursor ?? undefined;
    } while (cursor && letterIds.length < MAX_LETTERS_PER_ERASURE);
    return letterIds.slice(0, MAX_LETTERS_PER_ERASURE);
  },
);

const sameName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase("sv") === b.trim().toLocaleLowerCase("sv");

/**
 * Whether a contact entry is the person's: at an address the decision names (on any
 * organisation's list), or, on their own organisation's list, by the directory's name.
 */
export function isPersonsContact(
  person: Pick<ErasedPerson, "orgNumber" | "name" | "addresses">,
  listOrg: string,
  contact: { readonly name: string; readonly email: string },
) {
  const addresses = new Set(person.addresses.map(normalizedEmail));
  if (addresses.has(normalizedEmail(contact.email))) return true;
  return (
    listOrg === person.orgNumber && person.name !== null && sameName(contact.name, person.name)
  );
}

/** The contact lists of the person's organisation's letters, with the entries that are theirs. */
export const contactsOfPerson = /* @__PURE__ */ Effect.fn("store.contactsOfPerson")(function* (
  person: Pick<ErasedPerson, "orgNumber" | "name" | "addresses">,
) {
  const found: { letterId: string; stored: StoredContacts; theirs: number[] }[] = [];
  for (const letterId of yield* lettersOfOrganisation(person.orgNumber)) {
    for (const stored of yield* listContacts(letterId)) {
      const theirs = stored.list.contacts.flatMap((contact, index) =>
        isPersonsContact(person, stored.list.orgNumber, contact) ? [index] : [],
      );
      if (theirs.length > 0) found.push({ letterId, stored, theirs });
    }
  }
  return found;
});

/** Removes the person's entries from contact lists: the next reminder no longer reaches them. */
export const contactsEraser: PersonEraser = {
  what: "contacts",
  erase: (person) =>
    Effect.gen(function* () {
      let removed = 0;
      for (const { letterId, stored, theirs } of yield* contactsOfPerson(person)) {
        const list = ContactList.parse({
          ...stored.list,
          contacts: stored.list.contacts.filter((_, index) => !theirs.includes(index)),
        });
        // The list as it was, less the person's entries; a concurrent edit is retried by
        // `replaceVersioned` (no If-Match: the erasure is the coordinator's, not a form's).
        yield* replaceVersioned(
          keys.contacts(letterId, list.orgNumber),
          {
            orgNumber: list.orgNumber,
            contacts: JSON.stringify(list.contacts),
            ...(list.mailDomains ? { mailDomains: list.mailDomains } : {}),
            updatedBy: "erasure",
            updatedAt: new Date().toISOString(),
          },
          {},
        );
        removed += theirs.length;
      }
      return removed;
    }),
};

/**
 * Revokes the calendar feeds the person made (D-36): a feed is personal, its item names its
 * maker, and its secret URL is theirs. As a coordinator of their organisation would.
 */
export const calendarFeedsEraser: PersonEraser = {
  what: "calendarFeeds",
  erase: (person) =>
    Effect.gen(function* () {
      let removed = 0;
      const coordinator = { orgNumber: person.orgNumber, sub: "erasure", coordinator: true };
      for (const letterId of yield* lettersOfOrganisation(person.orgNumber))
        for (const feed of yield* listFeeds(letterId, coordinator)) {
          if (personIdOf({ orgNumber: person.orgNumber, sub: feed.createdBy }) !== person.personId)
            continue;
          // Revoked in between (by its maker): nothing left to do.
          yield* revokeFeed(letterId, feed.id, coordinator).pipe(
            Effect.catchTag("ItemNotFound", () => Effect.void),
          );
          removed += 1;
        }
      return removed;
    }),
};

/** R25: the substitutions the person appointed or stood in for (D-44 keeps their subjects). */
export const substitutionsEraser: PersonEraser = {
  what: "substitutions",
  erase: (person) =>
    eraseSubstitutionsOf(
      person.orgNumber,
      (sub) => personIdOf({ orgNumber: person.orgNumber, sub }) === person.personId,
    ),
};

/**
 * Every store's eraser. A store that keeps people adds its own here, so an erasure reaches it too.
 */
export const PERSON_ERASERS: readonly PersonEraser[] = [
  contactsEraser,
  calendarFeedsEraser,
  substitutionsEraser,
];

/** The recorded decision of an erased person, or null. */
export const readErasure = /* @__PURE__ */ Effect.fn("store.readErasure")(function* (
  personId: string,
) {
  const item = yield* (yield* Dynamo).getItem(keys.erasure(personId));
  if (!item) return null;
  return {
    reference: item.reference as string,
    decidedOn: item.decidedOn as string,
    recordedBy: item.recordedBy as string,
    recordedAt: item.recordedAt as string,
    removed: JSON.parse((item.removed as string | undefined) ?? "{}") as Record<string, number>,
  };
});

/**
 * Erases a person under a decision: every eraser, then the key (crypto-shredding), then — in one
 * transaction — the decision recorded and the directory entry replaced by a tombstone without
 * name. Each step can run again, so a failed erasure is finished by trying again; of two at once,
 * one records the decision and the other finds it (`alreadyErased`).
 */
export const erasePerson = /* @__PURE__ */ Effect.fn("store.erasePerson")(function* (
  person: ErasedPerson,
  decision: DeletionDecision,
  /** The directory entry's version the coordinator saw (If-Match); 0 when it has none. */
  expectedVersion: number,
  erasers: readonly PersonEraser[] = PERSON_ERASERS,
) {
  const earlier = yield* readErasure(person.personId);
  if (earlier) return { alreadyErased: true as const, decision: earlier };
  const removed: Record<string, number> = {};
  for (const eraser of erasers) removed[eraser.what] = yield* eraser.erase(person);
  yield* deletePersonKey(person.personId);
  const recorded = { ...decision, removed };
  const dynamo = yield* Dynamo;
  const raced = yield* dynamo
    .transact(
      [
        {
          put: {
            item: {
              ...keys.erasure(person.personId),
              ...decision,
              removed: JSON.stringify(removed),
            },
            condition: "attribute_not_exists(pk)",
          },
        },
        {
          put: {
            item: {
              ...keys.person(person.personId),
              orgNumber: person.orgNumber,
              erased: true,
              updatedAt: decision.recordedAt,
              version: expectedVersion + 1,
            },
            // A name kept in between (the person wrote) is the coordinator's conflict: 412.
            condition: expectedVersion === 0 ? "attribute_not_exists(pk)" : "version = :expected",
            ...(expectedVersion === 0 ? {} : { values: { ":expected": expectedVersion } }),
          },
        },
      ],
      (error) => (transactionCancelled(error) ? "raced" : undefined),
    )
    .pipe(
      Effect.as(false),
      Effect.catchIf(
        (error): error is "raced" => error === "raced",
        () => Effect.succeed(true),
      ),
    );
  // This process names the person as erased from now on (D-66); others within the cache's time.
  directoryCacheOf(dynamo).forget(person.personId);
  if (raced) {
    const winner = yield* readErasure(person.personId);
    if (winner) return { alreadyErased: true as const, decision: winner };
    return yield* new VersionMismatch({ expected: String(expectedVersion), current: null });
  }
  return { alreadyErased: false as const, decision: recorded };
});
