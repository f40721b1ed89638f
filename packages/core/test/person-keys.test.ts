import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  deletePersonKey,
  getItem,
  openSealed,
  PersonKeyWrapping,
  sealedParts,
  sealForPerson,
  wrappingKeyOf,
} from "../src/index";
import { createHarness, type Harness } from "./support/harness";

// D-58: crypto-shredding. A name sealed with a person's key opens while the key exists, with the
// stage's wrapping key only, and never again once the key is deleted.

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const NOW = "2026-12-01T10:00:00Z";
const withWrapping = <A, E, R>(effect: Effect.Effect<A, E, R>, secret: string) =>
  Effect.provideService(effect, PersonKeyWrapping, wrappingKeyOf(secret));

describe("D-58 a key per person seals names in events", () => {
  it("seals with the person's key, opens with it, and opens to nothing under another wrapping key, another person's id, tampering or after the key is deleted", async () => {
    const sealed = await h.run(
      withWrapping(sealForPerson("person-a", "1", "Nora Nilsson", NOW), "s1"),
    );
    expect(sealed).not.toContain("Nora");
    expect(sealedParts(sealed)?.personId).toBe("person-a");
    // The same person's second name is sealed with the same key (one key per person).
    const again = await h.run(withWrapping(sealForPerson("person-a", "1", "Nora Berg", NOW), "s1"));
    expect(sealedParts(again)?.keyId).toBe(sealedParts(sealed)?.keyId);

    const open = (values: string[], secret = "s1") =>
      h.run(withWrapping(openSealed(values), secret)).then((r) => r.opened);
    expect((await open([sealed, again])).get(sealed)).toBe("Nora Nilsson");
    expect((await open([again])).get(again)).toBe("Nora Berg");
    // The key item is wrapped: another stage's wrapping key opens nothing.
    expect((await open([sealed], "s2")).get(sealed)).toBeNull();
    // Another person's id on the same ciphertext: bound to the person, it does not open.
    const moved = sealed.replace("person-a", "person-b");
    await h.run(withWrapping(sealForPerson("person-b", "1", "Lars", NOW), "s1"));
    expect((await open([moved])).get(moved)).toBeNull();
    const tampered = `${sealed.slice(0, -2)}${sealed.endsWith("A") ? "B" : "A"}A`;
    expect((await open([tampered])).get(tampered)).toBeNull();
    expect((await open(["not sealed"])).get("not sealed")).toBeNull();

    const item = await h.run(getItem(keys.personKey("person-a")));
    expect(JSON.stringify(item)).not.toContain("Nora");
    await h.run(deletePersonKey("person-a"));
    expect(await h.run(getItem(keys.personKey("person-a")))).toBeNull();
    expect((await open([sealed, again])).get(sealed)).toBeNull();
    expect((await open([again])).get(again)).toBeNull();
  });
});
