import { useCommand } from "../api/use-command";
import { useI18n } from "../i18n/i18n";
import { ErrorSummary } from "./error-summary";
import { PdfDocumentButton } from "./pdf-document-button";

/** Download buttons for documents as PDF (D-53), with a refusal shown beside them. */
export function DocumentButtons(props: {
  readonly letterId: string;
  readonly documents: ReadonlyArray<{ readonly apiPath: string; readonly label: string }>;
}) {
  const command = useCommand();
  return (
    <>
      <ErrorSummary problem={command.problem} letterId={props.letterId} />
      <p>
        {props.documents.map((document) => (
          <span key={document.apiPath}>
            <PdfDocumentButton
              command={command}
              apiPath={document.apiPath}
              label={document.label}
            />{" "}
          </span>
        ))}
      </p>
    </>
  );
}

/** The special agreement's current version and its signatures, as PDF. */
export function SpecialAgreementDocuments(props: { letterId: string; activityId: string }) {
  const { t } = useI18n();
  const base = `/v1/agreements/${props.letterId}/activities/${props.activityId}`;
  return (
    <DocumentButtons
      letterId={props.letterId}
      documents={[
        { apiPath: `${base}/special-agreement.pdf`, label: t("documents.specialAgreementPdf") },
        {
          apiPath: `${base}/special-agreement-signatures.pdf`,
          label: t("documents.specialAgreementSignaturesPdf"),
        },
      ]}
    />
  );
}

/**
 * R26, D-64: the letter with the amendments in force, each amendment in force, and the pending
 * one with its signatures, as PDF. Each amendment is the document its parties signed.
 */
export function AmendmentDocuments(props: {
  readonly letterId: string;
  readonly inForce: ReadonlyArray<{ readonly id: string; readonly effectiveFrom: string }>;
  readonly pending: { readonly id: string; readonly effectiveFrom: string } | null;
}) {
  const { t, date } = useI18n();
  const base = `/v1/agreements/${props.letterId}`;
  const amendment = (a: { id: string; effectiveFrom: string }) => ({
    apiPath: `${base}/amendments/${a.id}/amendment.pdf`,
    label: t("documents.amendmentPdf", { date: date(a.effectiveFrom) }),
  });
  return (
    <DocumentButtons
      letterId={props.letterId}
      documents={[
        ...(props.inForce.length > 0
          ? [
              {
                apiPath: `${base}/documents/letter-with-amendments.pdf`,
                label: t("documents.letterWithAmendmentsPdf"),
              },
            ]
          : []),
        ...props.inForce.map(amendment),
        ...(props.pending
          ? [
              amendment(props.pending),
              {
                apiPath: `${base}/amendments/${props.pending.id}/amendment-signatures.pdf`,
                label: t("documents.amendmentSignaturesPdf"),
              },
            ]
          : []),
      ]}
    />
  );
}
