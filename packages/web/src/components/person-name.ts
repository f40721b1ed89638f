import type { I18n } from "../i18n/i18n";

/** Who acted, as the API names them (issue #17, "names, not ids"). */
export interface NamedActor {
  readonly name?: string | null;
  readonly kind?: "person" | "system";
  /** R25: the person a substitute acted or signed for. */
  readonly onBehalfOf?: { readonly name?: string | null; readonly erased?: boolean } | null;
  /** D-59: erased under a deletion decision; shown as "(raderad person)". */
  readonly erased?: boolean;
}

/**
 * A person's name as the API resolved it from the people directory (a substitute's "X för Y",
 * R25); the daily run as "Samverkan (automatiskt)"; a person erased (D-59) as "(raderad person)";
 * anyone the directory does not know as a neutral label, never an id.
 */
export function personName(actor: NamedActor | null | undefined, i18n: I18n): string {
  if (actor?.kind === "system") return i18n.t("person.system");
  const name = actor?.erased ? i18n.t("person.erased") : actor?.name || i18n.t("person.unknown");
  // R25: a substitute's act is theirs, for the person they stand in for: "Bo Berg för Anna Lind".
  if (actor?.onBehalfOf)
    return i18n.t("person.onBehalfOf", {
      name,
      for: actor.onBehalfOf.erased
        ? i18n.t("person.erased")
        : actor.onBehalfOf.name || i18n.t("person.unknown"),
    });
  return name;
}
