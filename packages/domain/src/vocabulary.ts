// `@samverkan/domain/vocabulary`: the letter's rule ids, the clause each comes from, its focus
// areas and activity kinds, as plain data. No zod and no rules: what a client shows them with
// costs it only these lists.
export { RULE_CLAUSES, RULE_IDS, type RuleId } from "./rules/rule-ids";
export { ACTIVITY_KINDS, FOCUS_AREAS } from "./vocabulary/slugs";
