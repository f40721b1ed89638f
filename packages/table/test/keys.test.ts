import { describe, expect, it } from "vitest";
import {
  keys,
  TABLE_DEFINITION,
  TABLE_DESIGN,
  WORKSPACE_HEADERS,
  workspaceCsp,
} from "../src/index";

// The key design is what every query relies on: a `begins_with(sk, prefix)` query of one kind
// must never return an item of another kind, and events must sort by their sequence number.

const letterId = "8f0c2b7e-6b1a-4a4e-9a55-0b7c2f3e1d2a";
// One sample key of each kind that lives in a letter's partition, with the prefix its lists use.
const kinds: Array<[string, string, string | undefined]> = [
  ["head", keys.letter(letterId).sk, undefined],
  ["event", keys.event(letterId, 1).sk, keys.eventPrefix],
  ["activity", keys.activity(letterId, "a").sk, keys.activityPrefix],
  ["dialog", keys.dialog(letterId, "d").sk, keys.dialogPrefix],
  ["need", keys.need(letterId, "n").sk, keys.needPrefix],
  ["funding", keys.funding(letterId, "f").sk, keys.fundingPrefix],
  ["watch", keys.watch(letterId, "w").sk, keys.watchPrefix],
  ["notification", keys.notification(letterId, "r").sk, keys.notificationPrefix],
  ["feed", keys.calendarFeed(letterId, "h").sk, "FEED#"],
  ["contacts", keys.contacts(letterId, "5564646870").sk, keys.contactsPrefix],
  ["policy", keys.reminderPolicy(letterId).sk, undefined],
  ["digest", keys.digest(letterId, "2026-12-01#0").sk, "DIGEST#"],
  ["mail", keys.mailDelivery(letterId, "m", "p").sk, "MAIL#"],
];

describe("the table's keys", () => {
  it("a list's prefix matches only its own kind of item in a letter's partition", () => {
    for (const [kind, , prefix] of kinds) {
      if (!prefix) continue;
      const matched = kinds.filter(([, sk]) => sk.startsWith(prefix)).map(([name]) => name);
      expect(matched, `${kind} (${prefix})`).toEqual([kind]);
    }
  });

  it("every item of a letter is in the letter's partition; memberships are in the organisation's", () => {
    const pk = keys.letter(letterId).pk;
    for (const key of [
      keys.event(letterId, 1),
      keys.activity(letterId, "a"),
      keys.contacts(letterId, "5564646870"),
      keys.reminderPolicy(letterId),
    ])
      expect(key.pk).toBe(pk);
    const membership = keys.membership("5564646870", letterId);
    expect(membership.pk).toBe(keys.membershipsOf("5564646870"));
    expect(membership.sk).toBe(pk);
  });

  it("events sort by sequence number as strings, as DynamoDB sorts them", () => {
    const sequences = [1, 2, 9, 10, 11, 99, 100, 1_000_000];
    const sorted = sequences.map((n) => keys.event(letterId, n).sk).sort();
    expect(sorted).toEqual(sequences.map((n) => keys.event(letterId, n).sk));
  });

  it("the table definition declares the design's keys and index", () => {
    const names = TABLE_DEFINITION.AttributeDefinitions.map((a) => a.AttributeName);
    expect(names).toEqual([
      TABLE_DESIGN.partitionKey,
      TABLE_DESIGN.sortKey,
      TABLE_DESIGN.dueDateIndex.partitionKey,
      TABLE_DESIGN.dueDateIndex.sortKey,
    ]);
    expect(TABLE_DEFINITION.GlobalSecondaryIndexes[0]?.IndexName).toBe(
      TABLE_DESIGN.dueDateIndex.name,
    );
  });
});

describe("the workspace's Content-Security-Policy with its identity provider (issue #21)", () => {
  it("lets the workspace reach its identity provider's origin, and only that, over https (or loopback http locally)", () => {
    const csp = workspaceCsp("https://login.example.se/tenant/v2.0?x=1");
    expect(csp).toContain("connect-src 'self' https://login.example.se;");
    expect(csp).not.toContain("tenant");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(workspaceCsp()).toBe(WORKSPACE_HEADERS.contentSecurityPolicy);
    expect(workspaceCsp("http://127.0.0.1:3001")).toContain(
      "connect-src 'self' http://127.0.0.1:3001;",
    );
    expect(() => workspaceCsp("http://login.example.se")).toThrow(/https/);
    expect(() => workspaceCsp("login.example.se")).toThrow(/URL/);
  });
});
