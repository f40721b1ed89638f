import type { Amendments } from "@samverkan/client";
import type { I18n, MessageKey } from "../i18n/i18n";

/** R14's terms as the amendments page chooses them: needed and signed by whom, or not needed. */
export type SpecialAgreementChoice = "principal-and-project-parties" | "principal-parties" | "none";
type SpecialAgreementTerms = Amendments["termsInForce"]["specialAgreement"];

export const SPECIAL_AGREEMENT_CHOICES: readonly SpecialAgreementChoice[] = [
  "principal-and-project-parties",
  "principal-parties",
  "none",
];

export const choiceOf = (terms: SpecialAgreementTerms): SpecialAgreementChoice =>
  terms.required ? terms.signedBy : "none";

export const termsOfChoice = (choice: SpecialAgreementChoice): SpecialAgreementTerms =>
  choice === "none"
    ? { required: false, signedBy: "principal-parties" }
    : { required: true, signedBy: choice };

/** A term's value in words: a number as it is, the special-agreement terms as a phrase. */
export const termValueText = (value: number | SpecialAgreementTerms, i18n: I18n): string =>
  typeof value === "number"
    ? String(value)
    : i18n.t(`amendment.specialAgreement.${choiceOf(value)}` as MessageKey);
