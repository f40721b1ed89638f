import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { useFocusAreaName } from "../agreement/focus-area-names";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { ActivityProgress } from "../components/activity-progress";
import { ActivityStatusTag } from "../components/activity-status-tag";
import { SpecialAgreementDocuments } from "../components/document-buttons";
import { ErrorSummary } from "../components/error-summary";
import { Loading } from "../components/loading";
import { PageHeading } from "../components/page-heading";
import { SignaturePanel } from "../components/signature-panel";
import { SuccessBanner } from "../components/success-banner";
import { activityKindName } from "../forms/vocabulary-options";
import { useI18n } from "../i18n/i18n";
import { asPartyCoordinator } from "../permissions/permissions";
import { Link } from "../router/link";
import { useLocation } from "../router/location";
import type { PageProps } from "../router/routes";

/** One activity: what it is, its special agreement with each party's signature, its progress. */
export default function ActivityPage({ params }: PageProps) {
  const i18n = useI18n();
  const nameOf = useFocusAreaName();
  const { agreement, letterId, session } = useAgreement();
  const { query } = useLocation();
  const activityId = params.activityId ?? "";
  const activity = useResource(
    () =>
      api().GET("/v1/agreements/{id}/activities/{activityId}", {
        params: { path: { id: letterId, activityId } },
      }),
    [letterId, activityId],
  );
  const needs = useResource(
    () =>
      api().GET("/v1/agreements/{id}/needs", {
        params: { path: { id: letterId }, query: { limit: 200 } },
      }),
    [letterId],
  );
  const a = activity.data;
  const mayRevise = asPartyCoordinator(session.person, agreement, i18n.t("list.or")).allowed;
  const needTitle = (id: string) => needs.data?.items.find((n) => n.id === id)?.title ?? id;
  return (
    <>
      <Link class="back-link" href={agreementPath(letterId, "aktiviteter")}>
        {i18n.t("activities.back")}
      </Link>
      <ErrorSummary problem={activity.problem} letterId={letterId} />
      {!a ? (
        !activity.problem && <Loading />
      ) : (
        <>
          {query.get("klart") && (
            <SuccessBanner
              title={i18n.t(
                query.get("klart") === "andrad" ? "special.revised" : "activity.defined",
              )}
            />
          )}
          <PageHeading caption={i18n.t("activity.caption")}>{a.title}</PageHeading>
          <ActivityStatusTag status={a.status} />
          <dl class="summary-list">
            <div class="summary-list__row">
              <dt class="summary-list__key">{i18n.t("activity.kindLabel")}</dt>
              <dd class="summary-list__value">{activityKindName(a.kind, i18n)}</dd>
            </div>
            <div class="summary-list__row">
              <dt class="summary-list__key">{i18n.t("needs.focusAreasLabel")}</dt>
              <dd class="summary-list__value">{a.focusAreas.map(nameOf).join(", ")}</dd>
            </div>
            <div class="summary-list__row">
              <dt class="summary-list__key">{i18n.t("activity.needsLabel")}</dt>
              <dd class="summary-list__value">{a.needIds.map(needTitle).join(", ")}</dd>
            </div>
            <div class="summary-list__row">
              <dt class="summary-list__key">{i18n.t("activity.definedOn")}</dt>
              <dd class="summary-list__value">{i18n.date(a.definedOn)}</dd>
            </div>
          </dl>
          <SignaturePanel activity={a} onSigned={activity.reload} />
          <SpecialAgreementDocuments letterId={letterId} activityId={a.id} />
          {mayRevise && (a.status === "awaiting-signatures" || a.status === "ready-to-start") && (
            <p>
              <Link href={agreementPath(letterId, `aktiviteter/${a.id}/andra`)}>
                {i18n.t("special.revise")}
              </Link>
            </p>
          )}
          <ActivityProgress activity={a} onChange={activity.reload} />
        </>
      )}
    </>
  );
}
