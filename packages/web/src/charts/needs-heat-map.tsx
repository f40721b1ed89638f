import { useCallback } from "preact/hooks";
import { useAgreement } from "../agreement/agreement-context";
import { useFocusAreaName } from "../agreement/focus-area-names";
import { organisationNames } from "../agreement/organisation-names";
import { useI18n } from "../i18n/i18n";
import { needsMatrix } from "../report/chart-rows";
import type { FollowUpReport } from "../report/follow-up-report";
import { ChartFigure } from "./chart-figure";
import { heatShade, marginFor, PLOT_STYLE, textWidth } from "./chart-style";
import { FiguresTable } from "./figures-table";
import type { DrawChart } from "./plot-picture";

// The focus areas' names are long compound words ("Kompetensutveckling"): written slanted above
// the columns they fit at any width, where wrapping them would not.
const SLANT = -35;
const LINE_EMS = 12;
const LINE_PX = 170;
const slanted = (px: number) => ({
  up: Math.ceil(Math.sin((-SLANT * Math.PI) / 180) * px),
  along: Math.ceil(Math.cos((-SLANT * Math.PI) / 180) * px),
});

/**
 * R6, R24: the year's needs as a heat map, municipalities × focus areas (then parties, then
 * dialogs): each cell shaded by its count and with the count written in it.
 */
export function NeedsHeatMap({ report }: { report: FollowUpReport }) {
  const i18n = useI18n();
  const nameOf = useFocusAreaName();
  const { agreement } = useAgreement();
  const names = organisationNames(agreement);
  const { focusAreas, rows } = needsMatrix(
    report,
    (row) =>
      row.kind === "dialog"
        ? i18n.t("report.needs.fromDialogs")
        : (names.get(row.source) ?? row.source),
    new Intl.Collator(i18n.language).compare,
  );
  const areas = focusAreas.map(nameOf);
  const caption = i18n.t("report.needsChart", { count: report.needs.raised.count });
  const draw = useCallback<DrawChart>(
    (Plot, width) => {
      const cells = rows.flatMap((row) =>
        row.counts.map((count, i) => ({ source: row.name, area: areas[i], count })),
      );
      const most = Math.max(1, ...cells.map((cell) => cell.count));
      const marginLeft = marginFor(rows.map((row) => row.name));
      const column = (width - marginLeft) / Math.max(1, areas.length);
      // A name longer than LINE is wrapped onto a second line.
      const label = slanted(Math.min(textWidth(areas), LINE_PX));
      return Plot.plot({
        ...PLOT_STYLE,
        width,
        height: label.up + 30 + rows.length * 44,
        marginTop: label.up + 16,
        marginLeft,
        marginRight: Math.max(10, label.along - column / 2 + 10),
        x: { domain: areas, axis: null },
        y: { domain: rows.map((row) => row.name), label: null, tickSize: 0 },
        // Four steps of blue, each 3:1 or more against the white page (chart-style.ts); an
        // empty cell is white with a grey edge and its "0".
        color: { type: "identity" },
        marks: [
          Plot.axisX({
            anchor: "top",
            tickRotate: SLANT,
            lineWidth: LINE_EMS,
            tickSize: 0,
            tickPadding: 6,
            textAnchor: "start",
            label: null,
          }),
          Plot.cell(cells, {
            x: "area",
            y: "source",
            fill: (cell: { count: number }) => heatShade(cell.count, most).fill,
            stroke: "#6f777b",
            inset: 1,
          }),
          Plot.text(cells, {
            x: "area",
            y: "source",
            text: "count",
            fill: (cell: { count: number }) => heatShade(cell.count, most).ink,
            fontWeight: "bold",
          }),
        ],
      });
    },
    [report, i18n],
  );
  if (rows.length === 0) return <p>{i18n.t("report.needsNone")}</p>;
  return (
    <ChartFigure
      caption={caption}
      summary={i18n.t("report.needsSummary", {
        count: report.needs.raised.count,
        rows: rows.length,
        areas: areas.length,
      })}
      draw={draw}
    >
      <FiguresTable
        caption={caption}
        columns={[i18n.t("report.needs.raisedBy"), ...areas, i18n.t("report.needs.total")]}
        rows={rows.map((row) => [row.name, ...row.counts, row.total])}
      />
    </ChartFigure>
  );
}
