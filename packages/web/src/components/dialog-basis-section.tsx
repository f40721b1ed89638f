import type { Dialog } from "@samverkan/client";
import { useState } from "preact/hooks";
import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { partiesWithoutGroupMembers } from "../agreement/collaboration-group";
import { api } from "../api/api-client";
import { CommandForm } from "../forms/command-form";
import { isDay } from "../forms/form-errors";
import { TextAreaField } from "../forms/text-area-field";
import { TextField } from "../forms/text-field";
import { useCommandForm } from "../forms/use-command-form";
import { useI18n } from "../i18n/i18n";
import { asPartyCoordinator } from "../permissions/permissions";
import { Link } from "../router/link";
import { NotAllowed } from "./not-allowed";
import { RecordedLate } from "./recorded-late";
import { SuccessBanner } from "./success-banner";

/** A dialog's basis: submitted, or the form to submit it, or why it cannot be yet (R12). */
export function DialogBasisSection({ dialog, onChange }: { dialog: Dialog; onChange: () => void }) {
  const i18n = useI18n();
  const { agreement, letterId, session } = useAgreement();
  const [summary, setSummary] = useState("");
  const [submittedOn, setSubmittedOn] = useState(agreement.asOf);
  const permission = asPartyCoordinator(session.person, agreement, i18n.t("list.or"));
  const missing = partiesWithoutGroupMembers(agreement);
  const form = useCommandForm({
    check: () => ({
      summary: summary.trim() ? "" : i18n.t("basis.errors.summary"),
      submittedOn: isDay(submittedOn) ? "" : i18n.t("basis.errors.date"),
    }),
    send: () =>
      api().POST("/v1/agreements/{id}/dialogs/{dialogId}/basis", {
        params: { path: { id: letterId, dialogId: dialog.id } },
        body: { summary, submittedOn },
      }),
    accepted: () => {
      onChange();
      return i18n.t("basis.done", { date: i18n.date(submittedOn) });
    },
  });
  const body = () => {
    if (dialog.basis)
      return (
        <>
          <p>
            {i18n.t("basis.submittedOn", { date: i18n.date(dialog.basis.submittedOn) })}
            <RecordedLate
              late={
                dialog.basis.recordedOn
                  ? { factOn: dialog.basis.submittedOn, recordedOn: dialog.basis.recordedOn }
                  : null
              }
            />
          </p>
          <blockquote class="quote">{dialog.basis.summary}</blockquote>
        </>
      );
    if (dialog.record) return <p>{i18n.t("basis.noneBeforeHeld")}</p>;
    if (!permission.allowed) return <NotAllowed permission={permission} />;
    if (missing.length > 0)
      return (
        <div class="inset why">
          <p>
            {i18n.t("basis.groupMissing", {
              parties: missing.map((p) => p.name).join(` ${i18n.t("list.and")} `),
            })}
          </p>
          <Link href={agreementPath(letterId, "samverkansgrupp")}>
            {i18n.t("basis.appointGroup")}
          </Link>
        </div>
      );
    return (
      <CommandForm form={form} letterId={letterId} submit={i18n.t("basis.submit")} banner={false}>
        <TextAreaField
          name="summary"
          label={i18n.t("basis.summaryLabel")}
          hint={i18n.t("basis.summaryHint")}
          value={summary}
          error={form.errors.summary}
          onInput={setSummary}
          rows={6}
        />
        <TextField
          name="submittedOn"
          type="date"
          width="short"
          label={i18n.t("basis.dateLabel")}
          value={submittedOn}
          error={form.errors.submittedOn}
          onInput={setSubmittedOn}
        />
      </CommandForm>
    );
  };
  return (
    <section id="underlag" aria-labelledby="basis-heading">
      <h2 id="basis-heading">{i18n.t("basis.title")}</h2>
      {/* Here, not in the form: the form gives way to the submitted basis once it is in. */}
      {form.done && <SuccessBanner title={form.done} />}
      {body()}
    </section>
  );
}
