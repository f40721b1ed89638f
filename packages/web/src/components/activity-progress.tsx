import type { Activity } from "@samverkan/client";
import { useState } from "preact/hooks";
import { useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { CommandForm } from "../forms/command-form";
import { TextAreaField } from "../forms/text-area-field";
import { useCommandForm } from "../forms/use-command-form";
import { useI18n } from "../i18n/i18n";
import { asPartyCoordinator } from "../permissions/permissions";
import { SuccessBanner } from "./success-banner";

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
  const [outcome, setOutcome] = useState("");
  const permission = asPartyCoordinator(session.person, agreement, i18n.t("list.or"));
  const path = { params: { path: { id: letterId, activityId: activity.id } } };
  const start = useCommandForm({
    send: () =>
      api().POST("/v1/agreements/{id}/activities/{activityId}/start", { ...path, body: {} }),
    accepted: () => {
      onChange();
      return i18n.t("activity.startedDone");
    },
  });
  const complete = useCommandForm({
    check: () => ({ outcome: outcome.trim() ? "" : i18n.t("activity.errors.outcome") }),
    send: () =>
      api().POST("/v1/agreements/{id}/activities/{activityId}/complete", {
        ...path,
        body: { outcome },
      }),
    accepted: () => {
      onChange();
      return i18n.t("activity.completedDone");
    },
  });
  // D-63: the signatures the terms still ask for (the API's list), not every party without one.
  const { parties, missingSignatories } = activity.specialAgreement;
  const missing = parties
    .filter((p) => missingSignatories.includes(p.orgNumber))
    .map((p) => p.name);
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
        return (
          <CommandForm
            form={start}
            letterId={letterId}
            permission={permission}
            submit={i18n.t("activity.start")}
            banner={false}
          />
        );
      default:
        return (
          <>
            <p>{i18n.t("activity.startedOn", { date: i18n.date(activity.startedOn ?? "") })}</p>
            <CommandForm
              form={complete}
              letterId={letterId}
              permission={permission}
              submit={i18n.t("activity.complete")}
              banner={false}
            >
              <TextAreaField
                name="outcome"
                label={i18n.t("activity.outcomeLabel")}
                hint={i18n.t("activity.outcomeHint")}
                value={outcome}
                error={complete.errors.outcome}
                onInput={setOutcome}
              />
            </CommandForm>
          </>
        );
    }
  };
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{i18n.t("activity.progress")}</h2>
      {/* Here, not in the forms: each gives way to the next step once it is done. */}
      {(complete.done ?? start.done) && <SuccessBanner title={complete.done ?? start.done ?? ""} />}
      {body()}
      {activity.outcome && <blockquote class="quote">{activity.outcome}</blockquote>}
    </section>
  );
}
