import type { Outcome, PeriodOutcome } from "../report/chart-rows";

// Colours and type of the report's charts: the GOV.UK palette the workspace uses, each outcome
// always in the same colour, with an ink that keeps a number written on it readable (WCAG 1.4.3).
// Every colour a chart fills a shape with stands out 3:1 or more from the page behind it
// (WCAG 1.4.11; test/unit/chart-contrast.test.ts measures each): GOV.UK's light grey (2.1:1),
// orange (2.8:1) and the page grey (1.1:1) are not used for bars.

/** What the charts are drawn on: the page's white. */
export const BACKGROUND = "#ffffff";
export const TEXT = "#0b0c0c";
export const BAR = "#1d70b8";
/** "Ska hållas": GOV.UK's secondary grey, 4.6:1. */
export const DUE = "#6f777b";

export const OUTCOME_COLOURS: Readonly<Record<Outcome | PeriodOutcome, string>> = {
  onTime: "#00703c",
  late: "#b35000",
  missed: "#d4351c",
  open: "#1d70b8",
  lapsed: "#505a5f",
  recordedLate: "#4c2c92",
  notDue: "#28a197",
};

/** The colour to write on each outcome's colour: white on the dark ones. */
export const OUTCOME_INK: Readonly<Record<Outcome | PeriodOutcome, string>> = {
  onTime: "#fff",
  late: "#fff",
  missed: "#fff",
  open: "#fff",
  lapsed: "#fff",
  recordedLate: "#fff",
  notDue: TEXT,
};

/**
 * The needs heat map's shades, lightest to darkest, for a count's quarter of the largest (1 to
 * 4), each with its ink; an empty cell is left white with its "0" written in it.
 */
export const HEAT_SHADES: readonly { fill: string; ink: string }[] = [
  { fill: "#5694ca", ink: TEXT },
  { fill: "#1d70b8", ink: "#fff" },
  { fill: "#144e81", ink: "#fff" },
  { fill: "#003078", ink: "#fff" },
];
export const HEAT_EMPTY = { fill: BACKGROUND, ink: TEXT };

/** A count's shade: empty, or its quarter of the largest count. */
export const heatShade = (count: number, most: number) =>
  count === 0 ? HEAT_EMPTY : (HEAT_SHADES[Math.ceil((count / most) * 4) - 1] ?? HEAT_EMPTY);

/** Every colour some chart fills a shape with, by chart, for the contrast test. */
export const CHART_SERIES: Readonly<Record<string, readonly string[]>> = {
  dialogs: [
    DUE,
    ...["onTime", "late", "recordedLate", "missed", "open", "notDue"].map(
      (o) => OUTCOME_COLOURS[o as PeriodOutcome],
    ),
  ],
  obligations: ["onTime", "late", "missed", "open", "lapsed", "recordedLate"].map(
    (o) => OUTCOME_COLOURS[o as Outcome],
  ),
  needsHeatMap: HEAT_SHADES.map((shade) => shade.fill),
  funnel: [BAR],
  activitiesByKind: [BAR],
  fundingByStatus: [BAR],
};

/**
 * Options every chart shares: the page's font, large enough to read on screen and on paper, and
 * a fixed class name, which report.css styles in place of Plot's own <style> elements.
 */
export const PLOT_STYLE = {
  className: "plot",
  style: { fontFamily: "inherit", fontSize: "14px", color: TEXT, background: "transparent" },
} as const;

/** About how wide the longest of `labels` is at the charts' 14 px type, in pixels. */
export const textWidth = (labels: readonly string[]) =>
  7.5 * Math.max(0, ...labels.map((label) => label.length));

/** Room for the longest of `labels` beside an axis. */
export const marginFor = (labels: readonly string[], most = 260) =>
  Math.min(most, 16 + textWidth(labels));
