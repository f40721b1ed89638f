import type { Outcome, PeriodOutcome } from "../report/chart-rows";

// Colours and type of the report's charts: the GOV.UK palette the workspace uses, each outcome
// always in the same colour, with an ink that keeps a number written on it readable (WCAG 1.4.3).

export const TEXT = "#0b0c0c";
export const BAR = "#1d70b8";
export const DUE = "#b1b4b6";

export const OUTCOME_COLOURS: Readonly<Record<Outcome | PeriodOutcome, string>> = {
  onTime: "#00703c",
  late: "#f47738",
  missed: "#d4351c",
  open: "#1d70b8",
  lapsed: "#505a5f",
  recordedLate: "#4c2c92",
  notDue: "#f3f2f1",
};

/** The colour to write on each outcome's colour: white on the dark ones. */
export const OUTCOME_INK: Readonly<Record<Outcome | PeriodOutcome, string>> = {
  onTime: "#fff",
  late: TEXT,
  missed: "#fff",
  open: "#fff",
  lapsed: "#fff",
  recordedLate: "#fff",
  notDue: TEXT,
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
