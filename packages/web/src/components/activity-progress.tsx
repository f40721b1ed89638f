import type { Activity } from "@samverkan/client";
import { useState } from "preact/hooks";
import { useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useCommand } from "../api/use-command";
import { type FormErrors, onlyErrors, summaryOf } from "../forms/form-errors";
import { TextAreaField } from "../forms/text-area-field";
import { useI18n } from "../i18n/i18n";
import { asPartyCoordinator } from "../permissions/permissions";
import { ErrorSummary } from "./error-summary";
import { NotAllowed } from "./not-allowed";

/** Starting an activity once fully signed (R14), and completing it with its outcome. */
export function ActivityProgress({
  activity,
  onChange,
}: {
  activity: Activity;
  onChange: () => void;
}) {
  const i18n = useI18n();
  const { agreement, letterId, session } = useAgreement();
  const command = useCommand();
  const [outcome, setOutcome] = useState("");
  const [errors, setErrors] = useState<FormErrors>({});
  const permission = asPartyCoordinator(session.person, agreement, i18n.t("list.or"));
  const path = { params: { path: { id: letterId, activityId: activity.id } } };
  const start = async () => {
    if (
      await command.run(() =>
        api().POST("/v1/agreements/{id}/activities/{activityId}/start", { ...path, body: {} }),
      )
    )
      onChange();
  };
  const complete = async (event: Event) => {
    event.preventDefault();
    const found = onlyErrors({ outcome: outcome.trim() ? "" : i18n.t("activity.errors.outcome") });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (
      await command.run(() =>
        api().POST("/v1/agreements/{id}/activities/{activityId}/complete", {
          ...path,
          body: { outcome },
        }),
      )
    )
      onChange();
  };
  const missing = activity.specialAgreement.parties.filter((p) => !p.signature).map((p) => p.name);
  const body = () => {
    switch (activity.status) {
      case "completed":
        return (
          <p>{i18n.t("activity.completedOn", { date: i18n.date(activity.completedOn ?? "") })}</p>
        );
      case "awaiting-signatures":
        return (
          <p class="inset why">{i18n.t("activity.waitingFor", { parties: missing.join(", ") })}</p>
        );
      case "ready-to-start":
        return permission.allowed ? (
          <button type="button" class="button" disabled={command.busy} onClick={start}>
            {i18n.t("activity.start")}
          </button>
        ) : (
          <NotAllowed permission={permission} />
        );
      default:
        return (
          <>
            <p>{i18n.t("activity.startedOn", { date: i18n.date(activity.startedOn ?? "") })}</p>
            {permission.allowed ? (
              <form onSubmit={complete} noValidate>
                <TextAreaField
                  name="outcome"
                  label={i18n.t("activity.outcomeLabel")}
                  hint={i18n.t("activity.outcomeHint")}
                  value={outcome}
                  error={errors.outcome}
                  onInput={setOutcome}
                />
                <button type="submit" class="button" disabled={command.busy}>
                  {i18n.t("activity.complete")}
                </button>
              </form>
            ) : (
              <NotAllowed permission={permission} />
            )}
          </>
        );
    }
  };
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{i18n.t("activity.progress")}</h2>
      <ErrorSummary errors={summaryOf(errors)} problem={command.problem} letterId={letterId} />
      {body()}
      {activity.outcome && <blockquote class="quote">{activity.outcome}</blockquote>}
    </section>
  );
}
