import type { Activity, LetterOfIntent, Organisation } from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { stockholmDate } from "../commands/clock";
import { queryLetterItems, readItems, snapshotOf } from "../store/letter-store";
import { documentNumberOf, REGISTRY_KINDS, type RegistryEvent } from "./registry-kinds";

/** One entry of a party's registry extract (D-55). */
export interface RegistryEntry {
  readonly documentNumber: string;
  /** The day Samverkan recorded it (Europe/Stockholm): when it came to the parties. */
  readonly registeredOn: string;
  /** The document's own date (a signature's, a record's). */
  readonly documentDate: string;
  readonly kind: string;
  readonly description: string;
  /** The other organisations of the document, as the letter names them. */
  readonly counterparts: readonly Organisation[];
  /** Where it can be read in the API. */
  readonly link: string;
}

/** What an extract asks for: whose registry, and which registration days (inclusive). */
export interface RegistryQuery {
  readonly party: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
  readonly cursor?: string;
  /** At most this many events read (`REGISTRY_EVENTS_PER_PAGE` when absent). */
  readonly eventsPerPage?: number;
}

/**
 * How many events one page reads at most to fill a page of entries. Most events make no
 * document (reminder policies, starts, needs), so a page may come back short with a `nextCursor`
 * rather than read a long trail in one request.
 */
export const REGISTRY_EVENTS_PER_PAGE = 1_000;
const QUERY_PAGE = 100;

interface StoredEvent {
  readonly pk: string;
  readonly sk: string;
  readonly sequence: number;
  readonly aggregate: string;
  readonly type: string;
  readonly data: string;
  readonly recordedAt: string;
}

/** The cursor of the event list (the store's own shape) that resumes after `item`. */
const cursorAfter = (item: StoredEvent) =>
  Buffer.from(JSON.stringify({ pk: item.pk, sk: item.sk })).toString("base64url");

/**
 * One page of a party's registry extract: the documents of the letter that are official
 * documents at `party`, in the order they were recorded, with `nextCursor` to go on. Reads at
 * most `REGISTRY_EVENTS_PER_PAGE` events; stops at the first event recorded after `to`.
 */
export const registryPage = /* @__PURE__ */ Effect.fn("registry.page")(function* (
  letter: LetterOfIntent,
  query: RegistryQuery,
) {
  const letterId = letter.letterId;
  const entries: RegistryEntry[] = [];
  const known = new Map<string, Organisation>(
    [...letter.memberOrganisations, ...letter.parties].map((o) => [o.orgNumber, o]),
  );
  let cursor = query.cursor;
  let scanned = 0;
  const bound = query.eventsPerPage ?? REGISTRY_EVENTS_PER_PAGE;
  while (scanned < bound) {
    const page = yield* queryLetterItems(
      letterId,
      keys.eventPrefix,
      Math.min(QUERY_PAGE, bound - scanned),
      cursor,
    );
    const items = page.items as unknown as StoredEvent[];
    // The activities whose signatures this page lists: one read for their parties.
    const activityIds = [
      ...new Set(
        items
          .filter((item) => item.type === "SpecialAgreementSigned")
          .map((item) => item.aggregate.split(":")[1] ?? ""),
      ),
    ];
    const activityOf = yield* readItems(activityIds.map((id) => keys.activity(letterId, id)));
    const context = {
      letterId,
      principalParties: letter.parties,
      agreementParties: (activityId: string) =>
        snapshotOf<Activity>(activityOf(keys.activity(letterId, activityId)))?.specialAgreement
          .parties ?? [],
    };
    for (const [index, item] of items.entries()) {
      scanned++;
      const registeredOn = stockholmDate(Date.parse(item.recordedAt));
      // The trail is in recording order: the first event after `to` ends the extract.
      if (query.to && registeredOn > query.to) return { items: entries, nextCursor: null };
      const spec = REGISTRY_KINDS[item.type];
      if (spec && (!query.from || registeredOn >= query.from)) {
        const event: RegistryEvent = {
          type: item.type,
          data: JSON.parse(item.data),
          aggregate: item.aggregate,
        };
        const parties = spec.partiesOf(event, context);
        if (parties.some((p) => p.orgNumber === query.party)) {
          const link = spec.linkOf(event);
          entries.push({
            documentNumber: documentNumberOf(letterId, item.sequence),
            registeredOn,
            documentDate: spec.dateOf(event),
            kind: spec.kind,
            description: spec.describe(event),
            counterparts: parties
              .filter((p) => p.orgNumber !== query.party)
              .map((p) => known.get(p.orgNumber) ?? p),
            link: `/v1/agreements/${letterId}${link ? `/${link}` : ""}`,
          });
        }
      }
      const last = index === items.length - 1;
      if (entries.length >= query.limit)
        return {
          items: entries,
          nextCursor: last && !page.nextCursor ? null : cursorAfter(item),
        };
    }
    if (!page.nextCursor) return { items: entries, nextCursor: null };
    cursor = page.nextCursor;
  }
  return { items: entries, nextCursor: cursor ?? null };
});
