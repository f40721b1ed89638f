import type { Dialog, Obligation } from "@samverkan/client";
import { addDays } from "../deadlines/dates";
import { useI18n } from "../i18n/i18n";
import { StatusTag } from "./status-tag";

/**
 * A dialog's basis in the dialog list (R12, #16.4): submitted (marked when late), or still to
 * come, marked "Saknas" once its day has passed and "Snart" when it is near. The status is the
 * API's (the dialog-basis obligation, read on the server's day), not the browser's clock.
 */
export function BasisStatus({
  dialog,
  obligation,
  leadDays,
}: {
  dialog: Dialog;
  obligation: Obligation | undefined;
  leadDays: number;
}) {
  const i18n = useI18n();
  const dueOn = obligation?.dueOn ?? addDays(dialog.scheduledOn, -leadDays);
  if (dialog.basis) {
    const submitted = i18n.t("dialogs.basisSubmitted", {
      date: i18n.date(dialog.basis.submittedOn),
    });
    return dialog.basis.submittedOn > dueOn ? (
      <>
        <StatusTag tone="attention">{i18n.t("dialogs.basisLate")}</StatusTag> {submitted}
        <span class="secondary"> {i18n.t("deadline.due", { date: i18n.date(dueOn) })}</span>
      </>
    ) : (
      <>{submitted}</>
    );
  }
  if (obligation?.status === "overdue")
    return (
      <>
        <StatusTag tone="overdue">{i18n.t("dialogs.basisMissing")}</StatusTag>{" "}
        {i18n.t("deadline.wasDue", { date: i18n.date(dueOn) })}
      </>
    );
  if (obligation?.status === "due-soon")
    return (
      <>
        <StatusTag tone="attention">{i18n.t("obligation.status.due-soon")}</StatusTag>{" "}
        {i18n.t("dialogs.basisDue", { date: i18n.date(dueOn) })}
      </>
    );
  return <>{i18n.t("dialogs.basisDue", { date: i18n.date(dueOn) })}</>;
}
