import { describe, expect, it } from "vitest";
import {
  dueItemStatus,
  dueItemsFor,
  dueItemsOf,
  letterObligations,
  MAX_DUE_ITEMS_PER_LETTER,
} from "../src/index";
import { LTU, NOK, OUTSIDER } from "./support/fixtures";
import { d, draftLetter, signedLetter, stateOf } from "./support/letters";

// Issue 20, item 4: what a letter has due, for whom (D-48).

describe("D-48 due items of a letter", () => {
  it("R21 D-48 every open obligation is an item both principal parties owe, with its rule, clause and the page to act on", () => {
    const letter = stateOf(signedLetter("2025-10-01"));
    const asOf = d("2026-12-31");
    const items = dueItemsOf(letter, [], [], asOf);
    const open = letterObligations(letter, asOf).filter(
      (o) => o.status !== "fulfilled" && o.status !== "lapsed" && o.status !== "lapsing",
    );
    expect(items.map((item) => item.id).sort()).toEqual(open.map((o) => o.id).sort());
    for (const item of items) {
      expect(item.owedBy).toEqual([NOK.orgNumber, LTU.orgNumber]);
      expect(item.role).toBe("coordinator");
      expect(item.clause).toBeTruthy();
      expect(item.action.startsWith(`/avtal/${letter.letterId}/`)).toBe(true);
    }
    expect(items.find((item) => item.kind === "structure-review")?.action).toBe(
      `/avtal/${letter.letterId}/strukturuppfoljning`,
    );
    const days = items.map((item) => item.dueOn);
    expect(days).toEqual([...days].sort());
  });

  it("R17 D-48 a draft owes each unsigned party's signature, to that party's signatories only", () => {
    const letter = stateOf(draftLetter());
    const items = dueItemsOf(letter, [], [], letter.draftedOn);
    expect(items.map((item) => [item.kind, item.owedBy, item.role])).toEqual(
      expect.arrayContaining([
        ["letter-signature", [NOK.orgNumber], "signatory"],
        ["letter-signature", [LTU.orgNumber], "signatory"],
      ]),
    );
    expect(items).toHaveLength(2);
    expect(dueItemsFor(items, OUTSIDER.orgNumber)).toEqual([]);
  });

  it(`D-48 an organisation's index keeps at most ${MAX_DUE_ITEMS_PER_LETTER} items of one letter, the earliest due`, () => {
    const letter = stateOf(signedLetter("2012-01-10"));
    const items = dueItemsOf(letter, [], [], d("2026-12-31"));
    expect(items.length).toBeGreaterThan(MAX_DUE_ITEMS_PER_LETTER);
    const kept = dueItemsFor(items, NOK.orgNumber);
    expect(kept).toEqual(items.slice(0, MAX_DUE_ITEMS_PER_LETTER));
  });

  it("D-48 D-7 an item's status on a day: overdue after its day, due soon within 14 days, else upcoming", () => {
    expect(dueItemStatus(d("2026-06-30"), d("2026-07-01"))).toBe("overdue");
    expect(dueItemStatus(d("2026-06-30"), d("2026-06-30"))).toBe("due-soon");
    expect(dueItemStatus(d("2026-06-30"), d("2026-06-16"))).toBe("due-soon");
    expect(dueItemStatus(d("2026-06-30"), d("2026-06-15"))).toBe("upcoming");
  });

  it("R20 D-48 nothing is due once the letter has ended", () => {
    const letter = { ...stateOf(signedLetter("2025-10-01")), endedOn: d("2026-03-31") };
    expect(dueItemsOf(letter, [], [], d("2026-04-01"))).toEqual([]);
  });
});
