import type { Agreement, Need } from "@samverkan/client";
import type { I18n } from "../i18n/i18n";

/** Names of the letter's organisations: its parties and the member municipalities it represents (R3). */
export function organisationNames(agreement: Agreement): Map<string, string> {
  return new Map([
    ...agreement.memberOrganisations.map((m) => [m.orgNumber, m.name] as const),
    ...agreement.parties.map((p) => [p.orgNumber, p.name] as const),
  ]);
}

/** Who raised a need, in words: a party, a municipality, or a leadership dialog (R6). */
export function needSource(need: Need, names: Map<string, string>, i18n: I18n): string {
  if (need.raisedBy.kind === "dialog") return i18n.t("needs.source.dialog");
  const number = need.raisedBy.orgNumber ?? "";
  return names.get(number) ?? number;
}
