import { useI18n } from "../i18n/i18n";
import { StatusTag } from "./status-tag";

/**
 * D-32: a fact recorded more than 14 days after its date, shown with both dates, so that a
 * dialog "held" months before it was written down is not read as kept on time.
 */
export function RecordedLate({
  late,
}: {
  late: { readonly factOn: string; readonly recordedOn: string } | null | undefined;
}) {
  const i18n = useI18n();
  if (!late) return null;
  return (
    <span class="recorded-late">
      {" "}
      <StatusTag tone="attention">{i18n.t("recordedLate.tag")}</StatusTag>{" "}
      {i18n.t("recordedLate.dates", {
        fact: i18n.date(late.factOn),
        recorded: i18n.date(late.recordedOn),
      })}
    </span>
  );
}
