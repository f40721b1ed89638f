import { RULE_CLAUSES } from "@samverkan/domain/vocabulary";

/** The rules, as the domain numbers them. */
export { RULE_IDS as RULES } from "@samverkan/domain/vocabulary";
// The letter's clauses are its template's (D-45: `packages/domain/templates/*.json`), read from
// GET /v1/templates/{id}?version= by the letter text page; here only the rules and their clauses.
export type { RuleId } from "./letter-sentence";

/**
 * The clause each rule comes from (the domain's), looked up by the rule id an API reply names,
 * so a refusal can say where in the letter its rule is.
 */
export const RULE_CLAUSE: Readonly<Record<string, string | undefined>> = RULE_CLAUSES;
