import { useMemo } from "preact/hooks";
import { type Bar, BarsChart } from "../charts/bars-chart";
import { DialogsChart } from "../charts/dialogs-chart";
import { NeedsFunnel } from "../charts/needs-funnel";
import { NeedsHeatMap } from "../charts/needs-heat-map";
import { ObligationsChart } from "../charts/obligations-chart";
import { activityKindName } from "../forms/vocabulary-options";
import { useI18n } from "../i18n/i18n";
import { countRows } from "../report/chart-rows";
import type { FollowUpReport } from "../report/follow-up-report";

/** The figures of R24 for one year, each as a chart with its numbers in a table. */
export function FollowUpFigures({ report }: { report: FollowUpReport }) {
  const i18n = useI18n();
  // Made once per report and language, so that the charts are not drawn again on every render.
  const kinds = useMemo<Bar[]>(
    () =>
      countRows(report.activities.byKind).map(({ key, count }) => ({
        label: activityKindName(key, i18n),
        count,
      })),
    [report, i18n],
  );
  const funding = useMemo<Bar[]>(
    () =>
      Object.entries(report.funding.byStatus).map(([status, value]) => ({
        label: i18n.tryT(`funding.status.${status}`) ?? status,
        count: value.count,
        note: i18n.sek(status === "granted" ? value.grantedSek : value.requestedSek),
      })),
    [report, i18n],
  );
  return (
    <>
      <h2>{i18n.t("report.dialogsHeading")}</h2>
      <DialogsChart report={report} />
      <h2>{i18n.t("report.obligationsHeading")}</h2>
      <ObligationsChart report={report} />
      <h2>{i18n.t("report.needsHeading")}</h2>
      <NeedsHeatMap report={report} />
      <h2>{i18n.t("report.activitiesHeading")}</h2>
      <NeedsFunnel report={report} />
      <BarsChart
        caption={i18n.t("report.activitiesByKind")}
        heading={i18n.t("report.kind")}
        bars={kinds}
      />
      <h2>{i18n.t("report.fundingHeading")}</h2>
      <BarsChart
        caption={i18n.t("report.fundingByStatus", {
          requested: i18n.sek(report.funding.total.requestedSek),
          granted: i18n.sek(report.funding.total.grantedSek),
        })}
        heading={i18n.t("report.status")}
        noteHeading={i18n.t("report.amount")}
        bars={funding}
      />
    </>
  );
}
