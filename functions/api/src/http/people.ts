import {
  type DirectoryEntry,
  type DirectoryNames,
  Dynamo,
  directoryCacheOf,
  type EventActor,
  MAX_PEOPLE_PER_VIEW,
  nowIso,
  openSealed,
  type PersonRef,
  personIdOf,
  personNames,
  rememberPerson,
  SYSTEM_ACTOR_ID,
  sealForPerson,
} from "@samverkan/core";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import type { MiddlewareHandler } from "hono";
import type { AppEnv, Caller } from "./caller";
import { logLine } from "./log";
import { problemOf, sendProblem } from "./problem";
import type { AppRuntime, StoredResponse } from "./run-effect";

// Names, not ids (issue #17; D-34). A person's name is kept once in the people directory when
// they act; views name whoever acted from it. A subject (`sub`) is an identifier of the caller's
// identity provider, which may be an address or a personal number: a view shows it only to the
// person's own organisation, and never instead of a name.

/** How the daily run is named in views; the web says it in its own language. */
export const SYSTEM_NAME = "Samverkan (automatic)";

/** Who acted, as a view shows it. */
export interface ActorView {
  /** The person's opaque id (`personIdOf`), or `system:daily-run`. */
  readonly id: string;
  readonly kind: "person" | "system";
  /** From the directory (or as recorded); null when nobody has told it. */
  readonly name: string | null;
  readonly orgNumber?: string;
  /** Only for a person of the caller's own organisation, and never once they are erased. */
  readonly sub?: string;
  /** D-59: erased under a deletion decision; the web shows "(raderad person)". */
  readonly erased?: true;
  /** R25: the person a substitute acted for ("X for Y"), named like the actor. */
  readonly onBehalfOf?: PersonView;
}

/** A person of a view: opaque id, name (null when unknown), subject only for their own org. */
export interface PersonView {
  readonly id: string;
  readonly name: string | null;
  readonly sub?: string;
  readonly erased?: true;
}

/** R25: the person someone acted for, as a view of the caller names them; erased: no name (D-59). */
function personView(
  orgNumber: string,
  sub: string,
  names: ReadonlyMap<string, string>,
  caller: Caller,
): PersonView {
  const id = personIdOf({ orgNumber, sub });
  if (isErased(names, id)) return { id, name: null, erased: true };
  return {
    id,
    name: names.get(id) ?? null,
    ...(orgNumber === caller.orgNumber ? { sub } : {}),
  };
}

const isSystem = (actor: { sub: string; orgNumber?: string }) =>
  actor.orgNumber === undefined || actor.sub === SYSTEM_ACTOR_ID;

/** Whether the directory says the person was erased (D-59). */
const isErased = (names: ReadonlyMap<string, string>, id: string) =>
  (names as Partial<DirectoryNames>).erased?.has(id) === true;

/** An event's actor as a view shows it: the directory's name first (it is the one kept up). */
export function actorView(
  actor: EventActor,
  names: ReadonlyMap<string, string>,
  caller: Caller,
): ActorView {
  if (isSystem(actor) || actor.orgNumber === undefined)
    return { id: SYSTEM_ACTOR_ID, kind: "system", name: SYSTEM_NAME };
  const ref = { orgNumber: actor.orgNumber, sub: actor.sub };
  const id = personIdOf(ref);
  // D-59: an erased person is no name and no subject, only the fact that someone acted.
  if (isErased(names, id))
    return { id, kind: "person", name: null, orgNumber: actor.orgNumber, erased: true };
  return {
    id,
    kind: "person",
    name: names.get(id) ?? actor.name ?? null,
    orgNumber: actor.orgNumber,
    ...(actor.orgNumber === caller.orgNumber ? { sub: actor.sub } : {}),
    ...(actor.onBehalfOf
      ? { onBehalfOf: personView(actor.orgNumber, actor.onBehalfOf.sub, names, caller) }
      : {}),
  };
}

/**
 * An event's data as a view shows it: a signature's signer (a signing, a notice) named like the
 * actor, whose organisation it is (a signatory signs only for their own), without another
 * organisation's subject. Sealed names in it are opened first (`openSealedNames`).
 */
export function eventDataView(
  data: Record<string, unknown>,
  actor: EventActor | undefined,
  names: ReadonlyMap<string, string>,
  caller: Caller,
): Record<string, unknown> {
  const signedBy = data.signedBy as Signer | undefined;
  if (typeof signedBy?.sub !== "string" || !actor?.orgNumber) return withoutErasedSubjects(data);
  const id = personIdOf({ orgNumber: actor.orgNumber, sub: signedBy.sub });
  return withoutErasedSubjects({
    ...data,
    signedBy: signerView(id, signedBy, actor.orgNumber, names, caller),
  });
}

/** Drops the subject of every erased person in a view (D-59): no identifier of theirs is shown. */
function withoutErasedSubjects<T>(body: T, depth = 0): T {
  if (depth > 8 || body === null || typeof body !== "object") return body;
  if (Array.isArray(body)) for (const item of body) withoutErasedSubjects(item, depth + 1);
  else {
    const record = body as Record<string, unknown>;
    if (record.erased === true) delete record.sub;
    for (const value of Object.values(record)) withoutErasedSubjects(value, depth + 1);
  }
  return body;
}

/** A signer as views show them: a signature's own name, else the directory's; erased: none. */
function signerView(
  id: string,
  signer: Signer,
  orgNumber: string,
  names: ReadonlyMap<string, string>,
  caller: Caller,
) {
  if (signer.erased || isErased(names, id)) return { id, name: null, erased: true as const };
  return {
    id,
    name: signer.name || (names.get(id) ?? null),
    ...(orgNumber === caller.orgNumber ? { sub: signer.sub } : {}),
    ...(typeof signer.onBehalfOf?.sub === "string"
      ? { onBehalfOf: personView(orgNumber, signer.onBehalfOf.sub, names, caller) }
      : {}),
  };
}

type SealedHolder = { sealedName: string; name?: string | null; erased?: true; sub?: string };

/** Every object in a view that carries a sealed name (a signer, a policy's proposer). */
function sealedHolders(body: unknown, found: SealedHolder[] = [], depth = 0): SealedHolder[] {
  if (depth > 8 || body === null || typeof body !== "object") return found;
  if (Array.isArray(body)) {
    for (const item of body) sealedHolders(item, found, depth + 1);
    return found;
  }
  const record = body as Record<string, unknown>;
  if (typeof record.sealedName === "string") found.push(record as SealedHolder);
  for (const value of Object.values(record))
    if (value !== null && typeof value === "object") sealedHolders(value, found, depth + 1);
  return found;
}

/**
 * Opens the sealed names in a view, in place (D-58): each becomes its `name`, or — its person's
 * key shredded by an erasure — no name, no subject and `erased: true`. A sealed value never
 * leaves the API. `alsoRead` rides along in the same `BatchGetItem` (the directory's people).
 */
export const openSealedNames = (body: unknown, alsoRead: readonly PersonRef[] = []) =>
  Effect.gen(function* () {
    // Once each: a view may reach one holder twice (an amendment in force is in the letter too),
    // and a holder opened once has no sealed name left to open the second time.
    const holders = [...new Set(sealedHolders(body))];
    const ids = [...new Set(alsoRead.map(personIdOf))].slice(0, MAX_PEOPLE_PER_VIEW);
    const names: DirectoryNames = Object.assign(new Map<string, string>(), {
      erased: new Set<string>(),
    });
    if (holders.length === 0 && ids.length === 0) return names;
    // Entries this process read in the last minute are not read again (D-66).
    const directory = directoryCacheOf(yield* Dynamo);
    const cached = new Map(ids.map((id) => [id, directory.get(id)]));
    const toRead = ids.filter((id) => !cached.get(id));
    const { opened, itemOf } = yield* openSealed(
      holders.map((holder) => holder.sealedName),
      toRead.map((id) => keys.person(id)),
    );
    for (const holder of holders) {
      const name = opened.get(holder.sealedName) ?? null;
      delete (holder as Partial<SealedHolder>).sealedName;
      if (name !== null) holder.name = name;
      else {
        // The subject goes too, once the view has named the person by id (`withoutErasedSubjects`).
        delete holder.name;
        holder.erased = true;
      }
    }
    for (const id of toRead) {
      const item = itemOf(keys.person(id));
      const entry: DirectoryEntry =
        item?.erased === true
          ? { erased: true }
          : typeof item?.name === "string"
            ? { name: item.name }
            : { unknown: true };
      cached.set(id, entry);
      directory.set(id, entry);
    }
    for (const [id, entry] of cached) {
      if (!entry || "unknown" in entry) continue;
      if ("erased" in entry) names.erased.add(id);
      else names.set(id, entry.name);
    }
    return names;
  });

/** The people a page of the trail names: who acted, and signers recorded without a sealed name. */
const peopleOfEvents = (
  actors: readonly (EventActor | null | undefined)[],
  data: readonly Record<string, unknown>[],
) =>
  actors.flatMap((actor, index): PersonRef[] => {
    if (!actor || isSystem(actor) || !actor.orgNumber) return [];
    const own = { orgNumber: actor.orgNumber, sub: actor.sub };
    // R25: the person a substitute acted for is named too.
    const actedFor = actor.onBehalfOf
      ? [{ orgNumber: actor.orgNumber, sub: actor.onBehalfOf.sub }]
      : [];
    const signer = data[index]?.signedBy as (Signer & { sealedName?: string }) | undefined;
    return typeof signer?.sub === "string" && !signer.sealedName && signer.sub !== actor.sub
      ? [own, ...actedFor, { orgNumber: actor.orgNumber, sub: signer.sub }]
      : [own, ...actedFor];
  });

/**
 * The names of the people who made these events (one page of the trail), with the sealed names
 * in their data opened in place: one `BatchGetItem` for the page's people and keys.
 */
export const namesOfEvents = (
  actors: readonly (EventActor | null | undefined)[],
  data: readonly Record<string, unknown>[],
) => openSealedNames(data, peopleOfEvents(actors, data));

/** The names of the people who made these events (no sealed names to open). */
export const namesOfActors = (actors: readonly (EventActor | null | undefined)[]) =>
  personNames(
    actors.flatMap((actor) =>
      actor && !isSystem(actor) && actor.orgNumber
        ? [
            { orgNumber: actor.orgNumber, sub: actor.sub },
            // R25: the person a substitute acted for is named too.
            ...(actor.onBehalfOf
              ? [{ orgNumber: actor.orgNumber, sub: actor.onBehalfOf.sub }]
              : []),
          ]
        : [],
    ),
  );

type Signer = { sub: string; name?: string; erased?: true; onBehalfOf?: { sub: string } };
type SignedParty = { orgNumber: string; signature: { signedBy: Signer } };

const isSignedParty = (value: Record<string, unknown>): value is SignedParty => {
  if (typeof value.orgNumber !== "string") return false;
  const signature = value.signature as { signedBy?: { sub?: unknown } } | null | undefined;
  return typeof signature?.signedBy?.sub === "string";
};

/** Every party with a signature in a view (an agreement's, a special agreement's, a list of them). */
function signedParties(body: unknown, found: SignedParty[] = [], depth = 0): SignedParty[] {
  // Views nest parties a few levels deep (list → activity → special agreement → parties).
  if (depth > 6 || body === null || typeof body !== "object") return found;
  if (Array.isArray(body)) {
    for (const item of body) signedParties(item, found, depth + 1);
    return found;
  }
  const record = body as Record<string, unknown>;
  if (isSignedParty(record)) found.push(record);
  for (const value of Object.values(record))
    if (value !== null && typeof value === "object") signedParties(value, found, depth + 1);
  return found;
}

/**
 * Names the signers in a view: a signature keeps the name it was given with (a fact of the
 * signature, sealed with the signer's key: D-58), and the directory names those signed without
 * one. Sealed names and the directory are read in one `BatchGetItem`; a view with no signature
 * and no sealed name reads nothing. Another organisation's subjects are left out; an erased
 * signer (D-59) is `erased` with no name.
 */
export const nameSigners = <T>(body: T, caller: Caller) =>
  Effect.gen(function* () {
    if (signedParties(body).length === 0 && sealedHolders(body).length === 0) return body;
    // A copy: a presented view may share objects with the state it came from.
    const named = structuredClone(body);
    const parties = signedParties(named);
    // Signers without a sealed name are looked up in the directory (a name, or erased); at most
    // MAX_PEOPLE_PER_VIEW people (a list of 200 activities may name thousands of signers).
    const lookUp = new Map<string, PersonRef>();
    for (const party of parties) {
      const signer = party.signature.signedBy as Signer & { sealedName?: string };
      const ref = { orgNumber: party.orgNumber, sub: signer.sub };
      if (!signer.sealedName && lookUp.size < MAX_PEOPLE_PER_VIEW) lookUp.set(personIdOf(ref), ref);
      // R25: a substitute's signature names whom it was signed for, from the directory.
      const forSub = signer.onBehalfOf?.sub;
      const forRef = forSub ? { orgNumber: party.orgNumber, sub: forSub } : undefined;
      if (forRef && lookUp.size < MAX_PEOPLE_PER_VIEW) lookUp.set(personIdOf(forRef), forRef);
    }
    const names = yield* openSealedNames(named, [...lookUp.values()]);
    for (const party of parties) {
      const signer = party.signature.signedBy;
      const id = personIdOf({ orgNumber: party.orgNumber, sub: signer.sub });
      (party.signature as { signedBy: unknown }).signedBy = signerView(
        id,
        signer,
        party.orgNumber,
        names,
        caller,
      );
    }
    return withoutErasedSubjects(named);
  });

/** A response whose signers are named (`nameSigners`). */
export const withSignersNamed = <E, R>(
  response: Effect.Effect<StoredResponse, E, R>,
  caller: Caller,
) =>
  Effect.flatMap(response, (stored) =>
    Effect.map(nameSigners(stored.body, caller), (body) => ({ ...stored, body })),
  );

/**
 * Keeps the name of each person who writes (a POST, PUT, PATCH or DELETE) in the directory,
 * before the write: views of what they did can name them. Once per person and name per process
 * (at most 1 000 remembered); a directory that cannot be written is no reason to refuse the act,
 * so a failure is left for the next write to try again.
 *
 * D-58: the name the write may record in an event (a signature, a policy's proposer) is sealed
 * with the person's own key here (one `GetItem` of the key per write), and the command gets the
 * sealed value instead of the name; if it cannot be sealed, the write is 503 and nothing is kept.
 */
export function rememberActingPerson(runtime: AppRuntime): MiddlewareHandler<AppEnv> {
  const known = new Map<string, string>();
  return async function rememberPersonOnWrite(c, next) {
    const method = c.req.method;
    const caller = c.get("caller");
    if (method === "GET" || method === "HEAD" || method === "OPTIONS" || !caller.name)
      return next();
    const id = personIdOf(caller);
    const name = caller.name;
    if (known.get(id) !== name) {
      const kept = await runtime.runPromiseExit(
        Effect.gen(function* () {
          return yield* rememberPerson(caller, name, yield* nowIso);
        }),
      );
      if (kept._tag === "Success") {
        if (known.size >= 1_000) known.delete(known.keys().next().value as string);
        known.set(id, name);
      } else logLine("warn", "people directory not written", { requestId: c.get("requestId") });
    }
    const sealed = await runtime.runPromiseExit(
      Effect.gen(function* () {
        return yield* sealForPerson(id, caller.orgNumber, name, yield* nowIso);
      }),
    );
    if (sealed._tag === "Failure") {
      // Nothing is written: a signature recorded without its name would be a worse record than
      // a retry (the store's 503, as any other step of a write answers).
      logLine("warn", "name not sealed", { requestId: c.get("requestId") });
      return sendProblem(
        c,
        problemOf(503, "storage-unavailable", "Storage is temporarily unavailable"),
        { "retry-after": "1" },
      );
    }
    const { name: _plain, ...withoutName } = caller;
    c.set("caller", { ...withoutName, sealedName: sealed.value });
    return next();
  };
}
