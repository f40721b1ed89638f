import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { organisationNames } from "../agreement/organisation-names";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { ErrorSummary } from "../components/error-summary";
import { Loading } from "../components/loading";
import { PageHeading } from "../components/page-heading";
import { RuleReference } from "../components/rule-reference";
import { RuleSources } from "../components/rule-sources";
import { StatusTag } from "../components/status-tag";
import { deadlineTitle } from "../deadlines/deadline-title";
import { useI18n } from "../i18n/i18n";
import { Link } from "../router/link";

/** The reminders and alerts the daily run has sent, each once (R22). */
export default function NotificationsPage() {
  const i18n = useI18n();
  const { agreement, letterId } = useAgreement();
  const sent = useResource(
    () =>
      api().GET("/v1/agreements/{id}/notifications", {
        params: { path: { id: letterId }, query: { limit: 200 } },
      }),
    [letterId],
  );
  // What each reminder is about: its obligation (the key before "#"), for a title that says what
  // is due and a mark once it is done (#16.4).
  const obligations = useResource(
    () =>
      api().GET("/v1/agreements/{id}/obligations", {
        params: { path: { id: letterId }, query: { limit: 200 } },
      }),
    [letterId, agreement.version],
  );
  const obligationOf = (key: string) => {
    const id = key.split("#")[0];
    return obligations.data?.items.find((o) => o.id === id);
  };
  const names = organisationNames(agreement);
  const items = [...(sent.data?.items ?? [])].sort((a, b) => b.sentOn.localeCompare(a.sentOn));
  const kind = (k: string) => {
    const days = /^due-in-(\d+)-days$/.exec(k);
    return days
      ? i18n.t("notifications.kind.dueIn", { days: days[1] as string })
      : (i18n.tryT(`notifications.kind.${k}`) ?? k);
  };
  /** "Underlag till ledningsdialogen 15 mars — senast 1 mars", marked done or late. */
  const heading = (n: (typeof items)[number]) => {
    const obligation = obligationOf(n.key);
    if (!obligation) return <h2 class="card__title">{kind(n.kind)}</h2>;
    const days = /^due-in-(\d+)-days$/.exec(n.kind);
    const done = obligation.status === "fulfilled";
    return (
      <>
        <h2 class="card__title">
          {i18n.t("notifications.dueBy", {
            title: deadlineTitle(obligation, agreement.terms.basisLeadDays, i18n),
            date: i18n.date(obligation.dueOn),
          })}
        </h2>
        <p>
          {done ? (
            <StatusTag tone="ok">
              {obligation.fulfilledOn
                ? i18n.t("notifications.doneOn", { date: i18n.date(obligation.fulfilledOn) })
                : i18n.t("obligation.status.fulfilled")}
            </StatusTag>
          ) : obligation.status === "lapsed" ? (
            <StatusTag tone="neutral">{i18n.t("obligation.status.lapsed")}</StatusTag>
          ) : n.kind === "overdue" || obligation.status === "overdue" ? (
            <StatusTag tone="overdue">{i18n.t("notifications.kind.overdue")}</StatusTag>
          ) : null}{" "}
          {days
            ? i18n.t("notifications.reminderBefore", { days: days[1] as string })
            : n.kind === "overdue"
              ? i18n.t("notifications.overdueReminder")
              : kind(n.kind)}
        </p>
      </>
    );
  };
  return (
    <>
      <PageHeading>{i18n.t("notifications.title")}</PageHeading>
      <p class="lead">{i18n.t("notifications.intro")}</p>
      <RuleSources rules={["R22"]} letterId={letterId} />
      <p>
        <Link href={agreementPath(letterId, "aviseringar/installningar")}>
          {i18n.t("policy.link")}
        </Link>
      </p>
      <ErrorSummary problem={sent.problem} letterId={letterId} />
      {!sent.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <p>{i18n.t("notifications.none")}</p>
      ) : (
        <ul class="cards">
          {items.map((n) => (
            <li key={n.key} class="card">
              {heading(n)}
              <p class="secondary">
                {i18n.t(
                  n.delivery?.status === "not-delivered"
                    ? "notifications.notDelivered"
                    : "notifications.sent",
                  { sent: i18n.date(n.sentOn), due: i18n.date(n.dueOn) },
                )}
              </p>
              {/* D-30: never "sent" to an organisation nobody at which could be told. */}
              {(n.delivery?.organisationsWithoutContacts ?? []).length > 0 && (
                <p class="warning-text">
                  {i18n.t(
                    n.delivery?.status === "not-delivered"
                      ? "notifications.nobodyAt"
                      : "notifications.partly",
                    {
                      organisations: (n.delivery?.organisationsWithoutContacts ?? [])
                        .map((r) => names.get(r) ?? r)
                        .join(", "),
                    },
                  )}
                </p>
              )}
              <p>
                {i18n.t("notifications.to", {
                  recipients: n.recipients.map((r) => names.get(r) ?? r).join(", "),
                })}
              </p>
              {/* The daily run writes its message in English; the card above already says it in Swedish. */}
              {i18n.language === "en" && <p>{n.message}</p>}
              <p>
                <RuleReference rule={n.rule} letterId={letterId} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
