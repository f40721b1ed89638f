import { useCallback } from "preact/hooks";
import { periodText } from "../deadlines/deadline-title";
import { type MessageKey, useI18n } from "../i18n/i18n";
import { dialogPeriodRows, type PeriodOutcome } from "../report/chart-rows";
import type { FollowUpReport } from "../report/follow-up-report";
import { ChartFigure } from "./chart-figure";
import { DUE, marginFor, OUTCOME_COLOURS, PLOT_STYLE } from "./chart-style";
import { FiguresTable } from "./figures-table";
import type { DrawChart } from "./plot-picture";

const SHOWN: readonly PeriodOutcome[] = [
  "onTime",
  "late",
  "recordedLate",
  "missed",
  "open",
  "notDue",
];
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * R10, D-2: per half-year, the dialog due and the dialogs held, side by side; the held bar takes
 * the colour of the period's outcome and says it in words, so colour is never the only cue.
 */
export function DialogsChart({ report }: { report: FollowUpReport }) {
  const i18n = useI18n();
  const outcome = (o: PeriodOutcome) => i18n.t(`report.outcome.${o}` as MessageKey);
  const period = (label: string) => capitalised(periodText(label, i18n));
  const rows = dialogPeriodRows(report);
  const due = i18n.t("report.dialogs.due");
  const held = i18n.t("report.dialogs.held");
  const draw = useCallback<DrawChart>(
    (Plot, width) => {
      const bars = rows.flatMap((row) => [
        { period: period(row.period), series: due, count: row.due, colour: due, text: row.due },
        {
          period: period(row.period),
          series: held,
          count: row.held,
          colour: outcome(row.outcome),
          text: `${row.held} (${outcome(row.outcome).toLowerCase()})`,
        },
      ]);
      const most = Math.max(1, ...bars.map((bar) => bar.count));
      return Plot.plot({
        ...PLOT_STYLE,
        width,
        height: 250,
        marginTop: 40,
        marginLeft: marginFor([i18n.t("report.count")], 70),
        fx: { domain: rows.map((row) => period(row.period)), label: null, padding: 0.15 },
        x: { domain: [due, held], label: null, padding: 0.15 },
        // Headroom above the highest bar for its words, below the half-years' names.
        y: {
          domain: [0, most * 1.25],
          ticks: most,
          tickFormat: "d",
          label: i18n.t("report.count"),
        },
        color: {
          domain: [due, ...SHOWN.map(outcome)],
          range: [DUE, ...SHOWN.map((o) => OUTCOME_COLOURS[o])],
          legend: true,
        },
        marks: [
          Plot.barY(bars, { fx: "period", x: "series", y: "count", fill: "colour" }),
          Plot.ruleY([0]),
          Plot.text(bars, { fx: "period", x: "series", y: "count", text: "text", dy: -10 }),
        ],
      });
    },
    [report, i18n],
  );
  const { totals } = report.dialogs;
  return (
    <ChartFigure
      caption={i18n.t("report.dialogsChart")}
      summary={i18n.t("report.dialogsSummary", {
        due: totals.due.count,
        onTime: totals.onTime.count,
        late: totals.late.count,
        missed: totals.missed.count,
        open: totals.open.count,
      })}
      draw={draw}
    >
      <FiguresTable
        caption={i18n.t("report.dialogsChart")}
        columns={[i18n.t("report.dialogs.period"), due, held, i18n.t("report.dialogs.outcome")]}
        rows={rows.map((row) => [period(row.period), row.due, row.held, outcome(row.outcome)])}
      />
    </ChartFigure>
  );
}
