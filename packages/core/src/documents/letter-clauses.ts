import {
  type LetterOfIntent,
  LTU_NOK_TITLE,
  LULEA_TEKNISKA_UNIVERSITET,
  NORRBOTTENS_KOMMUNER,
} from "@samverkan/domain";
// The clause text lives in the web workspace today (packages/web/src/letter/); it moves into the
// letter's template (issue #20). Only this function reads it, so that move changes one file.
import { CLOSING_CLAUSES, MIDDLE_CLAUSES } from "../../../web/src/letter/letter-text-closing";
import { OPENING_CLAUSES } from "../../../web/src/letter/letter-text-opening";

/** A clause of a letter, as a document prints it. */
export interface DocumentClause {
  readonly heading: string;
  readonly text: string;
}

const isLtuNok = (letter: LetterOfIntent) =>
  letter.title === LTU_NOK_TITLE &&
  [LULEA_TEKNISKA_UNIVERSITET, NORRBOTTENS_KOMMUNER].every((org) =>
    letter.parties.some((party) => party.orgNumber === org.orgNumber),
  );

/**
 * The clauses of a letter in its own order. The LTU–NoK letter's are its text; a letter drafted
 * with other words has none here (its document then prints its terms only), never another
 * letter's text.
 */
export function letterClausesOf(letter: LetterOfIntent): readonly DocumentClause[] {
  if (!isLtuNok(letter)) return [];
  return [...OPENING_CLAUSES, ...MIDDLE_CLAUSES, ...CLOSING_CLAUSES].map((clause) => ({
    heading: clause.heading,
    text: clause.sentences.map((sentence) => sentence.text).join(" "),
  }));
}
