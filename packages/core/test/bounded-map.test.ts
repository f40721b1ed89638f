import { describe, expect, it } from "vitest";
import { BoundedMap } from "../src/bounded-map";

describe("what a process keeps in memory is bounded", () => {
  it("keeps at most `max` entries, the oldest leaving first", () => {
    const kept = new BoundedMap<string, number>(3);
    for (const [i, key] of ["a", "b", "c", "d", "e"].entries()) kept.set(key, i);
    expect(kept.size).toBe(3);
    expect([kept.get("a"), kept.get("b"), kept.get("c"), kept.get("e")]).toEqual([
      undefined,
      undefined,
      2,
      4,
    ]);
  });

  it("set again, an entry is the newest: it outlives those set after it was first", () => {
    const kept = new BoundedMap<string, number>(2);
    kept.set("a", 1);
    kept.set("b", 2);
    kept.set("a", 3);
    kept.set("c", 4);
    expect([kept.get("a"), kept.get("b"), kept.get("c")]).toEqual([3, undefined, 4]);
  });

  it("with a time to live, an entry is gone once it has passed, and no longer counts", () => {
    let now = 1_000;
    const kept = new BoundedMap<string, string>(10, { ttlMs: 60_000, now: () => now });
    kept.set("p1", "key");
    now += 59_999;
    expect(kept.get("p1")).toBe("key");
    now += 1;
    expect(kept.get("p1")).toBeUndefined();
    expect(kept.size).toBe(0);
  });

  it("deletes at once", () => {
    const kept = new BoundedMap<string, number>(2);
    kept.set("a", 1);
    kept.delete("a");
    expect(kept.get("a")).toBeUndefined();
  });
});
