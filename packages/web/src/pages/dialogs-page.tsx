import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { BasisStatus } from "../components/basis-status";
import { ErrorSummary } from "../components/error-summary";
import { Loading } from "../components/loading";
import { NotAllowed } from "../components/not-allowed";
import { PageHeading } from "../components/page-heading";
import { RuleSources } from "../components/rule-sources";
import { StatusTag } from "../components/status-tag";
import { useI18n } from "../i18n/i18n";
import { asPartyCoordinator } from "../permissions/permissions";
import { Link } from "../router/link";

/** The leadership dialogs, scheduled and held, and the way to schedule one (R10–R13). */
export default function DialogsPage() {
  const i18n = useI18n();
  const { agreement, letterId, session } = useAgreement();
  const dialogs = useResource(
    () =>
      api().GET("/v1/agreements/{id}/dialogs", {
        params: { path: { id: letterId }, query: { limit: 200 } },
      }),
    [letterId, agreement.version],
  );
  // The bases' obligations, for their status where the dialogs are listed (#16.4).
  const obligations = useResource(
    () =>
      api().GET("/v1/agreements/{id}/obligations", {
        params: { path: { id: letterId }, query: { limit: 200 } },
      }),
    [letterId, agreement.version],
  );
  const basisObligation = (dialogId: string) =>
    obligations.data?.items.find(
      (o) => o.kind === "dialog-basis" && o.subject.dialogId === dialogId,
    );
  const permission = asPartyCoordinator(session.person, agreement, i18n.t("list.or"));
  const items = [...(dialogs.data?.items ?? [])].sort((a, b) =>
    b.scheduledOn.localeCompare(a.scheduledOn),
  );
  return (
    <>
      <PageHeading>{i18n.t("dialogs.title")}</PageHeading>
      <p class="lead">{i18n.t("dialogs.intro", { lead: agreement.terms.basisLeadDays })}</p>
      <RuleSources rules={["R10", "R11", "R12", "R13"]} letterId={letterId} />
      {permission.allowed ? (
        <Link class="button" href={agreementPath(letterId, "dialoger/ny")}>
          {i18n.t("dialogs.schedule")}
        </Link>
      ) : (
        <NotAllowed permission={permission} />
      )}
      <ErrorSummary problem={dialogs.problem} letterId={letterId} />
      {!dialogs.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <p>{i18n.t("dialogs.none")}</p>
      ) : (
        <table class="table">
          <caption class="visually-hidden">{i18n.t("dialogs.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t("dialogs.date")}</th>
              <th scope="col">{i18n.t("dialogs.basis")}</th>
              <th scope="col">{i18n.t("dialogs.record")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((dialog) => (
              <tr key={dialog.id}>
                <td>
                  <Link href={agreementPath(letterId, `dialoger/${dialog.id}`)}>
                    {i18n.date(dialog.scheduledOn)}
                  </Link>
                </td>
                <td>
                  <BasisStatus
                    dialog={dialog}
                    obligation={basisObligation(dialog.id)}
                    leadDays={agreement.terms.basisLeadDays}
                  />
                </td>
                <td>
                  {dialog.record ? (
                    <StatusTag tone="ok">
                      {i18n.t("dialogs.held", { date: i18n.date(dialog.record.heldOn) })}
                    </StatusTag>
                  ) : (
                    <StatusTag tone="neutral">{i18n.t("dialogs.scheduled")}</StatusTag>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
