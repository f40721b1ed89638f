import { type ItemKey, keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { replayAfterRace } from "../commands/replay-after-race";
import { InputOutOfRange, ItemNotFound, NotAllowed } from "../errors";
import { IdempotencyRace, idempotencyPut } from "./append";
import {
  cancellationCodes,
  conditionFailed,
  Dynamo,
  type TransactionWrite,
  transactionCancelled,
} from "./dynamo";
import { getItem } from "./get-item";

/** Who made a calendar feed: the feed shows what that organisation may see. */
export interface CalendarFeed {
  readonly orgNumber: string;
  readonly createdBy: string;
  readonly createdAt: string;
  /** Counted in its maker's own count (feeds made before feeds were personal are not). */
  readonly personCounted?: boolean;
}

/** Calendar feeds one organisation may keep on one letter: each is a standing secret URL. */
export const MAX_FEEDS_PER_ORGANISATION = 10;
/** Calendar feeds one person may keep on one letter: a feed is personal (D-36). */
export const MAX_FEEDS_PER_PERSON = 3;
/**
 * The organisation's last places kept for its coordinators: people without the coordinator role
 * together fill at most 10 − 3 = 7, so they can never leave a coordinator without room (D-36).
 */
export const FEEDS_KEPT_FOR_COORDINATORS = MAX_FEEDS_PER_PERSON;

/** The person making or revoking a feed. */
export interface FeedMaker {
  readonly orgNumber: string;
  readonly sub: string;
  readonly coordinator: boolean;
}

// The organisation's count of feeds on the letter: moved in the same transaction as the feed, so
// the limit holds however many requests race.
const counterKey = (letterId: string, orgNumber: string) => ({
  pk: keys.letter(letterId).pk,
  sk: `FEEDCOUNT#${orgNumber}`,
});
// The person's own count, moved in the same transaction.
const personCounterKey = (letterId: string, orgNumber: string, sub: string) => ({
  pk: keys.letter(letterId).pk,
  sk: `FEEDCOUNT#${orgNumber}#PERSON#${sub}`,
});

/**
 * Stores a feed under the hash of its secret, within the organisation's limit, and the reply for
 * an idempotency key in the same transaction.
 */
export const createFeed = (
  letterId: string,
  tokenHash: string,
  maker: FeedMaker,
  createdAt: string,
  idempotency?: { keyHash: string; requestHash: string; reply: unknown },
) =>
  Effect.gen(function* () {
    const dynamo = yield* Dynamo;
    const feed: CalendarFeed = {
      orgNumber: maker.orgNumber,
      createdBy: maker.sub,
      createdAt,
      personCounted: true,
    };
    const orgLimit = maker.coordinator
      ? MAX_FEEDS_PER_ORGANISATION
      : MAX_FEEDS_PER_ORGANISATION - FEEDS_KEPT_FOR_COORDINATORS;
    // A count moved up with the feed, on condition it stays within its limit.
    const counted = (key: ItemKey, max: number): TransactionWrite => ({
      update: {
        key,
        update: "ADD feeds :one",
        condition: "attribute_not_exists(feeds) OR feeds < :max",
        values: { ":one": 1, ":max": max },
      },
    });
    const items: TransactionWrite[] = [
      counted(counterKey(letterId, feed.orgNumber), orgLimit),
      counted(personCounterKey(letterId, maker.orgNumber, maker.sub), MAX_FEEDS_PER_PERSON),
      {
        put: {
          item: { ...keys.calendarFeed(letterId, tokenHash), ...feed },
          condition: "attribute_not_exists(pk)",
        },
      },
      ...(idempotency ? [idempotencyPut(idempotency, feed.createdAt)] : []),
    ];
    return yield* dynamo
      .transact(items, (error) => {
        const codes = cancellationCodes(error);
        if (codes[1] === "ConditionalCheckFailed")
          return new InputOutOfRange({
            code: "too-many-own-calendar-feeds",
            message: `A person keeps at most ${MAX_FEEDS_PER_PERSON} calendar feeds of a letter; revoke one of yours first`,
          });
        if (codes[0] === "ConditionalCheckFailed")
          return new InputOutOfRange({
            code: "too-many-calendar-feeds",
            message: maker.coordinator
              ? `An organisation keeps at most ${MAX_FEEDS_PER_ORGANISATION} calendar feeds of a letter; revoke one first`
              : `An organisation keeps at most ${MAX_FEEDS_PER_ORGANISATION} calendar feeds of a letter, the last ${FEEDS_KEPT_FOR_COORDINATORS} for its coordinators; ask a coordinator to revoke one`,
          });
        // Another request with the same idempotency key made its feed first: answer with its reply.
        if (idempotency && codes[3] === "ConditionalCheckFailed")
          return new IdempotencyRace({ key: idempotency.keyHash });
        return undefined;
      })
      .pipe(
        Effect.as(idempotency?.reply),
        Effect.catchTag("IdempotencyRace", () => replayAfterRace<unknown>(idempotency)),
      );
  });

export const readFeed = (letterId: string, tokenHash: string) =>
  getItem(keys.calendarFeed(letterId, tokenHash)).pipe(
    Effect.map((item) => item as unknown as CalendarFeed | null),
  );

/**
 * The feeds of a letter the person may revoke, without secrets: a coordinator sees all of the
 * organisation's (at most `MAX_FEEDS_PER_ORGANISATION`), anyone else their own.
 */
export const listFeeds = (letterId: string, who: FeedMaker) =>
  Effect.gen(function* () {
    const page = yield* (yield* Dynamo).query({
      keyCondition: "pk = :pk AND begins_with(sk, :prefix)",
      filter: "orgNumber = :org",
      values: { ":pk": keys.letter(letterId).pk, ":prefix": "FEED#", ":org": who.orgNumber },
    });
    return page.items
      .filter((item) => who.coordinator || item.createdBy === who.sub)
      .map((item) => ({
        id: String(item.sk).slice("FEED#".length),
        createdBy: item.createdBy as string,
        createdAt: item.createdAt as string,
      }));
  });

/**
 * Revokes a feed: the person who made it, or a coordinator of its organisation (D-36). Anyone
 * else, of that organisation or another, is refused.
 */
export const revokeFeed = (letterId: string, tokenHash: string, who: FeedMaker) =>
  Effect.gen(function* () {
    const dynamo = yield* Dynamo;
    const feed = yield* readFeed(letterId, tokenHash);
    if (!feed) return yield* new ItemNotFound({ kind: "calendar-feed", id: tokenHash });
    const orgNumber = feed.orgNumber;
    if (orgNumber !== who.orgNumber || (feed.createdBy !== who.sub && !who.coordinator))
      return yield* new NotAllowed({
        code: "not-own-feed",
        message:
          "Only the person who made a feed, or a coordinator of its organisation, may revoke it",
      });
    const freed = (key: ItemKey): TransactionWrite => ({
      update: { key, update: "ADD feeds :minus", values: { ":minus": -1 } },
    });
    yield* dynamo.transact(
      [
        {
          delete: {
            key: keys.calendarFeed(letterId, tokenHash),
            condition: "orgNumber = :org",
            values: { ":org": orgNumber },
          },
        },
        freed(counterKey(letterId, orgNumber)),
        // The maker's own count frees a place too (not for a feed made before it was kept).
        ...(feed.personCounted
          ? [freed(personCounterKey(letterId, orgNumber, feed.createdBy))]
          : []),
      ],
      (error) =>
        transactionCancelled(error) || conditionFailed(error)
          ? new ItemNotFound({ kind: "calendar-feed", id: tokenHash })
          : undefined,
    );
  });
