import { type CalendarDate, notEnded, Substitution } from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { type IfMatch, ifMatchHolds, ifMatchText } from "../commands/if-match";
import { replayAfterRace } from "../commands/replay-after-race";
import { ItemNotFound, VersionConflict, VersionMismatch } from "../errors";
import { IdempotencyRace, idempotencyPut } from "./append";
import { cancellationCodes, Dynamo } from "./dynamo";
import { getItem } from "./get-item";

// R25: an organisation's substitutions, one item each in the organisation's partition (beside its
// memberships), not events of a letter: a substitution holds across all the organisation's letters.
// Appointments move one version item of the organisation in the same transaction, so the bounds
// (per person, per organisation) hold however many requests race. An ended substitution is left
// to DynamoDB's TTL (`expiresAt`, two days after its last day) and is never read as running.

/** Days an ended substitution is kept before DynamoDB removes it. */
export const SUBSTITUTION_KEPT_DAYS = 2;
/** Items read per page of the organisation's substitutions. */
const PAGE = 100;

/** A stored substitution and its version (its ETag). */
export interface StoredSubstitution {
  readonly substitution: Substitution;
  readonly version: number;
}

// Stored substitutions were checked when written; parsing again keeps a hand-edited item out.
const storedOf = (item: Record<string, unknown>): StoredSubstitution => ({
  substitution: Substitution.parse(item),
  version: Number(item.version ?? 1),
});

/**
 * Every substitution of the organisation that has not ended on `today`, in the order they begin.
 * At most `MAX_SUBSTITUTIONS_PER_ORGANISATION` such, plus the ended ones the TTL has not yet
 * removed; read strongly consistent, so an appointment just made is counted.
 */
export const listSubstitutions = /* @__PURE__ */ Effect.fn("store.listSubstitutions")(function* (
  orgNumber: string,
  today: CalendarDate,
) {
  const dynamo = yield* Dynamo;
  const found: StoredSubstitution[] = [];
  let start: Parameters<typeof dynamo.query>[0]["start"];
  do {
    const page = yield* dynamo.query({
      keyCondition: "pk = :pk AND begins_with(sk, :prefix)",
      values: { ":pk": keys.membershipsOf(orgNumber), ":prefix": keys.substitutionPrefix },
      limit: PAGE,
      consistent: true,
      ...(start ? { start } : {}),
    });
    found.push(...page.items.map(storedOf));
    start = page.lastKey;
  } while (start);
  return found
    .filter((stored) => notEnded(stored.substitution, today))
    .sort(
      (a, b) =>
        a.substitution.from.localeCompare(b.substitution.from) ||
        a.substitution.id.localeCompare(b.substitution.id),
    );
});

/** One substitution of the organisation, or null. */
export const readSubstitution = (orgNumber: string, id: string) =>
  getItem(keys.substitution(orgNumber, id)).pipe(
    Effect.map((item) => (item ? storedOf(item) : null)),
  );

const expiresAtOf = (to: CalendarDate) =>
  Math.floor(Date.parse(to) / 1000) + (SUBSTITUTION_KEPT_DAYS + 1) * 86_400;

/**
 * Stores what `decide` makes of the organisation's current substitutions, guarded by the
 * organisation's substitution version: a concurrent appointment makes this one 409 rather than
 * both passing a bound only one of them may. `decide` returns the substitution or a failure.
 */
export const appointSubstitution = <E, Reply>(
  orgNumber: string,
  today: CalendarDate,
  decide: (current: readonly Substitution[]) => Effect.Effect<Substitution, E>,
  reply: (stored: StoredSubstitution) => Reply,
  idempotency: { readonly keyHash: string; readonly requestHash: string } | undefined,
  recordedAt: string,
) =>
  Effect.gen(function* () {
    const dynamo = yield* Dynamo;
    const head = yield* getItem(keys.substitutionsHead(orgNumber));
    const version = Number(head?.version ?? 0);
    const current = yield* listSubstitutions(orgNumber, today);
    const substitution = yield* decide(current.map((stored) => stored.substitution));
    const answer = reply({ substitution, version: 1 });
    yield* dynamo.transact(
      [
        {
          put: {
            item: {
              ...keys.substitutionsHead(orgNumber),
              version: version + 1,
            },
            condition: version === 0 ? "attribute_not_exists(pk)" : "version = :expected",
            ...(version === 0 ? {} : { values: { ":expected": version } }),
          },
        },
        {
          put: {
            item: {
              ...keys.substitution(orgNumber, substitution.id),
              ...substitution,
              version: 1,
              expiresAt: expiresAtOf(substitution.to),
            },
            condition: "attribute_not_exists(pk)",
          },
        },
        // The reply is kept for the Idempotency-Key (24 hours): a retry gets this appointment.
        ...(idempotency ? [idempotencyPut({ ...idempotency, reply: answer }, recordedAt)] : []),
      ],
      (error) => {
        const codes = cancellationCodes(error);
        if (idempotency && codes[2] === "ConditionalCheckFailed")
          return new IdempotencyRace({ key: idempotency.keyHash });
        return codes.includes("ConditionalCheckFailed")
          ? new VersionConflict({ letterId: `substitutions of ${orgNumber}` })
          : undefined;
      },
    );
    return answer;
  }).pipe(
    // A lost race with another appointment of the organisation: decide again on what it wrote.
    Effect.retry({ times: 3, while: (error) => error instanceof VersionConflict }),
    // Another request with the same key appointed first: answer with its reply.
    Effect.catchTag("IdempotencyRace", () => replayAfterRace<Reply>(idempotency)),
  );

/**
 * Removes a substitution (revoked), if `check` allows it and `If-Match` names its version; an
 * unknown or ended one is 404. A revocation only lowers counts, so it needs no organisation lock.
 */
export const revokeSubstitution = <E>(
  orgNumber: string,
  id: string,
  today: CalendarDate,
  ifMatch: IfMatch | undefined,
  check: (substitution: Substitution) => Effect.Effect<void, E>,
) =>
  Effect.gen(function* () {
    const stored = yield* readSubstitution(orgNumber, id);
    if (!stored || !notEnded(stored.substitution, today))
      return yield* new ItemNotFound({ kind: "substitution", id });
    yield* check(stored.substitution);
    if (ifMatch !== undefined && !ifMatchHolds(ifMatch, stored.version))
      return yield* new VersionMismatch({
        expected: ifMatchText(ifMatch),
        current: stored.version,
      });
    yield* (yield* Dynamo).transact(
      [
        {
          delete: {
            key: keys.substitution(orgNumber, id),
            condition: "version = :expected",
            values: { ":expected": stored.version },
          },
        },
      ],
      (error) =>
        cancellationCodes(error).includes("ConditionalCheckFailed")
          ? new ItemNotFound({ kind: "substitution", id })
          : undefined,
    );
  });

/**
 * D-59: removes every substitution a person erased under a deletion decision appointed or stood in
 * for (ended ones the TTL has not yet removed included), so no subject of theirs stays. Returns
 * how many were removed. At most `MAX_SUBSTITUTIONS_PER_ORGANISATION` not ended, read a page at a time.
 */
export const eraseSubstitutionsOf = (orgNumber: string, isThePerson: (sub: string) => boolean) =>
  Effect.gen(function* () {
    // The earliest calendar date: nothing has ended by then, so every stored one is listed.
    const all = yield* listSubstitutions(orgNumber, "1900-01-01" as CalendarDate);
    const theirs = all.filter(
      ({ substitution }) =>
        isThePerson(substitution.appointer) || isThePerson(substitution.substitute),
    );
    for (const { substitution } of theirs)
      yield* (yield* Dynamo).transact([
        { delete: { key: keys.substitution(orgNumber, substitution.id) } },
      ]);
    return theirs.length;
  });
