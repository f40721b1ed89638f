import { addDays, isCalendarDate } from "@samverkan/domain/vocabulary";
import { useState } from "preact/hooks";
import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { CommandForm } from "../forms/command-form";
import { isDay } from "../forms/form-errors";
import { TextField } from "../forms/text-field";
import { useCommandForm } from "../forms/use-command-form";
import { useI18n } from "../i18n/i18n";
import { asPartyCoordinator } from "../permissions/permissions";
import { navigate } from "../router/location";

/** Schedule a leadership dialog: one date, one button (R10). */
export default function ScheduleDialogPage() {
  const i18n = useI18n();
  const { agreement, letterId, session, reload } = useAgreement();
  const [scheduledOn, setScheduledOn] = useState("");
  const lead = agreement.terms.basisLeadDays;
  const form = useCommandForm({
    check: () => ({ scheduledOn: isDay(scheduledOn) ? "" : i18n.t("dialogs.errors.date") }),
    send: () =>
      api().POST("/v1/agreements/{id}/dialogs", {
        params: { path: { id: letterId } },
        body: { scheduledOn },
      }),
    accepted: (dialog) => {
      reload();
      navigate(`${agreementPath(letterId, `dialoger/${dialog.id}`)}?klart=planerad`);
    },
  });
  // R12: the basis is due `lead` days before the dialog. A dialog closer than that makes a basis
  // that is late the moment it exists (issue #16 item 4): say so before the button is pressed.
  const basisDueOn = isCalendarDate(scheduledOn) ? addDays(scheduledOn, -lead) : undefined;
  const lateAtOnce = basisDueOn !== undefined && basisDueOn < agreement.asOf;
  return (
    <CommandForm
      form={form}
      letterId={letterId}
      back={{ href: agreementPath(letterId, "dialoger"), label: i18n.t("dialogs.back") }}
      caption={i18n.t("dialogs.title")}
      heading={i18n.t("dialogs.schedule")}
      permission={asPartyCoordinator(session.person, agreement, i18n.t("list.or"))}
      submit={i18n.t("dialogs.scheduleButton")}
    >
      <TextField
        name="scheduledOn"
        type="date"
        width="short"
        label={i18n.t("dialogs.dateLabel")}
        hint={i18n.t("dialogs.dateHint", { lead })}
        value={scheduledOn}
        error={form.errors.scheduledOn}
        onInput={setScheduledOn}
      />
      {lateAtOnce && basisDueOn && (
        <p class="warning-text" id="basis-lead-warning">
          <span class="visually-hidden">{i18n.t("warning.prefix")} </span>
          {i18n.t("dialogs.leadWarning", { lead, due: i18n.date(basisDueOn) })}
        </p>
      )}
    </CommandForm>
  );
}
