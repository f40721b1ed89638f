import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import * as Effect from "effect/Effect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  deletePersonKey,
  openSealed,
  PersonKeyWrapping,
  sealForPerson,
  wrappingKeyOf,
} from "../src/index";
import { KEY_TTL_MS, MAX_CACHED_KEYS, PersonKeyCache } from "../src/store/person-key-cache";
import { createHarness, type Harness } from "./support/harness";

// D-66: the person keys a process has read are kept for KEY_TTL_MS, at most MAX_CACHED_KEYS of
// them, so that a command seals its actor's name and a view opens its signers' names without a
// request of their own; the process that erases forgets the key at once.

const key = (n: number) => ({ keyId: `k${n}`, key: Buffer.alloc(32, n) });

describe("D-66 the process's cache of person keys", () => {
  it("keeps a key for its time to live and no longer", () => {
    let now = 1_000;
    const cache = new PersonKeyCache(() => now);
    cache.set("p", key(1));
    now += KEY_TTL_MS - 1;
    expect(cache.get("p")?.keyId).toBe("k1");
    now += 1;
    expect(cache.get("p")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it(`keeps at most ${MAX_CACHED_KEYS} keys, the oldest leaving first, and forgets one on request`, () => {
    const cache = new PersonKeyCache(() => 0);
    for (let n = 0; n < MAX_CACHED_KEYS + 5; n++) cache.set(`p${n}`, key(n % 250));
    expect(cache.size).toBe(MAX_CACHED_KEYS);
    expect(cache.get("p0")).toBeUndefined();
    expect(cache.get("p4")).toBeUndefined();
    expect(cache.get("p5")?.keyId).toBe("k5");
    cache.forget("p5");
    expect(cache.get("p5")).toBeUndefined();
  });
});

describe("D-66 sealing and opening through the cache", () => {
  let h: Harness;
  const requests: string[] = [];
  beforeAll(async () => {
    h = await createHarness({
      wrapClient: (client) =>
        new Proxy(client, {
          get(target, property, receiver) {
            if (property !== "send") return Reflect.get(target, property, receiver);
            return (command: { constructor: { name: string } }, ...rest: unknown[]) => {
              requests.push(command.constructor.name);
              return (target.send as (...a: unknown[]) => Promise<unknown>)(command, ...rest);
            };
          },
        }) as DynamoDBClient,
    });
  });
  afterAll(() => h.close());

  const wrapping = wrappingKeyOf("cache-test");
  const withWrapping = <A, E, R>(effect: Effect.Effect<A, E, R>, key = wrapping) =>
    Effect.provideService(effect, PersonKeyWrapping, key);
  const NOW = new Date().toISOString();

  it("seals and opens a second time without a request, forgets an erased key at once, and never shares a key across wrapping keys", async () => {
    const sealed = await h.run(withWrapping(sealForPerson("cached-a", "1", "Nora Nilsson", NOW)));
    requests.length = 0;
    const again = await h.run(withWrapping(sealForPerson("cached-a", "1", "Nora Berg", NOW)));
    const opened = await h.run(withWrapping(openSealed([sealed, again])));
    expect(opened.opened.get(sealed)).toBe("Nora Nilsson");
    expect(opened.opened.get(again)).toBe("Nora Berg");
    expect(requests).toEqual([]);

    // Under another wrapping key the key is read again — and does not open.
    const other = await h.run(withWrapping(openSealed([sealed]), wrappingKeyOf("another stage")));
    expect(other.opened.get(sealed)).toBeNull();
    expect(requests).toEqual(["BatchGetItemCommand"]);

    await h.run(withWrapping(deletePersonKey("cached-a")));
    const erased = await h.run(withWrapping(openSealed([sealed, again])));
    expect(erased.opened.get(sealed)).toBeNull();
    expect(erased.opened.get(again)).toBeNull();
  });
});
