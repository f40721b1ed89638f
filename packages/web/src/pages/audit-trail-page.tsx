import type { AuditEvent } from "@samverkan/client";
import { useEffect, useState } from "preact/hooks";
import { useAgreement } from "../agreement/agreement-context";
import { organisationNames } from "../agreement/organisation-names";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { ErrorSummary } from "../components/error-summary";
import { eventDetail } from "../components/event-detail";
import { Loading } from "../components/loading";
import { PageHeading } from "../components/page-heading";
import { personName } from "../components/person-name";
import { RecordedLate } from "../components/recorded-late";
import { useI18n } from "../i18n/i18n";

/** The audit trail: who did what, when, oldest first, a page at a time. */
export default function AuditTrailPage() {
  const i18n = useI18n();
  const { agreement, letterId } = useAgreement();
  const [cursor, setCursor] = useState<string | undefined>();
  const [events, setEvents] = useState<AuditEvent[]>([]);
  const page = useResource(
    () =>
      api().GET("/v1/agreements/{id}/events", {
        params: { path: { id: letterId }, query: { limit: 50, ...(cursor ? { cursor } : {}) } },
      }),
    [letterId, cursor],
  );
  useEffect(() => {
    if (page.data) setEvents((before) => [...before, ...(page.data?.items ?? [])]);
  }, [page.data]);
  const names = organisationNames(agreement);
  // Names from the people directory (issue #17, "names, not ids"); the daily run as itself.
  const who = (event: AuditEvent) => {
    const org = event.actor?.orgNumber;
    const name = personName(event.actor, i18n);
    return org && event.actor?.kind !== "system"
      ? `${name}, ${names.get(org) ?? org}`
      : event.actor
        ? name
        : i18n.t("trail.system");
  };
  return (
    <>
      <PageHeading>{i18n.t("trail.title")}</PageHeading>
      <p class="lead">{i18n.t("trail.intro")}</p>
      <ErrorSummary problem={page.problem} letterId={letterId} />
      {events.length === 0 && page.loading ? (
        <Loading />
      ) : (
        <table class="table">
          <caption class="visually-hidden">{i18n.t("trail.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t("trail.when")}</th>
              <th scope="col">{i18n.t("trail.who")}</th>
              <th scope="col">{i18n.t("trail.what")}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={`${event.aggregate}${event.sequence}${event.recordedAt}`}>
                <td>{i18n.timestamp(event.recordedAt)}</td>
                <td>{who(event)}</td>
                <td>
                  {i18n.tryT(`event.${event.type}`) ?? event.type}
                  {eventDetail(event, i18n) && (
                    <span class="secondary">: {eventDetail(event, i18n)}</span>
                  )}
                  <RecordedLate late={event.recordedLate} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page.data?.nextCursor && (
        <button
          type="button"
          class="button button--secondary"
          disabled={page.loading}
          onClick={() => setCursor(page.data?.nextCursor ?? undefined)}
        >
          {i18n.t("trail.more")}
        </button>
      )}
    </>
  );
}
