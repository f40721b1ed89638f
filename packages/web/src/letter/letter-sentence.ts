// The letter of intent's own text, clause by clause, each sentence with the rules (R1, R2, …) that
// come from it: the letter and its enforcement side by side. Cleaned from the scanned copy (OCR
// noise such as "avsiktsfiirklaring" and "202100-284I" corrected); the wording is the letter's.

export type RuleId = `R${number}`;

export interface LetterSentence {
  readonly text: string;
  readonly rules: readonly RuleId[];
}

export interface LetterClause {
  /** The letter's own heading (RULE_CLAUSES in the domain cites these). */
  readonly heading: string;
  /** An anchor for links: /avtal/…/avsiktsforklaringen#giltighet. */
  readonly anchor: string;
  readonly sentences: readonly LetterSentence[];
}

/** A sentence of the letter and the rules it gives. */
export const s = (text: string, ...rules: RuleId[]): LetterSentence => ({ text, rules });
