import { useEffect, useRef } from "preact/hooks";
import { useI18n } from "../i18n/i18n";
import { SummaryRow } from "./summary-row";

/** What was signed, for whom, when, by whom and which version (issue #17, "then receipt"). */
export interface SignedReceipt {
  readonly title: string;
  readonly version: number;
  readonly party: string;
  readonly signedOn: string;
  readonly by: string;
  /** When the API confirmed it (this browser's clock); the trail has the moment it was recorded. */
  readonly at: string;
}

/** The receipt of a signature, announced and focused once, kept on the page. */
export function SignatureReceipt({ receipt }: { receipt: SignedReceipt }) {
  const i18n = useI18n();
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => banner.current?.focus(), []);
  const row = (key: string, value: string) => <SummaryRow label={key}>{value}</SummaryRow>;
  return (
    <div
      class="banner banner--success"
      role="status"
      tabIndex={-1}
      ref={banner}
      data-testid="signature-receipt"
    >
      <p class="banner__title">{i18n.t("special.receipt.title")}</p>
      <dl class="summary-list summary-list--compact">
        {row(i18n.t("special.confirm.agreement"), receipt.title)}
        {row(i18n.t("special.confirm.version"), String(receipt.version))}
        {row(i18n.t("special.receipt.for"), receipt.party)}
        {row(i18n.t("special.receipt.by"), receipt.by)}
        {row(
          i18n.t("special.receipt.when"),
          i18n.t("special.receipt.whenValue", {
            date: i18n.date(receipt.signedOn),
            at: i18n.timestamp(receipt.at),
          }),
        )}
      </dl>
    </div>
  );
}
