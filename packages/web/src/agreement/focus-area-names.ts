import type { Agreement } from "@samverkan/client";
import { useI18n } from "../i18n/i18n";
import type { Language } from "../i18n/language";
import { useAgreement } from "./agreement-context";

/** Names a focus area by its slug in the page's language. */
export type FocusAreaNamer = (slug: string) => string;

/** "regional utveckling" → "Regional utveckling": a name that stands alone, as a label or a chip. */
const standingAlone = (name: string) => name.charAt(0).toLocaleUpperCase("sv") + name.slice(1);

/**
 * D-61: a letter's focus areas are named by its own template, as the API's letter view gives
 * them (`focusAreaNames`), never by a list of the workspace's own: each template has areas of its
 * own. The template writes them for use within a sentence ("regional utveckling"), so a name
 * shown on its own starts with a capital. An area the view does not name shows its slug.
 */
export function focusAreaNamer(
  agreement: Pick<Agreement, "focusAreaNames">,
  language: Language,
): FocusAreaNamer {
  const names = new Map(agreement.focusAreaNames.map((area) => [area.id, area[language]]));
  return (slug) => standingAlone(names.get(slug) ?? slug);
}

/** The current letter's namer, in the page's language. */
export function useFocusAreaName(): FocusAreaNamer {
  const { agreement } = useAgreement();
  return focusAreaNamer(agreement, useI18n().language);
}

/** Checkbox or select options for the focus areas given (the letter's own, by default). */
export function useFocusAreaOptions(areas?: readonly string[]) {
  const { agreement } = useAgreement();
  const nameOf = focusAreaNamer(agreement, useI18n().language);
  return (areas ?? agreement.focusAreas).map((value) => ({ value, label: nameOf(value) }));
}
