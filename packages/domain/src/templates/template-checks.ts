import * as z from "zod/mini";
import { RULE_IDS } from "../rules/rule-ids";
import type { Terms } from "../terms/terms";
import { LetterTemplate, TEMPLATE_BOUNDS } from "./letter-template";

/** One reason a template is refused, naming its field as a path (`terms.basisLeadDays`). */
export interface TemplateError {
  readonly field: string;
  readonly message: string;
}

export type TemplateCheck =
  | { readonly ok: true; readonly template: LetterTemplate }
  | { readonly ok: false; readonly errors: readonly TemplateError[] };

const pathOf = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (joined, key) =>
      typeof key === "number"
        ? `${joined}[${key}]`
        : joined
          ? `${joined}.${String(key)}`
          : String(key),
    "",
  ) || "(template)";

/** The shortest dialog period in days: a period of 12 ÷ n months holds at least 28 days a month. */
const shortestPeriodDays = (perYear: number) => (12 / perYear) * 28;

/**
 * The terms' fields that must agree with each other, named as `terms.<field>`: for a template, and
 * for the new terms of an amendment (R26, D-63), which no template checks.
 */
export function termsErrors(terms: Terms): TemplateError[] {
  const errors: TemplateError[] = [];
  if (terms.basisLeadDays >= shortestPeriodDays(terms.dialogsPerYear))
    errors.push({
      field: "terms.basisLeadDays",
      message: `${terms.basisLeadDays} days is longer than a dialog period of ${12 / terms.dialogsPerYear} month(s): the basis would be due before the period begins (R12)`,
    });
  // D-63: a needs review is held at a leadership dialog (R13), so more reviews a year than
  // dialogs would oblige dialogs the dialog term does not ask for.
  if ((terms.needsReviewsPerYear ?? 1) > terms.dialogsPerYear)
    errors.push({
      field: "terms.needsReviewsPerYear",
      message: `${terms.needsReviewsPerYear} needs reviews a year is more than the ${terms.dialogsPerYear} leadership dialog(s) they are held at (R13)`,
    });
  return errors;
}

/** What the schema cannot say: fields that must agree with each other. */
function consistency(template: LetterTemplate): TemplateError[] {
  const errors = termsErrors(template.terms);
  const seenAreas = new Set<string>();
  template.focusAreas.forEach((area, i) => {
    if (seenAreas.has(area.id))
      errors.push({ field: `focusAreas[${i}].id`, message: `focus area ${area.id} repeats (R4)` });
    seenAreas.add(area.id);
  });
  const [first, second] = template.parties;
  if (first.usual && second.usual && first.usual.orgNumber === second.usual.orgNumber)
    errors.push({
      field: "parties[1].usual.orgNumber",
      message: "the two principal parties must be different organisations (R1)",
    });
  const names = template.memberOrganisations?.names ?? [];
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i)
      errors.push({ field: `memberOrganisations.names[${i}]`, message: `${name} repeats (R3)` });
  });
  const anchors = new Set<string>();
  template.clauses.forEach((clause, c) => {
    if (anchors.has(clause.anchor))
      errors.push({ field: `clauses[${c}].anchor`, message: `anchor ${clause.anchor} repeats` });
    anchors.add(clause.anchor);
    clause.sentences.forEach((sentence, s) => {
      sentence.rules.forEach((rule, r) => {
        if (!(RULE_IDS as readonly string[]).includes(rule))
          errors.push({
            field: `clauses[${c}].sentences[${s}].rules[${r}]`,
            message: `${rule} is no rule id (${RULE_IDS[0]}–${RULE_IDS[RULE_IDS.length - 1]})`,
          });
      });
    });
  });
  return errors;
}

/**
 * D-45: a template parsed and checked, or at most `TEMPLATE_BOUNDS.errors` errors each naming the
 * field (schema errors first; the consistency checks run only on a template that parses).
 */
export function checkTemplate(input: unknown): TemplateCheck {
  const parsed = z.safeParse(LetterTemplate, input);
  const errors: TemplateError[] = parsed.success
    ? consistency(parsed.data)
    : parsed.error.issues.map((issue) => ({ field: pathOf(issue.path), message: issue.message }));
  if (parsed.success && errors.length === 0) return { ok: true, template: parsed.data };
  return { ok: false, errors: errors.slice(0, TEMPLATE_BOUNDS.errors) };
}
