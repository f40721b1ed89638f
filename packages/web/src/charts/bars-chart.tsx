import { useCallback } from "preact/hooks";
import { useI18n } from "../i18n/i18n";
import { ChartFigure } from "./chart-figure";
import { BAR, marginFor, PLOT_STYLE, TEXT } from "./chart-style";
import { FiguresTable } from "./figures-table";
import type { DrawChart } from "./plot-picture";

export interface Bar {
  readonly label: string;
  readonly count: number;
  /** Words after the number ("2 500 000 kr"), when the count alone is not enough. */
  readonly note?: string;
}

interface BarsChartProps {
  readonly caption: string;
  /** The heading of the bars' labels in the table ("Typ", "Status"). */
  readonly heading: string;
  /** The heading of the notes' column, when the bars have notes. */
  readonly noteHeading?: string;
  readonly bars: readonly Bar[];
}

/** Plain horizontal bars, each with its count (and note) written at its end. */
export function BarsChart({ caption, heading, noteHeading, bars }: BarsChartProps) {
  const i18n = useI18n();
  const text = (bar: Bar) => (bar.note ? `${bar.count} · ${bar.note}` : String(bar.count));
  const draw = useCallback<DrawChart>(
    (Plot, width) =>
      Plot.plot({
        ...PLOT_STYLE,
        width,
        height: 20 + bars.length * 36,
        marginLeft: marginFor(bars.map((bar) => bar.label)),
        marginRight: Math.max(50, ...bars.map((bar) => 16 + 8 * text(bar).length)),
        x: { domain: [0, Math.max(1, ...bars.map((bar) => bar.count))], axis: null },
        y: { domain: bars.map((bar) => bar.label), label: null, tickSize: 0 },
        marks: [
          Plot.barX(bars, { y: "label", x: "count", fill: BAR, insetTop: 5, insetBottom: 5 }),
          Plot.text(bars, {
            y: "label",
            x: "count",
            text,
            dx: 8,
            textAnchor: "start",
            fill: TEXT,
            fontWeight: "bold",
          }),
        ],
      }),
    [bars],
  );
  return (
    <ChartFigure
      caption={caption}
      summary={i18n.t("report.barsSummary", {
        bars: bars.map((bar) => `${bar.label} ${text(bar)}`).join(", "),
      })}
      draw={draw}
    >
      <FiguresTable
        caption={caption}
        columns={[heading, i18n.t("report.count"), ...(noteHeading ? [noteHeading] : [])]}
        rows={bars.map((bar) => [bar.label, bar.count, ...(noteHeading ? [bar.note ?? ""] : [])])}
      />
    </ChartFigure>
  );
}
