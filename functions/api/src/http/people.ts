import {
  type EventActor,
  MAX_PEOPLE_PER_VIEW,
  nowIso,
  type PersonRef,
  personIdOf,
  personNames,
  rememberPerson,
  SYSTEM_ACTOR_ID,
} from "@samverkan/core";
import * as Effect from "effect/Effect";
import type { MiddlewareHandler } from "hono";
import type { AppEnv, Caller } from "./caller";
import { logLine } from "./log";
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
  /** Only for a person of the caller's own organisation. */
  readonly sub?: string;
  /** R25: the person a substitute acted for ("X for Y"), named like the actor. */
  readonly onBehalfOf?: PersonView;
}

/** A person of a view: opaque id, name (null when unknown), subject only for their own org. */
export interface PersonView {
  readonly id: string;
  readonly name: string | null;
  readonly sub?: string;
}

/** R25: the person someone acted for, as a view of the caller names them. */
function personView(
  orgNumber: string,
  sub: string,
  names: ReadonlyMap<string, string>,
  caller: Caller,
): PersonView {
  const id = personIdOf({ orgNumber, sub });
  return {
    id,
    name: names.get(id) ?? null,
    ...(orgNumber === caller.orgNumber ? { sub } : {}),
  };
}

const isSystem = (actor: { sub: string; orgNumber?: string }) =>
  actor.orgNumber === undefined || actor.sub === SYSTEM_ACTOR_ID;

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
 * organisation's subject.
 */
export function eventDataView(
  data: Record<string, unknown>,
  actor: EventActor | undefined,
  names: ReadonlyMap<string, string>,
  caller: Caller,
): Record<string, unknown> {
  const signedBy = data.signedBy as Signer | undefined;
  if (typeof signedBy?.sub !== "string" || !actor?.orgNumber) return data;
  const id = personIdOf({ orgNumber: actor.orgNumber, sub: signedBy.sub });
  return {
    ...data,
    signedBy: {
      id,
      name: signedBy.name || (names.get(id) ?? null),
      ...(actor.orgNumber === caller.orgNumber ? { sub: signedBy.sub } : {}),
      ...(typeof signedBy.onBehalfOf?.sub === "string"
        ? { onBehalfOf: personView(actor.orgNumber, signedBy.onBehalfOf.sub, names, caller) }
        : {}),
    },
  };
}

/** The names of the people who made these events (one page of the trail). */
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

type Signer = { sub: string; name?: string; onBehalfOf?: { sub: string } };
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
 * signature), and the directory names those signed without one. Only when some signature has no
 * name does the view read the directory, so a plain read costs no more than before. Another
 * organisation's subjects are left out.
 */
export const nameSigners = <T>(body: T, caller: Caller) =>
  Effect.gen(function* () {
    if (signedParties(body).length === 0) return body;
    // A copy: a presented view may share objects with the state it came from.
    const named = structuredClone(body);
    const parties = signedParties(named);
    // At most MAX_PEOPLE_PER_VIEW people are looked up (a list of 200 activities may name
    // thousands of signers); beyond them a signer recorded without a name has none.
    const unnamed = new Map<string, PersonRef>();
    for (const party of parties) {
      const ref = { orgNumber: party.orgNumber, sub: party.signature.signedBy.sub };
      if (!party.signature.signedBy.name && unnamed.size < MAX_PEOPLE_PER_VIEW)
        unnamed.set(personIdOf(ref), ref);
      // R25: a substitute's signature names whom it was signed for, from the directory.
      const onBehalfOf = party.signature.signedBy.onBehalfOf?.sub;
      const forRef = onBehalfOf ? { orgNumber: party.orgNumber, sub: onBehalfOf } : undefined;
      if (forRef && unnamed.size < MAX_PEOPLE_PER_VIEW) unnamed.set(personIdOf(forRef), forRef);
    }
    const names =
      unnamed.size > 0 ? yield* personNames([...unnamed.values()]) : new Map<string, string>();
    for (const party of parties) {
      const { sub, name, onBehalfOf } = party.signature.signedBy;
      const id = personIdOf({ orgNumber: party.orgNumber, sub });
      (party.signature as { signedBy: unknown }).signedBy = {
        id,
        name: name || (names.get(id) ?? null),
        ...(party.orgNumber === caller.orgNumber ? { sub } : {}),
        ...(onBehalfOf
          ? { onBehalfOf: personView(party.orgNumber, onBehalfOf.sub, names, caller) }
          : {}),
      };
    }
    return named;
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
 */
export function rememberActingPerson(runtime: AppRuntime): MiddlewareHandler<AppEnv> {
  const known = new Map<string, string>();
  return async function rememberPersonOnWrite(c, next) {
    const method = c.req.method;
    const caller = c.get("caller");
    if (method === "GET" || method === "HEAD" || method === "OPTIONS" || !caller.name)
      return next();
    const id = personIdOf(caller);
    if (known.get(id) !== caller.name) {
      const name = caller.name;
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
    return next();
  };
}
