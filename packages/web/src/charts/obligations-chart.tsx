import { useCallback } from "preact/hooks";
import { type MessageKey, useI18n } from "../i18n/i18n";
import { OUTCOMES, type Outcome, obligationRows } from "../report/chart-rows";
import type { FollowUpReport } from "../report/follow-up-report";
import { ChartFigure } from "./chart-figure";
import { OUTCOME_COLOURS, OUTCOME_INK, PLOT_STYLE, textWidth } from "./chart-style";
import { FiguresTable } from "./figures-table";
import type { DrawChart } from "./plot-picture";

/**
 * R21, R24: one bar per rule, split into its obligations met on time, late, missed, still open
 * and lapsed; each part carries its number and the bar ends with how many were due.
 */
export function ObligationsChart({ report }: { report: FollowUpReport }) {
  const i18n = useI18n();
  const outcome = (o: Outcome) => i18n.t(`report.outcome.${o}` as MessageKey);
  const ruleName = (rule: string) => `${rule} ${i18n.tryT(`rule.${rule}`) ?? ""}`.trim();
  const rows = obligationRows(report);
  const draw = useCallback<DrawChart>(
    (Plot, width) => {
      const parts = rows.flatMap((row) =>
        OUTCOMES.filter((o) => row.counts[o] > 0).map((o) => ({
          rule: ruleName(row.rule),
          outcome: o,
          name: outcome(o),
          count: row.counts[o],
        })),
      );
      const most = Math.max(1, ...rows.map((row) => row.due));
      const dueText = (due: number) =>
        due === 0
          ? i18n.t("report.nothingDue")
          : `${due} ${i18n.t("report.due").toLocaleLowerCase(i18n.language)}`;
      // A part wide enough for its outcome in words says it ("3 i tid"), so that colour is not
      // the only cue (WCAG 1.4.1); a narrow one keeps its number, named in the legend and table.
      const across = (width - 200 - 130) / most;
      const label = (part: { count: number; name: string }) => {
        const words = `${part.count} ${part.name.toLocaleLowerCase(i18n.language)}`;
        return textWidth([words]) * 1.1 + 8 <= part.count * across ? words : String(part.count);
      };
      return Plot.plot({
        ...PLOT_STYLE,
        width,
        height: 50 + rows.length * 52,
        marginLeft: 200,
        marginRight: 130,
        x: { domain: [0, most], ticks: Math.min(most, 10), tickFormat: "d", label: null },
        y: { domain: rows.map((row) => ruleName(row.rule)), label: null, axis: null },
        color: {
          domain: OUTCOMES.map(outcome),
          range: OUTCOMES.map((o) => OUTCOME_COLOURS[o]),
          legend: true,
        },
        marks: [
          Plot.axisY({ lineWidth: 13, tickSize: 0, label: null }),
          Plot.barX(parts, { y: "rule", x: "count", fill: "name", insetTop: 6, insetBottom: 6 }),
          Plot.text(
            parts,
            Plot.stackX({
              y: "rule",
              x: "count",
              text: label,
              fill: (part: { outcome: Outcome }) => OUTCOME_INK[part.outcome],
              fontWeight: "bold",
            }),
          ),
          Plot.text(rows, {
            y: (row) => ruleName(row.rule),
            x: "due",
            text: (row) => dueText(row.due),
            dx: 8,
            textAnchor: "start",
          }),
        ],
      });
    },
    [report, i18n],
  );
  return (
    <ChartFigure
      caption={i18n.t("report.obligationsChart")}
      summary={i18n.t("report.obligationsSummary", {
        rules: rows
          .map((row) =>
            i18n.t("report.obligationsRule", { rule: row.rule, due: row.due, ...row.counts }),
          )
          .join(". "),
      })}
      draw={draw}
    >
      <FiguresTable
        caption={i18n.t("report.obligationsChart")}
        columns={[i18n.t("report.rule"), i18n.t("report.due"), ...OUTCOMES.map(outcome)]}
        rows={rows.map((row) => [
          ruleName(row.rule),
          row.due,
          ...OUTCOMES.map((o) => row.counts[o]),
        ])}
      />
    </ChartFigure>
  );
}
