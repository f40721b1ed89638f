import { describe, expect, it } from "vitest";
import {
  builtInTemplate,
  builtInTemplates,
  checkTemplate,
  EXAMPLE_TEMPLATE_ID,
  FOCUS_AREAS,
  FocusAreas,
  findTemplate,
  LetterEvent,
  type LetterTemplate,
  LTU_NOK_TEMPLATE_ID,
  latestTemplates,
  membersRepresented,
  RULE_CLAUSES,
  RULE_IDS,
  TEMPLATE_BOUNDS,
} from "../src/index";
import ltuNokFile from "../templates/ltu-nok.json";
import { KIRUNA, LTU, NOK } from "./support/fixtures";
import { signedLetter, stateOf } from "./support/letters";

const copy = (): LetterTemplate => structuredClone(ltuNokFile) as LetterTemplate;
const fieldsOf = (input: unknown) => {
  const result = checkTemplate(input);
  return result.ok ? [] : result.errors.map((error) => error.field);
};

describe("D-45 templates: a letter's terms and text as reviewed data", () => {
  it("R4 R10 R18 both built-in templates validate; the example is marked and has its own terms", () => {
    expect(builtInTemplates().map((t) => t.id)).toEqual([LTU_NOK_TEMPLATE_ID, EXAMPLE_TEMPLATE_ID]);
    const example = builtInTemplate(EXAMPLE_TEMPLATE_ID);
    expect(example?.example).toBe(true);
    expect(example?.name.sv).toMatch(/^Exempel/);
    expect(example?.terms).toMatchObject({ noticeMonths: 6, dialogsPerYear: 1 });
    expect(example?.focusAreas).toHaveLength(4);
    expect(builtInTemplate(LTU_NOK_TEMPLATE_ID)?.example).toBe(false);
  });

  it("R1 R4 the LTU–NoK letter is drafted from its template and keeps its id and version", () => {
    const letter = stateOf(signedLetter());
    expect(letter.template).toEqual({ id: "ltu-nok", version: 1 });
    expect(letter.focusAreas).toEqual(ltuNokFile.focusAreas.map((area) => area.id));
    expect(letter.parties.map((p) => p.orgNumber)).toEqual([NOK.orgNumber, LTU.orgNumber]);
  });

  it("every rule sits beside a sentence of the LTU–NoK template's clause it comes from (R21 included)", () => {
    const template = builtInTemplate(LTU_NOK_TEMPLATE_ID);
    for (const rule of RULE_IDS) {
      const clauses = (template?.clauses ?? []).filter((clause) =>
        clause.sentences.some((s) => s.rules.includes(rule)),
      );
      expect(
        clauses.map((c) => c.heading.sv),
        rule,
      ).toContain(RULE_CLAUSES[rule]);
    }
  });

  it("R2 R18 the LTU–NoK template keeps the letter's words: the numbers as corrected and three months' notice", () => {
    const template = builtInTemplate(LTU_NOK_TEMPLATE_ID);
    const text = (template?.clauses ?? []).flatMap((c) => c.sentences.map((s) => s.sv)).join(" ");
    expect(text).toContain("org. nr 222000-0653");
    expect(text).toContain("org. nr 202100-2841");
    expect(text).toContain("tre månaders varsel");
    expect(text).not.toMatch(/fiir|ftir|Partema|284I/);
  });

  it("finding: a basis lead time longer than the dialog period — R12 the template is refused naming terms.basisLeadDays", () => {
    const template = copy();
    template.terms = { ...template.terms, dialogsPerYear: 12, basisLeadDays: 30 };
    expect(fieldsOf(template)).toEqual(["terms.basisLeadDays"]);
    // 27 days fit in the shortest monthly period (28 days): accepted.
    template.terms = { ...template.terms, basisLeadDays: 27 };
    expect(checkTemplate(template).ok).toBe(true);
  });

  it("finding: the template's needs-review cadence and special-agreement terms are not read by any rule — R13 more needs reviews a year than dialogs is refused naming terms.needsReviewsPerYear", () => {
    const template = copy();
    template.terms = { ...template.terms, dialogsPerYear: 2, needsReviewsPerYear: 4 };
    expect(fieldsOf(template)).toEqual(["terms.needsReviewsPerYear"]);
    // As many reviews as dialogs: each dialog holds one.
    template.terms = { ...template.terms, needsReviewsPerYear: 2 };
    expect(checkTemplate(template).ok).toBe(true);
  });

  it("finding: an unknown rule id in a clause — the template is refused naming the clause's field", () => {
    const template = copy();
    template.clauses[1]?.sentences[0]?.rules.push("R99");
    expect(fieldsOf(template)).toEqual(["clauses[1].sentences[0].rules[1]"]);
  });

  it("finding: duplicate focus areas — R4 the template is refused naming the repeated one", () => {
    const template = copy();
    template.focusAreas.push({ id: "education", sv: "utbildning igen", en: "Education again" });
    expect(fieldsOf(template)).toEqual(["focusAreas[5].id"]);
  });

  it("R1 a template whose two usual parties are one organisation is refused", () => {
    const template = copy();
    template.parties[1].usual = template.parties[0].usual;
    expect(fieldsOf(template)).toEqual(["parties[1].usual.orgNumber"]);
  });

  it("finding: a template that does not parse lists each field, at most 20 errors", () => {
    expect(fieldsOf({ ...copy(), version: 0, terms: { noticeMonths: 0 } })).toEqual(
      expect.arrayContaining(["version", "terms.noticeMonths", "terms.dialogsPerYear"]),
    );
    expect(fieldsOf({ ...copy(), typo: true })).toEqual(["(template)"]);
    expect(fieldsOf("not a template")).toEqual(["(template)"]);
    const many = copy();
    for (const clause of many.clauses) for (const s of clause.sentences) s.rules.push("R0");
    const result = checkTemplate(many);
    expect(result.ok).toBe(false);
    expect(result.ok ? 0 : result.errors.length).toBe(TEMPLATE_BOUNDS.errors);
  });

  it("bounds: at most 40 clauses and 12 focus areas", () => {
    const template = copy();
    const clause = template.clauses[0];
    if (!clause) throw new Error("no clause");
    template.clauses = Array.from({ length: 41 }, (_, i) => ({ ...clause, anchor: `c${i}` }));
    expect(fieldsOf(template)).toEqual(["clauses"]);
    const areas = copy();
    areas.focusAreas = Array.from({ length: 13 }, (_, i) => ({ id: `a${i}`, sv: "x", en: "x" }));
    expect(fieldsOf(areas)).toEqual(["focusAreas"]);
  });

  it("finding: focus areas were a fixed union — D-47 events recorded before templates still parse, the five old slugs with them", () => {
    const drafted = signedLetter().find((event) => event.type === "LetterDrafted");
    const { template: _template, ...before } = drafted as Extract<
      LetterEvent,
      { type: "LetterDrafted" }
    >;
    const parsed = LetterEvent.safeParse({
      ...before,
      terms: { noticeMonths: 3, dialogsPerYear: 2, basisLeadDays: 14, structureReviewsPerYear: 1 },
    });
    expect(parsed.success).toBe(true);
    expect(stateOf([parsed.data as LetterEvent]).template).toBeUndefined();
    expect(FocusAreas.safeParse([...FOCUS_AREAS]).success).toBe(true);
    expect(FocusAreas.safeParse(["Tourism!"]).success).toBe(false);
  });

  it("a letter keeps the version it was drafted from: a catalogue finds each version, and offers the latest", () => {
    const v1 = builtInTemplate(EXAMPLE_TEMPLATE_ID) as LetterTemplate;
    const v2 = { ...v1, version: 2, terms: { ...v1.terms, noticeMonths: 9 } };
    const catalogue = [v1, v2];
    expect(findTemplate(catalogue, v1.id)?.version).toBe(2);
    expect(findTemplate(catalogue, v1.id, 1)?.terms.noticeMonths).toBe(6);
    expect(findTemplate(catalogue, v1.id, 3)).toBeUndefined();
    expect(latestTemplates(catalogue)).toEqual([v2]);
  });

  it("R3 members come from the template: the representing party's configured organisations, none for a template without", () => {
    const ltuNok = builtInTemplate(LTU_NOK_TEMPLATE_ID);
    const example = builtInTemplate(EXAMPLE_TEMPLATE_ID);
    expect(membersRepresented([NOK, LTU], [KIRUNA], ltuNok)).toEqual([KIRUNA]);
    expect(membersRepresented([NOK, LTU], [KIRUNA], example)).toEqual([]);
  });
});
