import {
  builtInTemplate,
  type LetterOfIntent,
  LTU_NOK_TEMPLATE_ID,
  LTU_NOK_TITLE,
  LULEA_TEKNISKA_UNIVERSITET,
  NORRBOTTENS_KOMMUNER,
} from "@samverkan/domain";

/** A clause of a letter, as a document prints it. */
export interface DocumentClause {
  readonly heading: string;
  readonly text: string;
}

// Letters drafted before templates (D-45) name none; the LTU–NoK letter is then known by its
// title and parties, and its text is the LTU–NoK template's first version.
const isLtuNok = (letter: LetterOfIntent) =>
  letter.title === LTU_NOK_TITLE &&
  [LULEA_TEKNISKA_UNIVERSITET, NORRBOTTENS_KOMMUNER].every((org) =>
    letter.parties.some((party) => party.orgNumber === org.orgNumber),
  );

/**
 * The clauses of a letter in its own order: the Swedish text of the template version it was
 * drafted from (D-45), which a later version of the template does not change. A letter with no
 * template prints its terms only, never another letter's text.
 */
export function letterClausesOf(letter: LetterOfIntent): readonly DocumentClause[] {
  const template = letter.template
    ? builtInTemplate(letter.template.id, letter.template.version)
    : isLtuNok(letter)
      ? builtInTemplate(LTU_NOK_TEMPLATE_ID, 1)
      : undefined;
  return (template?.clauses ?? []).map((clause) => ({
    heading: clause.heading.sv,
    text: clause.sentences.map((sentence) => sentence.sv).join(" "),
  }));
}
