import type { Amendment } from "@samverkan/client";
import { type MessageKey, useI18n } from "../i18n/i18n";
import { personName } from "./person-name";
import { StatusTag } from "./status-tag";
import { termValueText } from "./term-value";

/**
 * One amendment (R26): what changes, from its old value to its new, and each party's signature,
 * by whom and when. The letter's text page and the amendments page show it the same way.
 */
export function AmendmentSummary({ amendment }: { amendment: Amendment }) {
  const i18n = useI18n();
  const fieldName = (field: string) => i18n.tryT(`amendment.field.${field}` as MessageKey) ?? field;
  return (
    <div class="amendment" data-testid={`amendment-${amendment.id}`}>
      <p>
        <StatusTag tone={amendment.status === "in-force" ? "ok" : "attention"}>
          {i18n.t(
            amendment.status === "in-force" ? "amendment.inForce" : "amendment.proposedFrom",
            {
              date: i18n.date(amendment.effectiveFrom),
            },
          )}
        </StatusTag>
      </p>
      <ul class="plain-list" data-testid="amendment-changes">
        {amendment.changes.map((change) => (
          <li key={change.field}>
            {i18n.t("amendment.change", {
              field: fieldName(change.field),
              from: termValueText(change.from, i18n),
              to: termValueText(change.to, i18n),
            })}
          </li>
        ))}
      </ul>
      <p class="secondary">
        {i18n.t("amendment.proposedBy", {
          name: amendment.proposedBy.name ?? i18n.t("person.unknown"),
          org: amendment.proposedBy.organisation,
          date: i18n.date(amendment.proposedOn),
        })}
      </p>
      <ul class="plain-list" data-testid="amendment-signatures">
        {amendment.parties.map((party) => (
          <li key={party.orgNumber}>
            {party.signature
              ? i18n.t("amendment.signedBy", {
                  party: party.name,
                  date: i18n.date(party.signature.signedOn),
                  name: personName(party.signature.signedBy, i18n),
                })
              : i18n.t("amendment.notSignedBy", { party: party.name })}
          </li>
        ))}
      </ul>
    </div>
  );
}
