import { useAgreement } from "../agreement/agreement-context";
import { organisationNames } from "../agreement/organisation-names";
import { useConfig } from "../config/config-context";
import { activityKindName, focusAreaName } from "../forms/vocabulary-options";
import { type MessageKey, useI18n } from "../i18n/i18n";
import type { FollowUpReport } from "../report/follow-up-report";
import { BarChart } from "./bar-chart";

const OUTCOMES = ["onTime", "late", "missed", "open", "lapsed"] as const;

/** The figures of R24 for one year, each as a chart with its numbers. */
export function FollowUpFigures({ report }: { report: FollowUpReport }) {
  const i18n = useI18n();
  const config = useConfig();
  const { agreement } = useAgreement();
  const names = organisationNames(agreement, config);
  const label = (key: string) => i18n.tryT(key) ?? key;
  const counts = (
    record: Readonly<Record<string, { count: number }>>,
    name: (key: string) => string,
  ) => Object.entries(record).map(([key, value]) => ({ label: name(key), value: value.count }));
  return (
    <>
      <h2>{i18n.t("report.obligationsHeading")}</h2>
      {Object.values(report.obligations).map((figures) => (
        <BarChart
          key={figures.rule}
          caption={`${figures.rule} ${label(`rule.${figures.rule}`)}: ${i18n.t("report.dueCount", { count: figures.due.count })}`}
          bars={OUTCOMES.map((outcome) => ({
            label: i18n.t(`report.outcome.${outcome}` as MessageKey),
            value: figures[outcome].count,
          }))}
        />
      ))}
      <h2>{i18n.t("report.needsHeading")}</h2>
      <BarChart
        caption={i18n.t("report.needsByArea", { count: report.needs.raised.count })}
        bars={counts(report.needs.byFocusArea, (k) => focusAreaName(k, i18n))}
      />
      <BarChart
        caption={i18n.t("report.needsBySource")}
        bars={report.needs.bySource.map((s) => ({
          label:
            s.kind === "dialog" ? i18n.t("needs.source.dialog") : (names.get(s.source) ?? s.source),
          value: s.total.count,
        }))}
      />
      <h2>{i18n.t("report.activitiesHeading")}</h2>
      <BarChart
        caption={i18n.t("report.funnel")}
        bars={report.activities.funnel.map((step) => ({
          label: label(`report.step.${step.step}`),
          value: step.count,
        }))}
      />
      <BarChart
        caption={i18n.t("report.activitiesByKind")}
        bars={counts(report.activities.byKind, (k) => activityKindName(k, i18n))}
      />
      <h2>{i18n.t("report.fundingHeading")}</h2>
      <BarChart
        caption={i18n.t("report.fundingByStatus", {
          requested: i18n.sek(report.funding.total.requestedSek),
          granted: i18n.sek(report.funding.total.grantedSek),
        })}
        bars={Object.entries(report.funding.byStatus).map(([status, value]) => ({
          label: label(`funding.status.${status}`),
          value: value.count,
          note: i18n.sek(status === "granted" ? value.grantedSek : value.requestedSek),
        }))}
      />
    </>
  );
}
