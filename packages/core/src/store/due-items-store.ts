import {
  type Activity,
  type CalendarDate,
  type DueItem,
  dueItemsFor,
  dueItemsOf,
  type FundingApplication,
  type LetterOfIntent,
} from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { InvalidCursor } from "../errors";
import { allLetterItems } from "../run/due-watches";
import { decodeCursor, encodeCursor, toItem } from "./codec";
import { type BatchWrite, Dynamo, type TransactionWrite } from "./dynamo";
import { getItem } from "./get-item";
import { readLetter, snapshotOf } from "./letter-store";

// D-48: the due-items index. Each thing an organisation must do for a letter is one item in the
// organisation's own partition (`TASKS#<org>`), keyed `<dueOn>#<letterId>#<itemId>`: the first
// page of everything it has due, across every letter, overdue first, is one Query with a Limit.
// A letter's ledger item (`TASKS` in its partition) is the set of index entries it may have
// written, so a refresh deletes what is no longer due without reading any organisation's list.

/** What a letter's refresh reads, when the caller has it at hand already. */
export interface LetterFacts {
  readonly letter: LetterOfIntent;
  readonly activities: readonly Activity[];
  readonly fundings: readonly FundingApplication[];
}

/** One entry of a letter's ledger: the organisation and the index item's sort key. */
const entryOf = (orgNumber: string, sk: string) => `${orgNumber}|${sk}`;
const keyOfEntry = (entry: string) => {
  const at = entry.indexOf("|");
  return { pk: keys.dueItemsOf(entry.slice(0, at)), sk: entry.slice(at + 1) };
};

/** The index items a letter's facts give on `asOf`: at most `MAX_DUE_ITEMS_PER_LETTER` per organisation. */
export function dueIndexItems(facts: LetterFacts, asOf: CalendarDate) {
  const { letter } = facts;
  const all = dueItemsOf(letter, facts.activities, facts.fundings, asOf);
  const organisations = [...new Set(all.flatMap((item) => item.owedBy))];
  return organisations.flatMap((orgNumber) =>
    dueItemsFor(all, orgNumber).map((item) => ({
      ...keys.dueItem(orgNumber, item.dueOn, letter.letterId, item.id),
      orgNumber,
      letterId: letter.letterId,
      letterTitle: letter.title,
      itemId: item.id,
      kind: item.kind,
      rule: item.rule,
      clause: item.clause,
      dueOn: item.dueOn,
      role: item.role,
      action: item.action,
      ...(item.about ? { about: item.about } : {}),
    })),
  );
}

/**
 * Sets a letter's entries in the due-items index to what its facts give on `asOf` (D-48). The
 * ledger gains the new entries before they are written and loses old ones only after they are
 * deleted, so two refreshes racing can leave an entry that is no longer due for a while (the next
 * refresh of the letter removes it), never one the ledger forgets. Items read: one (the ledger).
 */
export const refreshDueItems = /* @__PURE__ */ Effect.fn("store.refreshDueItems")(function* (
  facts: LetterFacts,
  asOf: CalendarDate,
) {
  const dynamo = yield* Dynamo;
  const letterId = facts.letter.letterId;
  const ledgerKey = keys.letterDueItems(letterId);
  const ledger = yield* getItem(ledgerKey);
  const before = new Set<string>((ledger?.entries as Set<string> | undefined) ?? []);
  const desired = dueIndexItems(facts, asOf);
  const wanted = new Set(desired.map((item) => entryOf(item.orgNumber, item.sk)));
  const added = [...wanted].filter((entry) => !before.has(entry));
  const gone = [...before].filter((entry) => !wanted.has(entry));
  if (added.length > 0)
    yield* dynamo.updateItem({
      key: ledgerKey,
      update: "ADD entries :added",
      values: { ":added": new Set(added) },
    });
  // Every wanted item is written again: its title, action or clause may have changed.
  const writes: BatchWrite[] = [
    ...desired.map((item) => ({ put: item })),
    ...gone.map((entry) => ({ delete: keyOfEntry(entry) })),
  ];
  for (let i = 0; i < writes.length; i += 25) yield* dynamo.batchWrite(writes.slice(i, i + 25));
  if (gone.length > 0)
    yield* dynamo.updateItem({
      key: ledgerKey,
      update: "DELETE entries :gone",
      values: { ":gone": new Set(gone) },
    });
  return { written: desired.length, removed: gone.length, itemsRead: 1 };
});

/**
 * D-48: at most this many index writes go in a command's own transaction; a command that changes
 * more (a letter registered years after it was signed) refreshes the letter after it instead.
 */
export const MAX_DUE_ITEM_WRITES_PER_COMMAND = 40;

/**
 * The index writes a command makes, in its own transaction (D-48): the entries its change of
 * state adds, changes or ends, worked out from the states before and after (as `watchChanges`
 * does for watches), so a command reads nothing more. Facts a command does not hold (the letter's
 * other activities and applications) are in neither state and are left alone. Undefined when
 * there are more than `MAX_DUE_ITEM_WRITES_PER_COMMAND`.
 */
export function dueItemWrites(
  before: LetterFacts | null,
  after: LetterFacts,
  asOf: CalendarDate,
): TransactionWrite[] | undefined {
  const keyOf = (item: { pk: string; sk: string }) => `${item.pk}|${item.sk}`;
  const was = new Map(
    (before ? dueIndexItems(before, asOf) : []).map((item) => [keyOf(item), item]),
  );
  const now = dueIndexItems(after, asOf);
  const puts = now.filter((item) => JSON.stringify(was.get(keyOf(item))) !== JSON.stringify(item));
  const nowKeys = new Set(now.map(keyOf));
  const removes = [...was.values()].filter((item) => !nowKeys.has(keyOf(item)));
  const added = puts
    .filter((item) => !was.has(keyOf(item)))
    .map((item) => entryOf(item.orgNumber, item.sk));
  const writes: TransactionWrite[] = [
    ...puts.map((item) => ({ put: { item } })),
    ...removes.map((item) => ({ delete: { key: { pk: item.pk, sk: item.sk } } })),
    // The ledger learns of new entries in the same transaction; ended ones leave it at the
    // letter's next full refresh (deleting an entry twice is harmless).
    ...(added.length > 0
      ? [
          {
            update: {
              key: keys.letterDueItems(after.letter.letterId),
              update: "ADD entries :added",
              values: { ":added": new Set(added) },
            },
          },
        ]
      : []),
  ];
  return writes.length > MAX_DUE_ITEM_WRITES_PER_COMMAND ? undefined : writes;
}

/**
 * Reads a letter (head, activities, applications) and refreshes its due items (D-48): what a
 * command does after its append. A letter that is gone leaves nothing in the index.
 */
export const refreshLetterDueItems = /* @__PURE__ */ Effect.fn("store.refreshLetterDueItems")(
  function* (letterId: string, asOf: CalendarDate) {
    const head = yield* readLetter(letterId);
    if (!head) return;
    const activities = yield* allLetterItems(letterId, keys.activityPrefix);
    const fundings = yield* allLetterItems(letterId, keys.fundingPrefix);
    yield* refreshDueItems(
      {
        letter: head.letter,
        activities: activities.map((item) => snapshotOf<Activity>(item) as Activity),
        fundings: fundings.map(
          (item) => snapshotOf<FundingApplication>(item) as FundingApplication,
        ),
      },
      asOf,
    );
  },
);

/** What a page of the due-items index may be narrowed to. */
export interface DueItemsQuery {
  readonly limit: number;
  readonly cursor?: string | undefined;
  readonly letterId?: string | undefined;
  readonly rule?: string | undefined;
  /** Only items due before this day. */
  readonly dueBefore?: string | undefined;
  /** Only items one of these roles acts on. */
  readonly roles?: readonly string[] | undefined;
}

/**
 * D-48: a filtered page (one letter, one rule, the caller's roles) reads on until it has `limit`
 * items, but never more than this many Query requests of `limit` items each: a request reads at
 * most `limit` × this many items, and a page can hold fewer than `limit` with a next one.
 */
export const MAX_TASK_QUERIES_PER_PAGE = 10;

/**
 * One page of an organisation's due-items index, earliest due first (so overdue first): without
 * filters one Query that reads at most `limit` items, whatever the number of letters (D-48).
 */
export const dueItemsPage = /* @__PURE__ */ Effect.fn("store.dueItemsPage")(function* (
  orgNumber: string,
  query: DueItemsQuery,
) {
  const pk = keys.dueItemsOf(orgNumber);
  let start = query.cursor === undefined ? undefined : decodeCursor(query.cursor, pk, "");
  if (query.cursor !== undefined && !start)
    return yield* new InvalidCursor({ reason: "the cursor is not one of this list's" });
  const filters: string[] = [];
  const values: Record<string, unknown> = { ":pk": pk };
  const names: Record<string, string> = {};
  if (query.letterId !== undefined) {
    filters.push("letterId = :letterId");
    values[":letterId"] = query.letterId;
  }
  if (query.rule !== undefined) {
    filters.push("#rule = :rule");
    names["#rule"] = "rule";
    values[":rule"] = query.rule;
  }
  if (query.roles !== undefined) {
    const roles = query.roles.map((role, i) => {
      values[`:role${i}`] = role;
      return `:role${i}`;
    });
    filters.push(roles.length > 0 ? `#role IN (${roles.join(", ")})` : "attribute_not_exists(pk)");
    names["#role"] = "role";
  }
  if (query.dueBefore !== undefined) values[":before"] = query.dueBefore;
  const dynamo = yield* Dynamo;
  const items: Record<string, unknown>[] = [];
  let queries = 0;
  do {
    const page = yield* dynamo.query({
      keyCondition: query.dueBefore !== undefined ? "pk = :pk AND sk < :before" : "pk = :pk",
      ...(filters.length > 0 ? { filter: filters.join(" AND ") } : {}),
      ...(Object.keys(names).length > 0 ? { names } : {}),
      values,
      limit: query.limit,
      start,
    });
    queries++;
    items.push(...page.items);
    start = page.lastKey;
  } while (start && items.length < query.limit && queries < MAX_TASK_QUERIES_PER_PAGE);
  if (items.length > query.limit) {
    // The page ends at its last item: the next starts right after it.
    const last = items[query.limit - 1] as { pk: string; sk: string };
    return {
      items: items.slice(0, query.limit),
      nextCursor: encodeCursor(toItem({ pk: last.pk, sk: last.sk })),
    };
  }
  return { items, nextCursor: encodeCursor(start) };
});

export type { DueItem };
