import { RULE_CLAUSES, RULE_IDS } from "@samverkan/domain";
import { describe, expect, it } from "vitest";
import { RULE_CLAUSE, RULES } from "../../src/letter/letter-text";

// The letter's own text is its template's (D-45); packages/domain/test/templates.test.ts checks
// that every rule sits beside a sentence of the clause it comes from.
describe("the letter's rules beside its text", () => {
  it("every rule id of the domain (R1 onward) is here, each cited by the clause the domain names", () => {
    expect(RULES).toEqual([...RULE_IDS]);
    expect(RULE_CLAUSE).toEqual(RULE_CLAUSES);
  });
});
