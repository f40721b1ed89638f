import { useI18n } from "../i18n/i18n";
import type { FollowUpReport } from "../report/follow-up-report";

/**
 * The year in five sentences, first on the page and on paper (#16.6): what a reader of the
 * printed report wants before the charts, which follow with every number behind these.
 */
export function ReportSummary({ report }: { report: FollowUpReport }) {
  const i18n = useI18n();
  const { dialogs, needs, activities, funding, obligations } = report;
  const duties = Object.values(obligations).reduce(
    (sum, rule) => ({
      due: sum.due + rule.due.count,
      onTime: sum.onTime + rule.onTime.count + rule.recordedLate.count,
      late: sum.late + rule.late.count,
      missed: sum.missed + rule.missed.count,
      open: sum.open + rule.open.count,
    }),
    { due: 0, onTime: 0, late: 0, missed: 0, open: 0 },
  );
  const completed = activities.funnel.find((step) => step.step === "completed")?.count ?? 0;
  const started = activities.byStatus.running?.count ?? 0;
  return (
    <section class="report__summary" aria-labelledby="report-summary">
      <h2 id="report-summary">{i18n.t("report.summary.heading")}</h2>
      <ul class="report__summary-list">
        <li>
          {i18n.t("report.summary.dialogs", {
            due: dialogs.totals.due.count,
            onTime: dialogs.totals.onTime.count + dialogs.totals.recordedLate.count,
            late: dialogs.totals.late.count,
            missed: dialogs.totals.missed.count,
            open: dialogs.totals.open.count,
          })}
        </li>
        <li>{i18n.t("report.summary.obligations", duties)}</li>
        <li>
          {i18n.t(needs.raised.count === 1 ? "report.summary.needsOne" : "report.summary.needs", {
            count: needs.raised.count,
          })}
        </li>
        <li>{i18n.t("report.summary.activities", { running: started, completed })}</li>
        <li>
          {i18n.t("report.summary.funding", {
            count: funding.total.count,
            requested: i18n.sek(funding.total.requestedSek),
            granted: i18n.sek(funding.total.grantedSek),
          })}
        </li>
      </ul>
    </section>
  );
}
