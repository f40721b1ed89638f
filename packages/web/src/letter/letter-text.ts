import { RULE_CLAUSES } from "@samverkan/domain/vocabulary";
import type { LetterClause } from "./letter-sentence";
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

/** The rules, as the domain numbers them. */
export { RULE_IDS as RULES } from "@samverkan/domain/vocabulary";

/**
 * The clause each rule comes from (the domain's), looked up by the rule id an API reply names,
 * so a refusal can say where in the letter its rule is.
 */
export const RULE_CLAUSE: Readonly<Record<string, string | undefined>> = RULE_CLAUSES;
