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
