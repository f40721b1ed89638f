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
import { SelectField } from "../forms/select-field";
import { formatLongMonth } from "../i18n/format";
import { useI18n } from "../i18n/i18n";
import { Link } from "../router/link";

const STOCKHOLM_MONTH = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Stockholm",
  year: "numeric",
  month: "2-digit",
});

/** The audit trail: who did what, when, oldest first, a page at a time. */
export default function AuditTrailPage() {
  const i18n = useI18n();
  const { agreement, letterId, session } = useAgreement();
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
  const [kind, setKind] = useState("");
  const [organisation, setOrganisation] = useState("");
  const [month, setMonth] = useState("");
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
  // A coordinator reaches the data kept about a person of their own organisation, and anyone
  // their own (issue #22, D-60): the name links to the Personuppgifter page.
  const me = session.person;
  const personalDataOf = (event: AuditEvent) =>
    event.actor?.kind === "person" &&
    !event.actor.erased &&
    event.actor.orgNumber === me.orgNumber &&
    (me.roles.includes("coordinator") || event.actor.sub === me.sub);
  // Filters over the events loaded so far (#16.7): what happened, whose organisation, which
  // month; "Visa fler händelser" loads more, and the filters apply to them too.
  const SYSTEM = "system";
  const orgOf = (event: AuditEvent) =>
    event.actor?.kind === "system" || !event.actor ? SYSTEM : (event.actor.orgNumber ?? SYSTEM);
  // The month in Stockholm, as the "När" column shows the time: "2026-12".
  const monthOf = (event: AuditEvent) => STOCKHOLM_MONTH.format(new Date(event.recordedAt));
  const what = (type: string) => i18n.tryT(`event.${type}`) ?? type;
  const byName = new Intl.Collator(i18n.language).compare;
  const all = { value: "", label: i18n.t("needs.filter.all") };
  const kinds = [...new Set(events.map((e) => e.type))]
    .map((type) => ({ value: type, label: what(type) }))
    .sort((a, b) => byName(a.label, b.label));
  const organisations = [...new Set(events.map(orgOf))]
    .map((org) => ({
      value: org,
      label: org === SYSTEM ? i18n.t("trail.system") : (names.get(org) ?? org),
    }))
    .sort((a, b) => byName(a.label, b.label));
  const months = [...new Set(events.map(monthOf))]
    .sort()
    .reverse()
    .map((m) => ({ value: m, label: formatLongMonth(`${m}-01`, i18n.language) }));
  const shown = events.filter(
    (e) =>
      (!kind || e.type === kind) &&
      (!organisation || orgOf(e) === organisation) &&
      (!month || monthOf(e) === month),
  );
  return (
    <>
      <PageHeading>{i18n.t("trail.title")}</PageHeading>
      <p class="lead">{i18n.t("trail.intro")}</p>
      <ErrorSummary problem={page.problem} letterId={letterId} />
      {events.length === 0 && page.loading ? (
        <Loading />
      ) : (
        <>
          <div class="filters">
            <SelectField
              name="filterKind"
              label={i18n.t("trail.filter.kind")}
              value={kind}
              onChange={setKind}
              options={[all, ...kinds]}
            />
            <SelectField
              name="filterOrganisation"
              label={i18n.t("trail.filter.organisation")}
              value={organisation}
              onChange={setOrganisation}
              options={[all, ...organisations]}
            />
            <SelectField
              name="filterMonth"
              label={i18n.t("trail.filter.month")}
              value={month}
              onChange={setMonth}
              options={[all, ...months]}
            />
          </div>
          <p role="status">
            {i18n.t("trail.shown", { shown: shown.length, total: events.length })}
          </p>
          <table class="table table--stacked">
            <caption class="visually-hidden">{i18n.t("trail.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t("trail.when")}</th>
                <th scope="col">{i18n.t("trail.who")}</th>
                <th scope="col">{i18n.t("trail.what")}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((event) => (
                <tr key={`${event.aggregate}${event.sequence}${event.recordedAt}`}>
                  <td data-label={i18n.t("trail.when")}>{i18n.timestamp(event.recordedAt)}</td>
                  <td data-label={i18n.t("trail.who")}>
                    {personalDataOf(event) ? (
                      <Link href={`/personuppgifter/${event.actor?.id}`}>{who(event)}</Link>
                    ) : (
                      who(event)
                    )}
                  </td>
                  <td data-label={i18n.t("trail.what")}>
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
        </>
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
