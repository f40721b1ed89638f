import { randomUUID } from "node:crypto";
import type { ItemKey } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { fromItem, toItem } from "./codec";
import { Dynamo, transactionCancelled } from "./dynamo";

// D-62: one reminder digest per person and day, across letters. The daily run writes, per letter,
// each person's reminder lines of the day into the person-day's partition (one item per letter);
// after all letters it sends each person-day one message. Items are keyed by an opaque person id
// (a hash of the address, `personId` in mail/message-parts.ts): no name or address is kept here.

/** How long a person-day's lines are kept: long enough to resend after an outage, no longer. */
export const DIGEST_LINES_KEEP_SECONDS = 40 * 24 * 60 * 60;
/** Reminders one letter's line item holds; more are counted (`more`), shown in "Mina uppgifter". */
export const MAX_REMINDERS_PER_LINE = 50;

/** The person-day's partition: its letters' lines, its parts' publications and deliveries. */
const digestPk = (day: string, personId: string) => `DIGEST#${day}#${personId}`;

export const digestKeys = {
  /** One letter's lines for the person on the day. */
  line: (day: string, personId: string, letterId: string): ItemKey => ({
    pk: digestPk(day, personId),
    sk: `LETTER#${letterId}`,
  }),
  linePrefix: "LETTER#",
  /**
   * The day's index of people with lines not yet sent: the run's second phase reads it (never a
   * Scan) and removes an entry once everything of the person-day is sent.
   */
  dayEntry: (day: string, personId: string): ItemKey => ({
    pk: `DIGESTDAY#${day}`,
    sk: personId,
  }),
  /** The publication of one part of the person-day's digest (sent once, like a notification). */
  publication: (day: string, personId: string, part: number): ItemKey => ({
    pk: digestPk(day, personId),
    sk: `NOTE#${part}`,
  }),
  /** The person's delivery of one part (claimed, sending, sent: once). */
  delivery: (day: string, personId: string, part: number): ItemKey => ({
    pk: digestPk(day, personId),
    sk: `MAIL#${part}`,
  }),
} as const;

/** A reminder as a line of a digest: what the mail needs to write it, nothing about people. */
export interface DigestReminder {
  readonly key: string;
  readonly kind: string;
  readonly rule: string;
  readonly dueOn: string;
  readonly sentOn: string;
  readonly recipients: readonly string[];
  readonly message: string;
  readonly about?: unknown;
}

/** One letter's lines of a person's day, as stored. */
export interface DigestLine {
  readonly letterId: string;
  /** The person's organisations in this letter (the footer names them). */
  readonly orgNumbers: readonly string[];
  readonly reminders: readonly DigestReminder[];
  /** Reminders beyond `MAX_REMINDERS_PER_LINE`, counted, not kept. */
  readonly more: number;
  /** The part of the day's digest it went out in; absent until the second phase assigns it. */
  readonly part?: number;
}

const expiresAt = (nowMs: number) => Math.floor(nowMs / 1000) + DIGEST_LINES_KEEP_SECONDS;

/**
 * Writes one letter's lines for a person and day, and the person's entry in the day's index.
 * Idempotent: a rerun of the day writes the same; lines already assigned to a sent part are
 * left alone (their condition fails), so a rerun never sends them again.
 */
export const writeDigestLine = (
  day: string,
  personId: string,
  line: Omit<DigestLine, "more" | "part">,
  nowMs: number,
) =>
  Effect.gen(function* () {
    const dynamo = yield* Dynamo;
    const kept = line.reminders.slice(0, MAX_REMINDERS_PER_LINE);
    const written = yield* dynamo.updateItem({
      key: digestKeys.line(day, personId, line.letterId),
      update:
        "SET letterId = :letter, orgNumbers = :orgs, reminders = :reminders, more = :more, expiresAt = :exp",
      condition: "attribute_not_exists(part)",
      values: {
        ":letter": line.letterId,
        ":orgs": [...line.orgNumbers],
        ":reminders": kept,
        ":more": line.reminders.length - kept.length,
        ":exp": expiresAt(nowMs),
      },
    });
    if (!written) return false;
    // A new revision on every write: the second phase removes the entry only if no line came
    // after it read the person-day (`settleDayEntry`).
    yield* dynamo.putItem({
      item: {
        ...digestKeys.dayEntry(day, personId),
        rev: randomUUID(),
        expiresAt: expiresAt(nowMs),
      },
    });
    return true;
  });

/** A person with lines on a day, and the revision of their entry as read. */
export interface DayEntry {
  readonly personId: string;
  readonly rev: string;
}

/** One page of the people with lines on a day not yet all sent (500 a page). */
export const digestDayPage = (day: string, start?: Record<string, unknown>) =>
  Effect.gen(function* () {
    const page = yield* (yield* Dynamo).query({
      keyCondition: "pk = :pk",
      values: { ":pk": digestKeys.dayEntry(day, "").pk },
      limit: 500,
      consistent: true,
      ...(start ? { start: toItem(start) } : {}),
    });
    return {
      entries: page.items.map(
        (item): DayEntry => ({ personId: item.sk as string, rev: item.rev as string }),
      ),
      next: page.lastKey ? fromItem(page.lastKey) : undefined,
    };
  });

/** Every letter's lines of a person's day, in letter order. */
export const digestLines = (day: string, personId: string) =>
  Effect.gen(function* () {
    const dynamo = yield* Dynamo;
    const lines: DigestLine[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = yield* dynamo.query({
        keyCondition: "pk = :pk AND begins_with(sk, :prefix)",
        values: { ":pk": digestPk(day, personId), ":prefix": digestKeys.linePrefix },
        consistent: true,
        ...(start ? { start: toItem(start) } : {}),
      });
      lines.push(...(page.items as unknown as DigestLine[]));
      start = page.lastKey ? fromItem(page.lastKey) : undefined;
    } while (start);
    return lines;
  });

/** Assigns a line to a part of the day's digest, once: false when it already had one. */
export const assignPart = (day: string, personId: string, letterId: string, part: number) =>
  Dynamo.use((dynamo) =>
    dynamo.updateItem({
      key: digestKeys.line(day, personId, letterId),
      update: "SET part = :part",
      condition: "attribute_exists(pk) AND attribute_not_exists(part)",
      values: { ":part": part },
    }),
  );

/**
 * Removes a person's entry from the day's index once all their lines are sent, unless a line was
 * written after `entry` was read (its revision changed): then the next run sends that line.
 */
export const settleDayEntry = (day: string, entry: DayEntry) =>
  Dynamo.use((dynamo) =>
    dynamo.transact(
      [
        {
          delete: {
            key: digestKeys.dayEntry(day, entry.personId),
            condition: "rev = :rev",
            values: { ":rev": entry.rev },
          },
        },
      ],
      (error) => (transactionCancelled(error) ? ("changed" as const) : undefined),
    ),
  ).pipe(
    Effect.as(true),
    Effect.catchIf(
      (error): error is "changed" => error === "changed",
      () => Effect.succeed(false),
    ),
  );
