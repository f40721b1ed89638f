// The person keys a process has read, kept briefly (D-66) so that a command seals its actor's name
// and a view opens its signers' names without a request of its own: a command then makes one read
// and one transaction, a read of a signed letter one GetItem.
//
// A key is the same bytes for as long as it exists; what can change is that it is deleted
// (erasure). The process that erases forgets the key at once; any other warm process stops using
// it within KEY_TTL_MS. That is the bound on how late an erasure takes effect in views, stated in
// docs/personal-data.md. A key is never written anywhere but memory.

import { BoundedMap } from "../bounded-map";

/** How long a read key is used without reading it again. */
export const KEY_TTL_MS = 60_000;
/** At most this many people's keys a process keeps (≈ 100 bytes each); the oldest go first. */
export const MAX_CACHED_KEYS = 1_000;

/** A person's data key, as read or made. */
export interface PersonKey {
  readonly keyId: string;
  readonly key: Buffer;
}

/** What a process keeps of people for `KEY_TTL_MS`, at most `MAX_CACHED_KEYS` of them. */
export class PeopleCache<V> extends BoundedMap<string, V> {
  constructor(now: () => number = Date.now) {
    super(MAX_CACHED_KEYS, { ttlMs: KEY_TTL_MS, now });
  }

  /** Forgets a person at once: renamed or erased in this process. */
  forget(personId: string): void {
    this.delete(personId);
  }
}

/** The person keys a process has read. */
export class PersonKeyCache extends PeopleCache<PersonKey> {}

/**
 * The people directory's entries a process has read (D-66): a signer recorded with a plain name
 * (before D-58) is looked up there on every read of the letter, for their name or whether they
 * were erased. Kept as keys are, and forgotten at once by the process that renames or erases.
 */
export type DirectoryEntry =
  | { readonly name: string }
  | { readonly erased: true }
  /** Not in the directory (a signer of a letter loaded from events): not erased, no name. */
  | { readonly unknown: true };
const directories = new WeakMap<object, PeopleCache<DirectoryEntry>>();

/** The directory cache of the store service `dynamo`. */
export function directoryCacheOf(dynamo: object): PeopleCache<DirectoryEntry> {
  let cache = directories.get(dynamo);
  if (!cache) {
    cache = new PeopleCache();
    directories.set(dynamo, cache);
  }
  return cache;
}

// One cache per table service and wrapping key: two runtimes in one process (tests, `pnpm dev`'s
// API and daily run) on different tables or wrapping keys never share keys, and a key read under
// one wrapping key is never used under another.
const caches = new WeakMap<object, WeakMap<Buffer, PersonKeyCache>>();

/** The cache of the store service `dynamo` under the wrapping key `wrapping`. */
export function personKeyCacheOf(dynamo: object, wrapping: Buffer): PersonKeyCache {
  let byWrapping = caches.get(dynamo);
  if (!byWrapping) {
    byWrapping = new WeakMap();
    caches.set(dynamo, byWrapping);
  }
  let cache = byWrapping.get(wrapping);
  if (!cache) {
    cache = new PersonKeyCache();
    byWrapping.set(wrapping, cache);
  }
  return cache;
}
