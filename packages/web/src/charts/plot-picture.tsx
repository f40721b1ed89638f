import { useEffect, useRef, useState } from "preact/hooks";
import { useI18n } from "../i18n/i18n";
import { loadPlot, type PlotLibrary } from "./load-plot";

/** Draws a chart `width` pixels wide with the library; Plot gives an SVG (or a figure with it). */
export type DrawChart = (plot: PlotLibrary, width: number) => Element;

// Narrower than this a chart's labels leave no room for its bars: on a phone the chart is drawn
// this wide and scaled down to the screen (report.css). Wider than MAX_WIDTH, its type would get
// too small in print, where the SVG is scaled to the A4 page.
const MIN_WIDTH = 540;
const MAX_WIDTH = 760;

/**
 * The chart as one picture with a name (role="img" + aria-label): a screen reader hears the
 * summary, and the figures themselves come from the table beside it, so the library's SVG is
 * hidden from it. Drawn once the library has loaded; drawn again when `draw` changes.
 */
export function PlotPicture({ label, draw }: { label: string; draw: DrawChart }) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    loadPlot().then(
      (plot) => {
        const container = box.current;
        if (!current || !container) return;
        const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, container.clientWidth));
        const chart = draw(plot, width);
        // Plot writes its few rules in <style> elements, which the workspace's content security
        // policy (style-src 'self') refuses: report.css has them, so they go before the chart
        // reaches the page.
        for (const style of chart.querySelectorAll("style")) style.remove();
        chart.setAttribute("aria-hidden", "true");
        container.replaceChildren(chart);
      },
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [draw]);
  return failed ? (
    <p class="chart__unavailable">{t("report.chart.unavailable")}</p>
  ) : (
    <div class="chart__picture" ref={box} role="img" aria-label={label} />
  );
}
