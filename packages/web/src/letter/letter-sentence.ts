// A rule id as the letter's clauses name them (R1, R2, …); the clauses themselves are the
// template's (D-45), each sentence naming the rules it gives.

export type RuleId = `R${number}`;
