import { useState } from "preact/hooks";
import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useCommand } from "../api/use-command";
import { ErrorSummary } from "../components/error-summary";
import { NotAllowed } from "../components/not-allowed";
import { PageHeading } from "../components/page-heading";
import { type FormErrors, isDay, onlyErrors, summaryOf } from "../forms/form-errors";
import { TextField } from "../forms/text-field";
import { useI18n } from "../i18n/i18n";
import { asPartyCoordinator } from "../permissions/permissions";
import { Link } from "../router/link";
import { navigate } from "../router/location";

/** Schedule a leadership dialog: one date, one button (R10). */
export default function ScheduleDialogPage() {
  const i18n = useI18n();
  const { agreement, letterId, session, reload } = useAgreement();
  const command = useCommand();
  const [scheduledOn, setScheduledOn] = useState("");
  const [errors, setErrors] = useState<FormErrors>({});
  const permission = asPartyCoordinator(session.person, agreement, i18n.t("list.or"));
  const submit = async (event: Event) => {
    event.preventDefault();
    const found = onlyErrors({
      scheduledOn: isDay(scheduledOn) ? "" : i18n.t("dialogs.errors.date"),
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const dialog = await command.run(() =>
      api().POST("/v1/agreements/{id}/dialogs", {
        params: { path: { id: letterId } },
        body: { scheduledOn },
      }),
    );
    if (!dialog) return;
    reload();
    navigate(`${agreementPath(letterId, `dialoger/${dialog.id}`)}?klart=planerad`);
  };
  return (
    <>
      <Link class="back-link" href={agreementPath(letterId, "dialoger")}>
        {i18n.t("dialogs.back")}
      </Link>
      <PageHeading caption={i18n.t("dialogs.title")}>{i18n.t("dialogs.schedule")}</PageHeading>
      {!permission.allowed ? (
        <NotAllowed permission={permission} />
      ) : (
        <form onSubmit={submit} noValidate>
          <ErrorSummary errors={summaryOf(errors)} problem={command.problem} letterId={letterId} />
          <TextField
            name="scheduledOn"
            type="date"
            width="short"
            label={i18n.t("dialogs.dateLabel")}
            hint={i18n.t("dialogs.dateHint", { lead: agreement.terms.basisLeadDays })}
            value={scheduledOn}
            error={errors.scheduledOn}
            onInput={setScheduledOn}
          />
          <button type="submit" class="button" disabled={command.busy}>
            {i18n.t("dialogs.scheduleButton")}
          </button>
        </form>
      )}
    </>
  );
}
