import type { FundingApplication } from "@samverkan/client";
import { useState } from "preact/hooks";
import { useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useCommand } from "../api/use-command";
import { type FormErrors, isDay, onlyErrors, summaryOf } from "../forms/form-errors";
import { SelectField } from "../forms/select-field";
import { TextField } from "../forms/text-field";
import { type MessageKey, useI18n } from "../i18n/i18n";
import { ErrorSummary } from "./error-summary";

type Status = FundingApplication["status"];

/** Where an application may go next (R7): planned → submitted → granted | rejected; withdrawn. */
const NEXT: Record<Status, Exclude<Status, "planned">[]> = {
  planned: ["submitted", "withdrawn"],
  submitted: ["granted", "rejected", "withdrawn"],
  granted: [],
  rejected: [],
  withdrawn: [],
};

/** Moves an application to its next status, with the date it happened (and the grant). */
export function FundingStatusForm({
  application,
  onChange,
}: {
  application: FundingApplication;
  onChange: () => void;
}) {
  const i18n = useI18n();
  const { agreement, letterId } = useAgreement();
  const command = useCommand();
  const next = NEXT[application.status];
  const [status, setStatus] = useState<string>(next[0] ?? "");
  const [on, setOn] = useState(agreement.asOf);
  const [granted, setGranted] = useState("");
  const [errors, setErrors] = useState<FormErrors>({});
  if (next.length === 0) return null;
  const prefix = `app-${application.id}`;
  const submit = async (event: Event) => {
    event.preventDefault();
    const found = onlyErrors({
      [`${prefix}-on`]: isDay(on) ? "" : i18n.t("funding.errors.date"),
      [`${prefix}-granted`]:
        status !== "granted" || /^\d+$/.test(granted.trim()) ? "" : i18n.t("funding.errors.amount"),
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const done = await command.run(() =>
      api().PATCH("/v1/agreements/{id}/funding-applications/{applicationId}", {
        params: { path: { id: letterId, applicationId: application.id } },
        body: {
          status: status as Exclude<Status, "planned">,
          on,
          ...(status === "granted" ? { amountGrantedSek: Number(granted) } : {}),
        },
      }),
    );
    if (done) onChange();
  };
  return (
    <form onSubmit={submit} noValidate class="inline-form">
      <ErrorSummary errors={summaryOf(errors)} problem={command.problem} letterId={letterId} />
      <SelectField
        name={`${prefix}-status`}
        label={i18n.t("funding.nextStatus")}
        value={status}
        onChange={setStatus}
        options={next.map((value) => ({
          value,
          label: i18n.t(`funding.status.${value}` as MessageKey),
        }))}
      />
      <TextField
        name={`${prefix}-on`}
        type="date"
        width="short"
        label={i18n.t("funding.statusDate")}
        value={on}
        error={errors[`${prefix}-on`]}
        onInput={setOn}
      />
      {status === "granted" && (
        <TextField
          name={`${prefix}-granted`}
          width="short"
          inputMode="numeric"
          label={i18n.t("funding.amountGranted")}
          value={granted}
          error={errors[`${prefix}-granted`]}
          onInput={setGranted}
        />
      )}
      <button type="submit" class="button button--secondary" disabled={command.busy}>
        {i18n.t("funding.saveStatus")}
      </button>
    </form>
  );
}
