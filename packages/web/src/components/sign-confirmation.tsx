import type { Activity } from "@samverkan/client";
import { useI18n } from "../i18n/i18n";
import { SummaryRow } from "./summary-row";

/**
 * What a signatory is about to sign, before it binds their party (R14, R16; issue #17): the
 * agreement's title, version, parties and terms, for whom and as whom. The command form's
 * confirmation step puts its heading above it and "Ja, skriv under" or cancel below.
 */
export function SignConfirmation({
  activity,
  party,
  signer,
}: {
  activity: Activity;
  party: string;
  signer: string;
}) {
  const i18n = useI18n();
  const agreement = activity.specialAgreement;
  const row = (key: string, value: preact.ComponentChildren, testId?: string) => (
    <SummaryRow label={key} testId={testId}>
      {value}
    </SummaryRow>
  );
  return (
    <>
      <dl class="summary-list">
        {row(i18n.t("special.confirm.agreement"), activity.title)}
        {row(
          i18n.t("special.confirm.version"),
          i18n.t("special.confirm.versionValue", {
            version: agreement.version,
            date: i18n.date(agreement.draftedOn),
          }),
          "sign-version",
        )}
        {row(
          i18n.t("special.confirm.parties"),
          <ul class="plain-list">
            {agreement.parties.map((p) => (
              <li key={p.orgNumber}>{p.name}</li>
            ))}
          </ul>,
        )}
        {row(
          i18n.t("special.confirm.terms"),
          agreement.terms ? (
            <blockquote class="quote">{agreement.terms}</blockquote>
          ) : (
            i18n.t("special.noTerms")
          ),
        )}
        {row(i18n.t("special.confirm.for"), i18n.t("special.confirm.forValue", { party, signer }))}
      </dl>
      <p class="warning-text">{i18n.t("special.confirm.warning", { party })}</p>
    </>
  );
}
