import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { ContactsToDo } from "../components/contacts-to-do";
import { DeadlineList } from "../components/deadline-list";
import { ErrorSummary } from "../components/error-summary";
import { Loading } from "../components/loading";
import { NoticeSummary } from "../components/notice-summary";
import { PageHeading } from "../components/page-heading";
import { PartiesAndSignatures } from "../components/parties-and-signatures";
import { StatusSentence } from "../components/status-sentence";
import { TimelinePicture } from "../components/timeline-picture";
import { useI18n } from "../i18n/i18n";
import { timelineOf } from "../timeline/timeline-items";

/** A letter at a glance: its status, what is due next, the year around today, its parties. */
export default function OverviewPage() {
  const { t } = useI18n();
  const { agreement, letterId } = useAgreement();
  const path = { params: { path: { id: letterId }, query: { limit: 200 } } };
  const obligations = useResource(
    () => api().GET("/v1/agreements/{id}/obligations", path),
    [letterId, agreement.version],
  );
  const dialogs = useResource(
    () => api().GET("/v1/agreements/{id}/dialogs", path),
    [letterId, agreement.version],
  );
  return (
    <>
      <PageHeading caption={t("overview.caption")}>{agreement.title}</PageHeading>
      <StatusSentence agreement={agreement} />
      <ContactsToDo />
      <section aria-labelledby="deadlines-heading">
        <h2 id="deadlines-heading">{t("overview.deadlines")}</h2>
        <ErrorSummary problem={obligations.problem ?? dialogs.problem} letterId={letterId} />
        {obligations.data ? <DeadlineList obligations={obligations.data.items} /> : <Loading />}
      </section>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t("overview.timeline")}</h2>
        {obligations.data && dialogs.data ? (
          <TimelinePicture
            timeline={timelineOf(
              agreement,
              obligations.data.items,
              dialogs.data.items,
              agreement.asOf,
            )}
          />
        ) : (
          <Loading />
        )}
      </section>
      <PartiesAndSignatures />
      <NoticeSummary noticeHref={agreementPath(letterId, "uppsagning")} />
    </>
  );
}
