import type { components } from "@samverkan/client";
import { useEffect, useState } from "preact/hooks";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { ErrorSummary } from "../components/error-summary";
import { Loading } from "../components/loading";
import { PageHeading } from "../components/page-heading";
import { StatusTag, type TagTone } from "../components/status-tag";
import { type MessageKey, type MessageParams, useI18n } from "../i18n/i18n";
import type { TaskMessageKey } from "../i18n/tasks-messages";
import "../i18n/tasks-messages";
import { Link } from "../router/link";

type Task = components["schemas"]["Task"];
type Scope = "me" | "organisation";

const TONES: Record<Task["status"], TagTone> = {
  overdue: "overdue",
  "due-soon": "attention",
  upcoming: "neutral",
};

/**
 * "Mina uppgifter" (issue 20, D-48): everything due for the person across every letter their
 * organisation takes part in, overdue first, each with its letter, rule and the page to do it on.
 */
export default function TasksPage() {
  const i18n = useI18n();
  // Its words come with this page's chunk (tasks-messages), not the first page's catalogue.
  const t = (key: TaskMessageKey, params?: MessageParams) => i18n.t(key as MessageKey, params);
  const [scope, setScope] = useState<Scope>("me");
  const [cursor, setCursor] = useState<string | undefined>(undefined);
  const [shown, setShown] = useState<Task[]>([]);
  const page = useResource(
    () =>
      api().GET("/v1/tasks", {
        params: { query: { for: scope, limit: 50, ...(cursor ? { cursor } : {}) } },
      }),
    [scope, cursor],
  );
  useEffect(() => {
    const items = page.data?.items;
    if (items) setShown((before) => (cursor ? [...before, ...items] : items));
  }, [page.data]);
  const choose = (next: Scope) => {
    setScope(next);
    setCursor(undefined);
    setShown([]);
  };
  return (
    <>
      <PageHeading>{t("tasks.title")}</PageHeading>
      <p class="lead">{t("tasks.intro")}</p>
      <div class="checkboxes">
        <div class="checkbox">
          <input
            class="checkbox__input"
            type="checkbox"
            id="field-organisation"
            checked={scope === "organisation"}
            onChange={(e) => choose((e.target as HTMLInputElement).checked ? "organisation" : "me")}
          />
          <label class="checkbox__label" for="field-organisation">
            {t("tasks.organisation")}
          </label>
        </div>
      </div>
      <ErrorSummary problem={page.problem} />
      {!page.data && shown.length === 0 ? (
        page.problem ? null : (
          <Loading />
        )
      ) : shown.length === 0 ? (
        <p>{t(scope === "me" ? "tasks.none" : "tasks.noneForOrganisation")}</p>
      ) : (
        <table class="table" data-testid="tasks">
          <caption class="visually-hidden">{t("tasks.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("tasks.task")}</th>
              <th scope="col">{t("tasks.letter")}</th>
              <th scope="col">{t("tasks.dueOn")}</th>
              <th scope="col">{t("tasks.status")}</th>
              <th scope="col">{t("tasks.rule")}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((task) => (
              <tr key={`${task.letter.id}/${task.id}`} data-due={task.dueOn}>
                <td>
                  <Link href={task.action}>{t(`tasks.kind.${task.kind}`)}</Link>
                  {task.about && <span class="secondary"> – {task.about}</span>}
                </td>
                <td>
                  <Link href={`/avtal/${task.letter.id}`}>{task.letter.title}</Link>
                </td>
                <td>{i18n.date(task.dueOn)}</td>
                <td>
                  <StatusTag tone={TONES[task.status]}>
                    {t(`tasks.status.${task.status}`)}
                  </StatusTag>
                </td>
                <td>
                  {i18n.t("rule.reference", { rule: task.rule })}, {task.clause}
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
          onClick={() => setCursor(page.data?.nextCursor ?? undefined)}
        >
          {t("tasks.more")}
        </button>
      )}
    </>
  );
}
