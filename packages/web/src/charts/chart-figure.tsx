import type { ComponentChildren } from "preact";
import { ScrollRegion } from "../components/scroll-region";
import { useI18n } from "../i18n/i18n";
import { type DrawChart, PlotPicture } from "./plot-picture";

interface ChartFigureProps {
  /** What the chart shows: the figure's caption and the table's. */
  readonly caption: string;
  /** The chart in one or two sentences, with its totals: the picture's accessible name. */
  readonly summary: string;
  readonly draw: DrawChart;
  /** The chart's numbers as a table (FiguresTable), for screen readers and for checking. */
  readonly children: ComponentChildren;
}

/**
 * A chart of the report as a figure: its caption, the picture, and every number behind it in a
 * table under a disclosure, so the chart has a text alternative that a screen reader can browse
 * cell by cell (WCAG 1.1.1) and that reads the same in black and white.
 */
export function ChartFigure({ caption, summary, draw, children }: ChartFigureProps) {
  const { t } = useI18n();
  return (
    <figure class="chart">
      <figcaption class="chart__caption">{caption}</figcaption>
      {/* Drawn no narrower than its labels need and never shrunk below its type's size: on a
          narrow screen it scrolls sideways instead of being scaled to unreadable 7 px text. */}
      <ScrollRegion class="chart__scroll" label={t("report.chart.scroll", { caption })}>
        <PlotPicture label={summary} draw={draw} />
      </ScrollRegion>
      <details class="chart__figures">
        <summary>{t("report.chart.figures")}</summary>
        {children}
      </details>
    </figure>
  );
}
