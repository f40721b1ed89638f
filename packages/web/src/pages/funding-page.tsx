import { useState } from "preact/hooks";
import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { organisationNames } from "../agreement/organisation-names";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { ErrorSummary } from "../components/error-summary";
import { FundingStatusForm } from "../components/funding-status-form";
import { Loading } from "../components/loading";
import { NotAllowed } from "../components/not-allowed";
import { PageHeading } from "../components/page-heading";
import { RuleSources } from "../components/rule-sources";
import { StatusTag } from "../components/status-tag";
import { SuccessBanner } from "../components/success-banner";
import { type MessageKey, useI18n } from "../i18n/i18n";
import { asPartyCoordinator } from "../permissions/permissions";
import { Link } from "../router/link";
import { useLocation } from "../router/location";
import { useHashTarget } from "../router/use-hash-target";

/** Joint funding applications: planned, submitted, decided (R7). */
export default function FundingPage() {
  const i18n = useI18n();
  const { agreement, letterId, session } = useAgreement();
  const { query } = useLocation();
  // The banner of the plan page's "Planera" until a status is changed here (that one says its own).
  const [arrived, setArrived] = useState(true);
  const applications = useResource(
    () =>
      api().GET("/v1/agreements/{id}/funding-applications", {
        params: { path: { id: letterId }, query: { limit: 200 } },
      }),
    [letterId],
  );
  const permission = asPartyCoordinator(session.person, agreement, i18n.t("list.or"));
  const names = organisationNames(agreement);
  const items = applications.data?.items ?? [];
  useHashTarget(Boolean(applications.data));
  return (
    <>
      <PageHeading>{i18n.t("funding.title")}</PageHeading>
      {query.get("klart") && arrived && <SuccessBanner title={i18n.t("funding.planned")} />}
      <p class="lead">{i18n.t("funding.intro")}</p>
      <RuleSources rules={["R7"]} letterId={letterId} />
      {permission.allowed ? (
        <Link class="button" href={agreementPath(letterId, "finansiering/ny")}>
          {i18n.t("funding.plan")}
        </Link>
      ) : (
        <NotAllowed permission={permission} />
      )}
      <ErrorSummary problem={applications.problem} letterId={letterId} />
      {!applications.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <p>{i18n.t("funding.none")}</p>
      ) : (
        <ul class="cards">
          {items.map((application) => (
            <li key={application.id} class="card" id={`ansokan-${application.id}`} tabIndex={-1}>
              <h2 class="card__title">
                {application.funder}: {application.call}
              </h2>
              <StatusTag
                tone={
                  application.status === "granted"
                    ? "ok"
                    : application.status === "planned"
                      ? "info"
                      : "neutral"
                }
              >
                {i18n.t(`funding.status.${application.status}` as MessageKey)}
              </StatusTag>
              <dl class="summary-list summary-list--compact">
                <div class="summary-list__row">
                  <dt class="summary-list__key">{i18n.t("funding.deadline")}</dt>
                  <dd class="summary-list__value">{i18n.date(application.submissionDeadline)}</dd>
                </div>
                <div class="summary-list__row">
                  <dt class="summary-list__key">{i18n.t("funding.requested")}</dt>
                  <dd class="summary-list__value">{i18n.sek(application.amountRequestedSek)}</dd>
                </div>
                {application.amountGrantedSek !== null && (
                  <div class="summary-list__row">
                    <dt class="summary-list__key">{i18n.t("funding.granted")}</dt>
                    <dd class="summary-list__value">{i18n.sek(application.amountGrantedSek)}</dd>
                  </div>
                )}
                <div class="summary-list__row">
                  <dt class="summary-list__key">{i18n.t("funding.applicants")}</dt>
                  <dd class="summary-list__value">
                    {application.applicantParties.map((n) => names.get(n) ?? n).join(", ")}
                  </dd>
                </div>
              </dl>
              {permission.allowed && (
                <FundingStatusForm
                  application={application}
                  onChange={() => {
                    setArrived(false);
                    applications.reload();
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
