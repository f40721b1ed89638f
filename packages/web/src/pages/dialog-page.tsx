import { useState } from "preact/hooks";
import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { DialogBasisSection } from "../components/dialog-basis-section";
import { DialogRecordSummary } from "../components/dialog-record-summary";
import { DocumentButtons } from "../components/document-buttons";
import { ErrorSummary } from "../components/error-summary";
import { Loading } from "../components/loading";
import { NotAllowed } from "../components/not-allowed";
import { PageHeading } from "../components/page-heading";
import { SuccessBanner } from "../components/success-banner";
import { addDays } from "../deadlines/dates";
import { type MessageKey, useI18n } from "../i18n/i18n";
import { asPartyCoordinator } from "../permissions/permissions";
import { Link } from "../router/link";
import { useLocation } from "../router/location";
import type { PageProps } from "../router/routes";

/** One leadership dialog: its basis (R12) and its record (R11, R13). */
export default function DialogPage({ params }: PageProps) {
  const i18n = useI18n();
  const { agreement, letterId, session, reload } = useAgreement();
  const { query } = useLocation();
  const dialogId = params.dialogId ?? "";
  const dialog = useResource(
    () =>
      api().GET("/v1/agreements/{id}/dialogs/{dialogId}", {
        params: { path: { id: letterId, dialogId } },
      }),
    [letterId, dialogId],
  );
  const permission = asPartyCoordinator(session.person, agreement, i18n.t("list.or"));
  // What the previous page did is said until something is done here; then that is said instead.
  const [arrived, setArrived] = useState(true);
  const done = arrived ? query.get("klart") : null;
  const changed = () => {
    setArrived(false);
    dialog.reload();
    reload();
  };
  return (
    <>
      <Link class="back-link" href={agreementPath(letterId, "dialoger")}>
        {i18n.t("dialogs.back")}
      </Link>
      {dialog.problem && <ErrorSummary problem={dialog.problem} letterId={letterId} />}
      {!dialog.data ? (
        !dialog.problem && <Loading />
      ) : (
        <>
          {done && (
            <SuccessBanner title={i18n.t(`dialog.done.${done}` as MessageKey)}>
              {done === "planerad" && !dialog.data.basis
                ? i18n.t("dialog.done.basisDue", {
                    date: i18n.date(
                      addDays(dialog.data.scheduledOn, -agreement.terms.basisLeadDays),
                    ),
                  })
                : undefined}
            </SuccessBanner>
          )}
          <PageHeading caption={i18n.t("dialogs.title")}>
            {i18n.t("dialog.title", { date: i18n.date(dialog.data.scheduledOn) })}
          </PageHeading>
          <DialogBasisSection dialog={dialog.data} onChange={changed} />
          <section aria-labelledby="record-heading">
            <h2 id="record-heading">{i18n.t("record.title")}</h2>
            {dialog.data.record ? (
              <>
                <DialogRecordSummary record={dialog.data.record} />
                <DocumentButtons
                  letterId={letterId}
                  documents={[
                    {
                      apiPath: `/v1/agreements/${letterId}/dialogs/${dialogId}/record.pdf`,
                      label: i18n.t("documents.dialogRecordPdf"),
                    },
                  ]}
                />
              </>
            ) : permission.allowed ? (
              <Link
                class="button"
                href={agreementPath(letterId, `dialoger/${dialogId}/dokumentera`)}
              >
                {i18n.t("record.start")}
              </Link>
            ) : (
              <NotAllowed permission={permission} />
            )}
          </section>
        </>
      )}
    </>
  );
}
