import type { Activity } from "@samverkan/client";
import { useEffect, useRef } from "preact/hooks";
import { useI18n } from "../i18n/i18n";

/**
 * What a signatory is about to sign, before it binds their party (R14, R16; issue #17): the
 * agreement's title, version, parties and terms, for whom and as whom, then "Ja, skriv under" or
 * cancel. The heading takes focus, so a screen reader hears what changed.
 */
export function SignConfirmation({
  activity,
  party,
  signer,
  busy,
  onConfirm,
  onCancel,
}: {
  activity: Activity;
  party: string;
  signer: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const i18n = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const agreement = activity.specialAgreement;
  const row = (key: string, value: preact.ComponentChildren, testId?: string) => (
    <div class="summary-list__row">
      <dt class="summary-list__key">{key}</dt>
      <dd class="summary-list__value" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
  return (
    <div class="sign-confirmation" data-testid="sign-confirmation">
      <h3 id="sign-confirmation-heading" tabIndex={-1} ref={heading}>
        {i18n.t("special.confirm.title")}
      </h3>
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
      <div class="button-row">
        <button type="button" class="button" disabled={busy} onClick={onConfirm}>
          {i18n.t("special.confirm.yes")}
        </button>
        <button type="button" class="button button--secondary" disabled={busy} onClick={onCancel}>
          {i18n.t("special.confirm.cancel")}
        </button>
      </div>
    </div>
  );
}
