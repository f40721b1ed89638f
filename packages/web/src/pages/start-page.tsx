import type { AgreementSummary } from "@samverkan/client";
import { useEffect } from "preact/hooks";
import { agreementPath } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { hasRole } from "../auth/person";
import { useSession } from "../auth/use-session";
import { ErrorSummary } from "../components/error-summary";
import { Loading } from "../components/loading";
import { PageHeading } from "../components/page-heading";
import { StatusTag, type TagTone } from "../components/status-tag";
import { type I18n, type MessageKey, useI18n } from "../i18n/i18n";
import { Link } from "../router/link";
import { navigate } from "../router/location";

/** Where the draft page is (routes.ts). */
export const DRAFT_PATH = "/avtal/ny";

const STATUS_TONE: Record<AgreementSummary["status"], TagTone> = {
  draft: "info",
  "in-force": "ok",
  "notice-given": "attention",
  ended: "neutral",
};

/** "Ledningsdialog, senast 30 juni 2027", or that nothing is due (issue #20: the next thing due). */
function nextDueText(letter: AgreementSummary, i18n: I18n): string {
  const due = letter.nextDue;
  if (!due) return i18n.t("start.nothingDue");
  const what = i18n.tryT(`start.due.${due.kind}`) ?? i18n.t("start.due.other");
  const key = due.status === "overdue" ? "start.overdueOn" : "start.dueOn";
  return i18n.t(key, { what, date: i18n.date(due.dueOn) });
}

/**
 * The start page (issue #20): the letters the person's organisation takes part in, each with its
 * status, the next thing due and the organisation's role; with only one, its overview opens. A
 * person in no letter reads how letters are drafted, and a coordinator gets the way to draft one.
 */
export default function StartPage() {
  const i18n = useI18n();
  const session = useSession();
  const mayDraft = session ? hasRole(session.person, "coordinator") : false;
  const list = useResource(
    () => api().GET("/v1/agreements", { params: { query: { limit: 200 } } }),
    [],
  );
  const items = list.data?.items ?? [];
  const only = items.length === 1 ? items[0] : undefined;
  useEffect(() => {
    if (only) navigate(agreementPath(only.id), { replace: true });
  }, [only]);
  const draftLink = mayDraft && (
    <p>
      <Link class="button button--secondary" href={DRAFT_PATH}>
        {i18n.t("start.draftLink")}
      </Link>
    </p>
  );
  if (list.loading && !list.data)
    return (
      <>
        <PageHeading>{i18n.t("agreements.title")}</PageHeading>
        <Loading />
      </>
    );
  if (!list.problem && items.length === 0)
    return (
      <>
        <PageHeading>{i18n.t("start.empty.title")}</PageHeading>
        <p class="lead">{i18n.t("start.empty.how")}</p>
        {mayDraft ? draftLink : <p>{i18n.t("start.empty.askCoordinator")}</p>}
      </>
    );
  return (
    <>
      <PageHeading>{i18n.t("agreements.title")}</PageHeading>
      <p class="lead">{i18n.t("start.lead")}</p>
      <ErrorSummary problem={list.problem} />
      {draftLink}
      <table class="table table--stacked" data-testid="letters">
        <caption class="visually-hidden">{i18n.t("start.table.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t("start.column.letter")}</th>
            <th scope="col">{i18n.t("start.column.status")}</th>
            <th scope="col">{i18n.t("start.column.nextDue")}</th>
            <th scope="col">{i18n.t("start.column.role")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((letter) => (
            <tr key={letter.id}>
              <th scope="row">
                <Link href={agreementPath(letter.id)}>{letter.title}</Link>
              </th>
              <td>
                <StatusTag tone={STATUS_TONE[letter.status]}>
                  {i18n.t(`start.status.${letter.status}` as MessageKey)}
                </StatusTag>
              </td>
              <td>{nextDueText(letter, i18n)}</td>
              <td>
                {i18n.t(`start.role.${letter.relation}` as MessageKey)}
                {letter.relation === "invited" && letter.invitedBy && (
                  // An invitation shows whose words the names are (D-35).
                  <span class="secondary">
                    {" "}
                    {i18n.t("agreements.relation.invited", {
                      by: letter.invitedBy.name,
                      named:
                        letter.parties.find(
                          (party) => party.orgNumber !== letter.invitedBy?.orgNumber,
                        )?.name ?? "",
                    })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
