import type { LetterClause, RuleId } from "./letter-sentence";
import { CLOSING_CLAUSES, MIDDLE_CLAUSES } from "./letter-text-closing";
import { OPENING_CLAUSES } from "./letter-text-opening";

export type { LetterClause, LetterSentence, RuleId } from "./letter-sentence";
export { LETTER_TITLE } from "./letter-text-opening";

/** The letter's clauses in its own order. */
export const LETTER_CLAUSES: readonly LetterClause[] = [
  ...OPENING_CLAUSES,
  ...MIDDLE_CLAUSES,
  ...CLOSING_CLAUSES,
];

/** The rules, as the domain numbers them (a test keeps them equal to its RULE_IDS). */
export const RULES: readonly RuleId[] = Array.from({ length: 24 }, (_, i) => `R${i + 1}` as RuleId);

/**
 * The clause each rule comes from, by the letter's heading (a test keeps this equal to the
 * domain's RULE_CLAUSES), so a refusal can say where in the letter its rule is.
 */
export const RULE_CLAUSE: Readonly<Record<string, string>> = {
  R1: "Inledning (parterna)",
  R2: "Inledning (parterna)",
  R3: "Kommunal utveckling och tillväxt",
  R4: "Syfte",
  R5: "Syfte",
  R6: "Forskning, utveckling och innovation",
  R7: "Kommunal utveckling och tillväxt",
  R8: "Kompetensutveckling och digitalisering",
  R9: "Samverkan på ledningsnivå och uppföljning",
  R10: "Samverkan på ledningsnivå och uppföljning",
  R11: "Samverkan på ledningsnivå och uppföljning",
  R12: "Samverkan på ledningsnivå och uppföljning",
  R13: "Syfte",
  R14: "Samverkan på ledningsnivå och uppföljning",
  R15: "Samverkan på ledningsnivå och uppföljning",
  R16: "Inledning (parterna)",
  R17: "Giltighet",
  R18: "Giltighet",
  R19: "Giltighet",
  R20: "Giltighet",
  R21: "Samverkan på ledningsnivå och uppföljning",
  R22: "Samverkan på ledningsnivå och uppföljning",
  R23: "Samverkan på ledningsnivå och uppföljning",
  R24: "Samverkan på ledningsnivå och uppföljning",
};
