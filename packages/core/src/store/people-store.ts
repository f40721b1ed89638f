import { createHash } from "node:crypto";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { Dynamo } from "./dynamo";
import { readItems } from "./letter-store";
import { directoryCacheOf } from "./person-key-cache";

// The people directory (issue #17, "names, not ids"; D-34). Events and signatures refer to a
// person by their organisation and subject; the name their token carries is kept once, here, and
// views look it up. One item per person: the directory grows with people, never with acts.

/** The longest name kept (the token's `name` claim). */
export const MAX_PERSON_NAME = 200;

/** The daily run's id in views: it is no person and has no directory item. */
export const SYSTEM_ACTOR_ID = "system:daily-run";

/** Someone who acted: a subject of an organisation (the token's `sub` and `org`). */
export interface PersonRef {
  readonly orgNumber: string;
  readonly sub: string;
}

/**
 * A person's opaque id: a hash of their organisation and subject, so a view can name them
 * without showing a subject (which may be an address or a personal number at some providers),
 * and one organisation's token can only ever name its own people.
 */
export function personIdOf({ orgNumber, sub }: PersonRef): string {
  return createHash("sha256")
    .update(JSON.stringify([orgNumber, sub]))
    .digest("base64url")
    .slice(0, 22);
}

// C0 and C1 controls, and the format characters that reorder or hide text (bidi overrides,
// zero-width joiners): a name is shown to other people, and must read as what it is.
const UNSHOWABLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/** The name a token gives, if it is one to keep: trimmed, 1–200 characters, nothing hidden. */
export function keepableName(raw: unknown): string | undefined {
  if (typeof raw !== "string") return undefined;
  const name = raw.trim();
  if (name === "" || name.length > MAX_PERSON_NAME || UNSHOWABLE.test(name)) return undefined;
  return name;
}

/**
 * Keeps `name` for the person, once: the write is skipped by DynamoDB when the name is already
 * the one kept (a condition, not a read first), so a person acting all day writes once.
 */
export const rememberPerson = /* @__PURE__ */ Effect.fn("store.rememberPerson")(function* (
  person: PersonRef,
  name: string,
  nowIso: string,
) {
  const kept = keepableName(name);
  if (!kept) return false;
  // Skipped by its condition when the name kept is this one already: false, and no error. The
  // entry's version counts its changes: the entity tag of the person (`If-Match` of an erasure).
  const dynamo = yield* Dynamo;
  // The process's copy of the entry goes with the change (D-66).
  directoryCacheOf(dynamo).forget(personIdOf(person));
  return yield* dynamo.updateItem({
    key: keys.person(personIdOf(person)),
    update: "SET #name = :name, orgNumber = :org, updatedAt = :at ADD version :one",
    // An erased person's entry (D-59) stays a tombstone: their id is never named again.
    condition: "(attribute_not_exists(pk) OR #name <> :name) AND attribute_not_exists(erased)",
    names: { "#name": "name" },
    values: { ":name": kept, ":org": person.orgNumber, ":at": nowIso, ":one": 1 },
  });
});

/**
 * D-65: keeps the name of a person the directory knows by id only — a collaboration group's
 * member, typed by a coordinator, who may never sign in. As `rememberPerson`, never over an
 * erased person's tombstone.
 */
export const rememberPersonById = /* @__PURE__ */ Effect.fn("store.rememberPersonById")(function* (
  personId: string,
  orgNumber: string,
  name: string,
  nowIso: string,
) {
  const kept = keepableName(name);
  if (!kept) return false;
  const dynamo = yield* Dynamo;
  directoryCacheOf(dynamo).forget(personId);
  return yield* dynamo.updateItem({
    key: keys.person(personId),
    update: "SET #name = :name, orgNumber = :org, updatedAt = :at ADD version :one",
    condition: "(attribute_not_exists(pk) OR #name <> :name) AND attribute_not_exists(erased)",
    names: { "#name": "name" },
    values: { ":name": kept, ":org": orgNumber, ":at": nowIso, ":one": 1 },
  });
});

/** A person's directory entry: name (none once erased), organisation, version (0: none). */
export const readPerson = /* @__PURE__ */ Effect.fn("store.readPerson")(function* (
  personId: string,
) {
  const item = yield* (yield* Dynamo).getItem(keys.person(personId));
  if (!item) return null;
  return {
    name: typeof item.name === "string" ? item.name : null,
    orgNumber: item.orgNumber as string,
    erased: item.erased === true,
    version: Number(item.version ?? 0),
    updatedAt: (item.updatedAt as string | undefined) ?? null,
  };
});

/** Names by person id, and the ids of people erased (D-59), who have no name. */
export type DirectoryNames = Map<string, string> & { readonly erased: Set<string> };

/** The longest list of people one view may look up (two `BatchGetItem`s). */
export const MAX_PEOPLE_PER_VIEW = 200;

/**
 * The directory's names of these people, by id (one `BatchGetItem` per 100 distinct people). A
 * view passes the people of one page, which its page size bounds; more than
 * `MAX_PEOPLE_PER_VIEW` is a programming error.
 */
export const personNames = /* @__PURE__ */ Effect.fn("store.personNames")(function* (
  people: readonly PersonRef[],
) {
  const ids = [...new Set(people.map(personIdOf))];
  if (ids.length > MAX_PEOPLE_PER_VIEW)
    return yield* Effect.die(
      new Error(`${ids.length} people in one view, over ${MAX_PEOPLE_PER_VIEW}`),
    );
  // D-59: the people erased under a deletion decision, whom views show as "(raderad person)".
  const names: DirectoryNames = Object.assign(new Map<string, string>(), {
    erased: new Set<string>(),
  });
  if (ids.length === 0) return names;
  const itemOf = yield* readItems(ids.map((id) => keys.person(id)));
  for (const id of ids) {
    const item = itemOf(keys.person(id));
    if (item?.erased === true) names.erased.add(id);
    else if (typeof item?.name === "string") names.set(id, item.name);
  }
  return names;
});
