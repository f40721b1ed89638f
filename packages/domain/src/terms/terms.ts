import * as z from "zod/mini";
import { PERIODS_PER_YEAR } from "../calendar/periods";

const periodsPerYear = /* @__PURE__ */ z.int().check(
  z.refine(
    (n): n is (typeof PERIODS_PER_YEAR)[number] =>
      (PERIODS_PER_YEAR as readonly number[]).includes(n),
    // A function, so that nothing runs when the schema is left out of a bundle.
    {
      error: () => `must divide the year into whole months: one of ${PERIODS_PER_YEAR.join(", ")}`,
    },
  ),
);

/**
 * D-45: whether each concrete activity needs a special agreement (R14) and who signs it. Data of
 * the template; the LTU–NoK letter: yes, both principal parties with every project party.
 */
export const SpecialAgreementTerms = /* @__PURE__ */ z.strictObject({
  required: /* @__PURE__ */ z.boolean(),
  signedBy: /* @__PURE__ */ z.enum(["principal-parties", "principal-and-project-parties"]),
});
export type SpecialAgreementTerms = z.infer<typeof SpecialAgreementTerms>;

/**
 * The terms of a letter of intent as data, so that the same rules serve other letters. A letter's
 * terms come from its template (D-45, `packages/domain/templates/*.json`); the two fields added
 * with templates are optional so that letters drafted before them still parse.
 */
export const Terms = /* @__PURE__ */ z.object({
  /** Months of notice before the letter ends (R18: "tre månaders varsel"). */
  noticeMonths: /* @__PURE__ */ z.int().check(z.minimum(1), z.maximum(24)),
  /** Leadership dialogs a year (R10: "två gånger per år"); D-2 counts one per period. */
  dialogsPerYear: periodsPerYear,
  /** Days before a dialog that its basis is due (R12, D-3). */
  basisLeadDays: /* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(90)),
  /** Structure reviews a year (R15: "en gång per år"; D-5). */
  structureReviewsPerYear: periodsPerYear,
  /** Needs reviews a year (R13: "årliga dialoger"; D-4); absent on letters drafted before D-45. */
  needsReviewsPerYear: /* @__PURE__ */ z.optional(periodsPerYear),
  /** R14's special agreements (D-45); absent on letters drafted before it. */
  specialAgreement: /* @__PURE__ */ z.optional(SpecialAgreementTerms),
});
export type Terms = z.infer<typeof Terms>;

/** R13 (D-4): needs reviews a year under `terms`; absent on letters drafted before D-45 = yearly. */
export function needsReviewsPerYearOf(terms: Terms): number {
  return terms.needsReviewsPerYear ?? 1;
}

/** R14 as the letter was first written: every activity needs one, signed by every party. */
const LETTER_SPECIAL_AGREEMENT: SpecialAgreementTerms = {
  required: true,
  signedBy: "principal-and-project-parties",
};

/**
 * R14 (D-63): the special-agreement terms under `terms`; absent on letters drafted before D-45 =
 * required and signed by both principal parties and every project party, as the letter had it.
 */
export function specialAgreementTermsOf(terms: Terms): SpecialAgreementTerms {
  return terms.specialAgreement ?? LETTER_SPECIAL_AGREEMENT;
}
