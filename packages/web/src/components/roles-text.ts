import type { I18n, MessageKey } from "../i18n/i18n";

/** "firmatecknare och samordnare": a person's roles in words. */
export function rolesText(roles: readonly string[], i18n: I18n): string {
  const words = roles
    .filter((role) => ["signatory", "coordinator", "viewer"].includes(role))
    .map((role) => i18n.t(`role.${role}` as MessageKey));
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${i18n.t("list.and")} ${words.at(-1)}`;
}
