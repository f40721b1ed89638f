import {
  builtInTemplates,
  checkTemplate,
  EXAMPLE_TEMPLATE_ID,
  type LetterTemplate,
  type Terms,
} from "../../src/index";

/**
 * Test-only templates (D-63): the example letter with the terms no built-in template has, so that
 * the properties also run where R13's cadence and R14's special agreements differ from LTU–NoK.
 * Read through `checkTemplate` like any template; the shipped example stays as it is.
 */
function variant(id: string, name: string, terms: Partial<Terms>): LetterTemplate {
  const example = builtInTemplates().find((t) => t.id === EXAMPLE_TEMPLATE_ID);
  if (!example) throw new Error("The example template is missing");
  const result = checkTemplate({
    ...example,
    id,
    name: { sv: name, en: name },
    terms: { ...example.terms, ...terms },
  });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.field}: ${e.message}`).join("; "));
  return result.template;
}

/** Two dialogs and two needs reviews a year; special agreements signed by the principal parties only. */
export const TWICE_YEARLY_REVIEWS = variant("test-twice-yearly-reviews", "Test: reviews twice", {
  dialogsPerYear: 2,
  needsReviewsPerYear: 2,
  specialAgreement: { required: true, signedBy: "principal-parties" },
});

/** Four dialogs and four needs reviews a year; activities may start without an agreement signed. */
export const NO_SPECIAL_AGREEMENT = variant("test-no-special-agreement", "Test: no agreement", {
  dialogsPerYear: 4,
  needsReviewsPerYear: 4,
  specialAgreement: { required: false, signedBy: "principal-parties" },
});

/** Every template the domain's properties run over: the built-in ones and the test-only ones. */
export const propertyTemplates = (): readonly LetterTemplate[] => [
  ...builtInTemplates(),
  TWICE_YEARLY_REVIEWS,
  NO_SPECIAL_AGREEMENT,
];
