import { RULE_CLAUSES, RULE_IDS } from "@samverkan/domain";
import { describe, expect, it } from "vitest";
import { LETTER_CLAUSES, RULE_CLAUSE, RULES } from "../../src/letter/letter-text";

describe("the letter's text beside its rules", () => {
  it("every rule id of the domain (R1 onward) is here, each cited by the clause the domain names", () => {
    expect(RULES).toEqual([...RULE_IDS]);
    expect(RULE_CLAUSE).toEqual(RULE_CLAUSES);
  });

  it("every rule sits beside a sentence of the clause it comes from (R21 included)", () => {
    for (const rule of RULE_IDS) {
      const clauses = LETTER_CLAUSES.filter((clause) =>
        clause.sentences.some((s) => s.rules.includes(rule)),
      );
      expect(
        clauses.map((c) => c.heading),
        rule,
      ).toContain(RULE_CLAUSES[rule]);
    }
  });

  it("keeps the letter's words: the parties' numbers as corrected (R2) and three months' notice (R18)", () => {
    const text = LETTER_CLAUSES.flatMap((c) => c.sentences.map((s) => s.text)).join(" ");
    expect(text).toContain("org. nr 222000-0653");
    expect(text).toContain("org. nr 202100-2841");
    expect(text).toContain("tre månaders varsel");
    expect(text).not.toMatch(/fiir|ftir|Partema|284I/);
  });
});
