import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { ActivityStatusTag } from "../components/activity-status-tag";
import { ErrorSummary } from "../components/error-summary";
import { Loading } from "../components/loading";
import { NotAllowed } from "../components/not-allowed";
import { PageHeading } from "../components/page-heading";
import { RuleSources } from "../components/rule-sources";
import { activityKindName } from "../forms/vocabulary-options";
import { useI18n } from "../i18n/i18n";
import { asPartyCoordinator } from "../permissions/permissions";
import { Link } from "../router/link";

/** The activities and their special agreements at a glance: who still has to sign (R14). */
export default function ActivitiesPage() {
  const i18n = useI18n();
  const { agreement, letterId, session } = useAgreement();
  const activities = useResource(
    () =>
      api().GET("/v1/agreements/{id}/activities", {
        params: { path: { id: letterId }, query: { limit: 200 } },
      }),
    [letterId],
  );
  const permission = asPartyCoordinator(session.person, agreement, i18n.t("list.or"));
  const items = activities.data?.items ?? [];
  return (
    <>
      <PageHeading>{i18n.t("activities.title")}</PageHeading>
      <p class="lead">{i18n.t("activities.intro")}</p>
      <RuleSources rules={["R5", "R14"]} letterId={letterId} />
      {permission.allowed ? (
        <Link class="button" href={agreementPath(letterId, "aktiviteter/ny")}>
          {i18n.t("activities.define")}
        </Link>
      ) : (
        <NotAllowed permission={permission} />
      )}
      <ErrorSummary problem={activities.problem} letterId={letterId} />
      {!activities.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <p>{i18n.t("activities.none")}</p>
      ) : (
        <ul class="cards">
          {items.map((activity) => {
            const parties = activity.specialAgreement.parties;
            const signed = parties.filter((p) => p.signature).length;
            return (
              <li key={activity.id} class="card">
                <h2 class="card__title">
                  <Link href={agreementPath(letterId, `aktiviteter/${activity.id}`)}>
                    {activity.title}
                  </Link>
                </h2>
                <ActivityStatusTag status={activity.status} />
                <p class="secondary">
                  {activityKindName(activity.kind, i18n)} ·{" "}
                  {i18n.t("activities.signedCount", { signed, total: parties.length })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
