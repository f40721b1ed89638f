import { useCallback } from "preact/hooks";
import { useI18n } from "../i18n/i18n";
import { funnelRows } from "../report/chart-rows";
import type { FollowUpReport } from "../report/follow-up-report";
import { ChartFigure } from "./chart-figure";
import { BAR, marginFor, PLOT_STYLE, TEXT } from "./chart-style";
import { FiguresTable } from "./figures-table";
import type { DrawChart } from "./plot-picture";

/**
 * R5, R14, R24: the year's needs → those an activity took up → signed → started → completed,
 * as a funnel: bars centred on one line, each as wide as the needs that reached the step.
 */
export function NeedsFunnel({ report }: { report: FollowUpReport }) {
  const i18n = useI18n();
  const steps = funnelRows(report).map((row) => ({
    label: i18n.tryT(`report.step.${row.key}`) ?? row.key,
    count: row.count,
  }));
  const draw = useCallback<DrawChart>(
    (Plot, width) => {
      const most = Math.max(1, ...steps.map((step) => step.count));
      return Plot.plot({
        ...PLOT_STYLE,
        width,
        height: 30 + steps.length * 46,
        marginLeft: marginFor(steps.map((step) => step.label)),
        marginRight: 50,
        x: { domain: [-most / 2, most / 2], axis: null },
        y: { domain: steps.map((step) => step.label), label: null, tickSize: 0 },
        marks: [
          Plot.barX(steps, {
            y: "label",
            x1: (step: { count: number }) => -step.count / 2,
            x2: (step: { count: number }) => step.count / 2,
            fill: BAR,
            insetTop: 4,
            insetBottom: 4,
          }),
          Plot.text(steps, {
            y: "label",
            x: (step: { count: number }) => step.count / 2,
            text: "count",
            dx: 8,
            textAnchor: "start",
            fill: TEXT,
            fontWeight: "bold",
          }),
        ],
      });
    },
    [report, i18n],
  );
  return (
    <ChartFigure
      caption={i18n.t("report.funnel")}
      summary={i18n.t("report.funnelSummary", {
        steps: steps.map((step) => `${step.label} ${step.count}`).join(", "),
      })}
      draw={draw}
    >
      <FiguresTable
        caption={i18n.t("report.funnel")}
        columns={[i18n.t("report.step"), i18n.t("report.count")]}
        rows={steps.map((step) => [step.label, step.count])}
      />
    </ChartFigure>
  );
}
