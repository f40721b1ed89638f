import { type CalendarDate, ContactList } from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import type { IfMatch } from "../commands/if-match";
import { type EventActor, watchItem } from "./append";
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
    ...(item.mailDomains ? { mailDomains: item.mailDomains } : {}),
  }),
  version: Number(item.version ?? 0),
});

/** Every organisation's contact list on a letter: at most one item per organisation that sees it. */
export const listContacts = /* @__PURE__ */ Effect.fn("store.listContacts")(function* (
  letterId: string,
) {
  const lists: StoredContacts[] = [];
  let cursor: string | undefined;
  do {
    const page = yield* queryPartition(keys.letter(letterId).pk, keys.contactsPrefix, 100, cursor);
    lists.push(...page.items.map(listOf));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return lists;
});

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
 * The watch a list with contacts leaves for the daily run (D-30): on the day it is named, the
 * run looks at the letter and delivers what the organisation's notifications still owe it, while
 * they still matter; setting the letter's watches afterwards clears this one. One per letter
 * (a fixed id): lists named by several organisations on one day leave one watch.
 */
export const CONTACTS_NAMED_WATCH = "contacts-named";

/**
 * Replaces an organisation's contact list (R23) as one versioned item; `If-Match` guards it.
 * A list with contacts leaves, in the same transaction, a watch for `today` (when given) so that
 * the next daily run delivers what nobody could be told before (D-30). Returns the new version.
 */
export const replaceContacts = (
  letterId: string,
  list: ContactList,
  by: EventActor,
  at: string,
  ifMatch?: IfMatch,
  today?: CalendarDate,
) =>
  replaceVersioned(
    keys.contacts(letterId, list.orgNumber),
    {
      orgNumber: list.orgNumber,
      contacts: JSON.stringify(list.contacts),
      ...(list.mailDomains ? { mailDomains: list.mailDomains } : {}),
      updatedBy: by.sub,
      updatedAt: at,
    },
    {
      ...(ifMatch === undefined ? {} : { ifMatch }),
      ...(today !== undefined && list.contacts.length > 0
        ? { alsoPut: [watchItem(letterId, { id: CONTACTS_NAMED_WATCH, on: today })] }
        : {}),
    },
  );
