import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { type ItemKey, keys } from "@samverkan/table";
import * as Context from "effect/Context";
import * as Effect from "effect/Effect";
import { Dynamo } from "./dynamo";
import { readItems } from "./letter-store";
import { MAX_PEOPLE_PER_VIEW } from "./people-store";
import { type PersonKey, personKeyCacheOf } from "./person-key-cache";

// Crypto-shredding (issue #22, D-58). A personal field that must stay in an event (the name a
// person signed with) is sealed with a key of that person's own: AES-256-GCM, node:crypto. The
// key is kept in one `PERSONKEY#` item, itself encrypted ("wrapped") by the wrapping key, so a
// copy of the table alone opens nothing. Erasure deletes the key item: every event sealed with it
// stays as it was — the trail is never rewritten — and is unreadable from then on.
//
// The wrapping key is a secret of the stage (`PersonKeyWrapping`, like the cursor key); in a
// deployment that must meet a records officer, the data keys would be wrapped by AWS KMS instead
// (GenerateDataKey / Decrypt), which only swaps `wrap`/`unwrap` below (docs/personal-data.md).

const ALGORITHM = "aes-256-gcm";
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** The prefix of a sealed value and its version: `pk1.<personId>.<keyId>.<iv>.<ciphertext+tag>`. */
const SEALED_PREFIX = "pk1";

/** The wrapping key as bytes: the configured secret (hashed to 32 bytes), or random per process. */
export const wrappingKeyOf = (configured: string | undefined): Buffer =>
  configured ? createHash("sha256").update(configured).digest() : randomBytes(32);

/**
 * The wrapping key of the data keys. A stage provides its secret (`PersonKeyWrapping`), `pnpm dev`
 * a file in `.data/`; without one (tests) it is random for the process, so names sealed by one
 * process open in no other.
 */
export const PersonKeyWrapping = Context.Reference<Buffer>("PersonKeyWrapping", {
  defaultValue: () => randomBytes(32),
});

const b64 = (bytes: Buffer) => bytes.toString("base64url");

function encrypt(key: Buffer, plain: Buffer, aad: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return `${b64(iv)}.${b64(body)}`;
}

/** The plain bytes, or undefined when the key is not the one (GCM's tag does not hold). */
function decrypt(key: Buffer, iv: string, sealed: string, aad: string): Buffer | undefined {
  try {
    const body = Buffer.from(sealed, "base64url");
    if (body.length < TAG_BYTES) return undefined;
    const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(body.subarray(0, body.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    return undefined;
  }
}

// The wrapped key is bound to its person and key id (GCM's additional data): a key item copied
// under another person's id does not open.
const keyAad = (personId: string, keyId: string) => `PERSONKEY|${personId}|${keyId}`;

function unwrap(
  item: Record<string, unknown> | null | undefined,
  personId: string,
  wrapping: Buffer,
) {
  if (typeof item?.keyId !== "string" || typeof item.wrapped !== "string") return undefined;
  const [iv, body] = item.wrapped.split(".");
  if (!iv || !body) return undefined;
  const key = decrypt(wrapping, iv, body, keyAad(personId, item.keyId));
  return key && key.length === 32 ? { keyId: item.keyId, key } : undefined;
}

/**
 * The person's data key, made on their first sealed field: from the process's cache (D-66), else
 * one `GetItem`, and for a new person one conditional put (a lost race reads the winner's key, so
 * one person never has two).
 */
export const personKey = /* @__PURE__ */ Effect.fn("store.personKey")(function* (
  personId: string,
  orgNumber: string,
  nowIso: string,
) {
  const dynamo = yield* Dynamo;
  const wrapping = yield* PersonKeyWrapping;
  const cache = personKeyCacheOf(dynamo, wrapping);
  const cached = cache.get(personId);
  if (cached) return cached;
  const existing = unwrap(yield* dynamo.getItem(keys.personKey(personId)), personId, wrapping);
  if (existing) {
    cache.set(personId, existing);
    return existing;
  }
  const made: PersonKey = { keyId: b64(randomBytes(9)), key: randomBytes(32) };
  const put = yield* dynamo.putItem({
    item: {
      ...keys.personKey(personId),
      keyId: made.keyId,
      wrapped: encrypt(wrapping, made.key, keyAad(personId, made.keyId)),
      orgNumber,
      createdAt: nowIso,
    },
    condition: "attribute_not_exists(pk)",
  });
  if (put) {
    cache.set(personId, made);
    return made;
  }
  const winner = unwrap(yield* dynamo.getItem(keys.personKey(personId)), personId, wrapping);
  // A key item this wrapping key cannot open is a configuration error, not the caller's.
  if (!winner) return yield* Effect.die(new Error(`the key of person ${personId} does not open`));
  cache.set(personId, winner);
  return winner;
});

const sealedAad = (personId: string, keyId: string) => `SEALED|${personId}|${keyId}`;

/** `text` sealed with the person's key: what an event keeps instead of the plain text. */
export const sealForPerson = /* @__PURE__ */ Effect.fn("store.sealForPerson")(function* (
  personId: string,
  orgNumber: string,
  text: string,
  nowIso: string,
) {
  const { keyId, key } = yield* personKey(personId, orgNumber, nowIso);
  return `${SEALED_PREFIX}.${personId}.${keyId}.${encrypt(key, Buffer.from(text), sealedAad(personId, keyId))}`;
});

/** The parts of a sealed value, or undefined when it is not one. */
export function sealedParts(sealed: string) {
  const parts = sealed.split(".");
  if (parts.length !== 5 || parts[0] !== SEALED_PREFIX) return undefined;
  const [, personId, keyId, iv, body] = parts as [string, string, string, string, string];
  return { personId, keyId, iv, body };
}

/**
 * Opens sealed values (one `BatchGetItem` for the keys of at most `MAX_PEOPLE_PER_VIEW` people
 * the process's cache does not hold (D-66), with any `alsoRead` keys a view needs in the same
 * request; none when there is nothing to read): each to its text, or to null when its person's
 * key is gone (erased) or is another one. Values of people beyond the bound open to null, like a
 * signer the directory does not know.
 */
export const openSealed = /* @__PURE__ */ Effect.fn("store.openSealed")(function* (
  sealed: readonly string[],
  alsoRead: readonly ItemKey[] = [],
) {
  const wrapping = yield* PersonKeyWrapping;
  const cache = personKeyCacheOf(yield* Dynamo, wrapping);
  const opened = new Map<string, string | null>();
  const people = [...new Set(sealed.flatMap((value) => sealedParts(value)?.personId ?? []))].slice(
    0,
    MAX_PEOPLE_PER_VIEW,
  );
  const keyOf = new Map<string, PersonKey | undefined>();
  for (const id of people) keyOf.set(id, cache.get(id));
  const uncached = people.filter((id) => !keyOf.get(id));
  const toRead = [...uncached.map((id) => keys.personKey(id)), ...alsoRead];
  const itemOf = toRead.length > 0 ? yield* readItems(toRead) : () => undefined;
  for (const id of uncached) {
    const read = unwrap(itemOf(keys.personKey(id)), id, wrapping);
    // Only keys found are kept: a key not found is erased, and the next view reads it again.
    if (read) cache.set(id, read);
    keyOf.set(id, read);
  }
  for (const value of sealed) {
    const parts = sealedParts(value);
    const key = parts && keyOf.get(parts.personId);
    const plain =
      parts && key && key.keyId === parts.keyId
        ? decrypt(key.key, parts.iv, parts.body, sealedAad(parts.personId, parts.keyId))
        : undefined;
    opened.set(value, plain ? plain.toString() : null);
  }
  return { opened, itemOf };
});

/** Shreds: deletes the person's key. Whatever was sealed with it is unreadable from now on. */
export const deletePersonKey = /* @__PURE__ */ Effect.fn("store.deletePersonKey")(function* (
  personId: string,
) {
  const dynamo = yield* Dynamo;
  yield* dynamo.transact([{ delete: { key: keys.personKey(personId) } }]);
  personKeyCacheOf(dynamo, yield* PersonKeyWrapping).forget(personId);
});

/** Whether the person has a key (for an export: the fact, never the key). */
export const personKeyCreatedAt = /* @__PURE__ */ Effect.fn("store.personKeyCreatedAt")(function* (
  personId: string,
) {
  const item = yield* (yield* Dynamo).getItem(keys.personKey(personId));
  return typeof item?.createdAt === "string" ? item.createdAt : null;
});
