import { ContactList } from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import type { IfMatch } from "../commands/if-match";
import type { EventActor } from "./append";
import { queryPartition, readItems } from "./letter-store";
import { replaceVersioned } from "./versioned-item";

/** One organisation's stored contact list and its version (0: none stored). */
export interface StoredContacts {
  readonly list: ContactList;
  readonly version: number;
}

// Stored lists were parsed when written; parsing again keeps a hand-edited item from leaking in.
const listOf = (item: Record<string, unknown>): StoredContacts => ({
  list: ContactList.parse({
    orgNumber: item.orgNumber,
    contacts: JSON.parse(item.contacts as string),
  }),
  version: Number(item.version ?? 0),
});

/** Every organisation's contact list on a letter: at most one item per organisation that sees it. */
export const listContacts = (letterId: string) =>
  Effect.gen(function* () {
    const lists: StoredContacts[] = [];
    let cursor: string | undefined;
    do {
      const page = yield* queryPartition(
        keys.letter(letterId).pk,
        keys.contactsPrefix,
        100,
        cursor,
      );
      lists.push(...page.items.map(listOf));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return lists;
  }).pipe(Effect.withSpan("store.listContacts"));

/** The contact lists of the given organisations (one BatchGetItem): whom a notification reaches. */
export const readContactLists = (letterId: string, orgNumbers: readonly string[]) =>
  Effect.gen(function* () {
    const itemKeys = [...new Set(orgNumbers)].map((org) => keys.contacts(letterId, org));
    const itemOf = yield* readItems(itemKeys);
    return itemKeys.flatMap((key) => {
      const item = itemOf(key);
      return item ? [listOf(item).list] : [];
    });
  });

/**
 * Replaces an organisation's contact list (R23) as one versioned item; `If-Match` guards it.
 * Returns the new version.
 */
export const replaceContacts = (
  letterId: string,
  list: ContactList,
  by: EventActor,
  at: string,
  ifMatch?: IfMatch,
) =>
  replaceVersioned(
    keys.contacts(letterId, list.orgNumber),
    {
      orgNumber: list.orgNumber,
      contacts: JSON.stringify(list.contacts),
      updatedBy: by.sub,
      updatedAt: at,
    },
    ifMatch === undefined ? {} : { ifMatch },
  );
