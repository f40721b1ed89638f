import type { I18n } from "../i18n/i18n";

/** Who acted, as the API names them (issue #17, "names, not ids"). */
export interface NamedActor {
  readonly name?: string | null;
  readonly kind?: "person" | "system";
  /** D-59: erased under a deletion decision; shown as "(raderad person)". */
  readonly erased?: boolean;
}

/**
 * A person's name as the API resolved it from the people directory; the daily run as
 * "Samverkan (automatiskt)"; a person erased (D-59) as "(raderad person)"; anyone the directory
 * does not know as a neutral label, never an id.
 */
export function personName(actor: NamedActor | null | undefined, i18n: I18n): string {
  if (actor?.kind === "system") return i18n.t("person.system");
  if (actor?.erased) return i18n.t("person.erased");
  return actor?.name || i18n.t("person.unknown");
}
