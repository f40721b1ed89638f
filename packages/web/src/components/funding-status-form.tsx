import type { FundingApplication } from "@samverkan/client";
import { useState } from "preact/hooks";
import { useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { CommandForm } from "../forms/command-form";
import { isDay } from "../forms/form-errors";
import { SelectField } from "../forms/select-field";
import { TextField } from "../forms/text-field";
import { useCommandForm } from "../forms/use-command-form";
import { type MessageKey, useI18n } from "../i18n/i18n";
import { SuccessBanner } from "./success-banner";

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
  const next = NEXT[application.status];
  const [status, setStatus] = useState<string>(next[0] ?? "");
  const [on, setOn] = useState(agreement.asOf);
  const [granted, setGranted] = useState("");
  const prefix = `app-${application.id}`;
  const form = useCommandForm({
    check: () => ({
      [`${prefix}-on`]: isDay(on) ? "" : i18n.t("funding.errors.date"),
      [`${prefix}-granted`]:
        status !== "granted" || /^\d+$/.test(granted.trim()) ? "" : i18n.t("funding.errors.amount"),
    }),
    send: () =>
      api().PATCH("/v1/agreements/{id}/funding-applications/{applicationId}", {
        params: { path: { id: letterId, applicationId: application.id } },
        body: {
          status: status as Exclude<Status, "planned">,
          on,
          ...(status === "granted" ? { amountGrantedSek: Number(granted) } : {}),
        },
      }),
    accepted: () => {
      onChange();
      return i18n.t("funding.statusSaved", {
        status: i18n.t(`funding.status.${status}` as MessageKey),
      });
    },
  });
  // A decided application has no next status: the form goes, what it did stays said.
  if (next.length === 0) return form.done ? <SuccessBanner title={form.done} /> : null;
  return (
    <CommandForm form={form} letterId={letterId} submit={i18n.t("funding.saveStatus")} inline>
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
        error={form.errors[`${prefix}-on`]}
        onInput={setOn}
      />
      {status === "granted" && (
        <TextField
          name={`${prefix}-granted`}
          width="short"
          inputMode="numeric"
          label={i18n.t("funding.amountGranted")}
          value={granted}
          error={form.errors[`${prefix}-granted`]}
          onInput={setGranted}
        />
      )}
    </CommandForm>
  );
}
