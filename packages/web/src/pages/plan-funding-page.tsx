import { useState } from "preact/hooks";
import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { CheckboxGroup } from "../forms/checkbox-group";
import { CommandForm } from "../forms/command-form";
import { isDay } from "../forms/form-errors";
import { TextField } from "../forms/text-field";
import { useCommandForm } from "../forms/use-command-form";
import { useI18n } from "../i18n/i18n";
import { asPartyCoordinator } from "../permissions/permissions";
import { navigate } from "../router/location";

/** Plan a joint funding application: funder, call, deadline, amount, applicants (R7). */
export default function PlanFundingPage() {
  const i18n = useI18n();
  const { agreement, letterId, session } = useAgreement();
  const activities = useResource(
    () =>
      api().GET("/v1/agreements/{id}/activities", {
        params: { path: { id: letterId }, query: { limit: 200 } },
      }),
    [letterId],
  );
  const [funder, setFunder] = useState("");
  const [call, setCall] = useState("");
  const [deadline, setDeadline] = useState("");
  const [amount, setAmount] = useState("");
  const [applicants, setApplicants] = useState<string[]>(agreement.parties.map((p) => p.orgNumber));
  const [linked, setLinked] = useState<string[]>([]);
  const form = useCommandForm({
    check: () => ({
      funder: funder.trim() ? "" : i18n.t("funding.errors.funder"),
      call: call.trim() ? "" : i18n.t("funding.errors.call"),
      submissionDeadline: isDay(deadline) ? "" : i18n.t("funding.errors.deadline"),
      amountRequestedSek: /^\d+$/.test(amount.trim()) ? "" : i18n.t("funding.errors.amount"),
      applicantParties: applicants.length ? "" : i18n.t("funding.errors.applicants"),
    }),
    send: () =>
      api().POST("/v1/agreements/{id}/funding-applications", {
        params: { path: { id: letterId } },
        body: {
          funder,
          call,
          submissionDeadline: deadline,
          amountRequestedSek: Number(amount),
          applicantParties: applicants,
          linkedActivityIds: linked,
        },
      }),
    accepted: () => navigate(`${agreementPath(letterId, "finansiering")}?klart=planerad`),
  });
  return (
    <CommandForm
      form={form}
      letterId={letterId}
      back={{ href: agreementPath(letterId, "finansiering"), label: i18n.t("funding.back") }}
      caption={i18n.t("funding.title")}
      heading={i18n.t("funding.plan")}
      permission={asPartyCoordinator(session.person, agreement, i18n.t("list.or"))}
      submit={i18n.t("funding.planButton")}
    >
      <TextField
        name="funder"
        label={i18n.t("funding.funder")}
        hint={i18n.t("funding.funderHint")}
        value={funder}
        error={form.errors.funder}
        onInput={setFunder}
      />
      <TextField
        name="call"
        label={i18n.t("funding.call")}
        value={call}
        error={form.errors.call}
        onInput={setCall}
      />
      <TextField
        name="submissionDeadline"
        type="date"
        width="short"
        label={i18n.t("funding.deadline")}
        value={deadline}
        error={form.errors.submissionDeadline}
        onInput={setDeadline}
      />
      <TextField
        name="amountRequestedSek"
        width="short"
        inputMode="numeric"
        label={i18n.t("funding.amountRequested")}
        hint={i18n.t("funding.amountHint")}
        value={amount}
        error={form.errors.amountRequestedSek}
        onInput={setAmount}
      />
      <CheckboxGroup
        name="applicantParties"
        label={i18n.t("funding.applicants")}
        hint={i18n.t("funding.applicantsHint")}
        values={applicants}
        options={agreement.parties.map((p) => ({ value: p.orgNumber, label: p.name }))}
        error={form.errors.applicantParties}
        onChange={setApplicants}
      />
      {(activities.data?.items.length ?? 0) > 0 && (
        <CheckboxGroup
          name="linkedActivityIds"
          label={i18n.t("funding.linked")}
          values={linked}
          options={(activities.data?.items ?? []).map((a) => ({ value: a.id, label: a.title }))}
          onChange={setLinked}
        />
      )}
    </CommandForm>
  );
}
