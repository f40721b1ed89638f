import type { I18n } from "../i18n/i18n";

/** Who acted, as the API names them (issue #17, "names, not ids"). */
export interface NamedActor {
  readonly name?: string | null;
  readonly kind?: "person" | "system";
  /** R25: the person a substitute acted or signed for. */
  readonly onBehalfOf?: { readonly name?: string | null } | null;
}

/**
 * A person's name as the API resolved it (a substitute's "X för Y", R25) from the people directory; the daily run as
 * "Samverkan (automatiskt)"; anyone the directory does not know as a neutral label, never an id.
 */
export function personName(actor: NamedActor | null | undefined, i18n: I18n): string {
  if (actor?.kind === "system") return i18n.t("person.system");
  const name = actor?.name || i18n.t("person.unknown");
  // R25: a substitute's act is theirs, for the person they stand in for: "Bo Berg för Anna Lind".
  if (actor?.onBehalfOf)
    return i18n.t("person.onBehalfOf", {
      name,
      for: actor.onBehalfOf.name || i18n.t("person.unknown"),
    });
  return name;
}
