import {
  builtInTemplate,
  builtInTemplates,
  type LetterOfIntent,
  type LetterTemplate,
} from "@samverkan/domain";

/** A focus area's names in the letter's two languages (D-61). */
export interface FocusAreaName {
  readonly id: string;
  readonly sv: string;
  readonly en: string;
}

/**
 * D-61: a letter's focus areas are named by the template it was drafted from (D-45), at the
 * version it keeps — each template has areas of its own, so no client keeps a list of names. A
 * letter drafted without a template (terms and slugs given by hand) takes the name a built-in
 * template gives the same slug, else the slug itself: every area has a name, never a gap.
 */
export function focusAreaNamesOf(
  letter: Pick<LetterOfIntent, "focusAreas" | "template">,
  templates: readonly LetterTemplate[] = builtInTemplates(),
): FocusAreaName[] {
  const own = letter.template
    ? (templates.find(
        (t) => t.id === letter.template?.id && t.version === letter.template.version,
      ) ?? builtInTemplate(letter.template.id, letter.template.version))
    : undefined;
  const named = (id: string) =>
    own?.focusAreas.find((area) => area.id === id) ??
    templates.flatMap((t) => t.focusAreas).find((area) => area.id === id);
  return letter.focusAreas.map((id) => {
    const area = named(id);
    return { id, sv: area?.sv ?? id, en: area?.en ?? id };
  });
}
