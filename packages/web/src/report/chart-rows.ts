// The report's figures as the rows its charts and their tables draw: plain data, no words, so
// the charts, the tables behind them and the tests read the same numbers.
import type { DialogPeriod, FollowUpReport, NeedSourceRow } from "./follow-up-report";

/** How a duty of the year went, in the report's order; `notDue` only for dialog periods. */
export const OUTCOMES = ["onTime", "late", "missed", "open", "lapsed", "recordedLate"] as const;
export type Outcome = (typeof OUTCOMES)[number];
export type PeriodOutcome = Exclude<Outcome, "lapsed"> | "notDue";

const PERIOD_OUTCOMES: Record<DialogPeriod["outcome"], PeriodOutcome> = {
  "on-time": "onTime",
  late: "late",
  "recorded-late": "recordedLate",
  missed: "missed",
  open: "open",
  "not-due": "notDue",
};

/** One half-year: the dialogs due in it and held for it (within it, or late in the grace days). */
export interface DialogPeriodRow {
  readonly period: string;
  readonly due: number;
  readonly held: number;
  readonly outcome: PeriodOutcome;
}

export function dialogPeriodRows(report: FollowUpReport): DialogPeriodRow[] {
  return report.dialogs.periods.map((p) => ({
    period: p.period,
    due: p.due,
    held: p.held.length + (p.heldLate ? 1 : 0),
    outcome: PERIOD_OUTCOMES[p.outcome],
  }));
}

/** One rule's obligations of the year, counted per outcome. */
export interface ObligationRow {
  readonly rule: string;
  readonly due: number;
  readonly counts: Readonly<Record<Outcome, number>>;
}

const ruleNumber = (rule: string) => Number(rule.slice(1));

/** The rules in the letter's order (R7 before R10), each with its outcomes. */
export function obligationRows(report: FollowUpReport): ObligationRow[] {
  return Object.values(report.obligations)
    .map((figures) => ({
      rule: figures.rule,
      due: figures.due.count,
      counts: Object.fromEntries(OUTCOMES.map((o) => [o, figures[o].count])) as Record<
        Outcome,
        number
      >,
    }))
    .sort((a, b) => ruleNumber(a.rule) - ruleNumber(b.rule));
}

/** One row of the needs heat map: who raised needs, by name, and the count per focus area. */
export interface NeedsMatrixRow {
  readonly source: string;
  readonly kind: NeedSourceRow["kind"];
  readonly name: string;
  readonly total: number;
  /** In the order of the matrix' focus areas. */
  readonly counts: readonly number[];
}

const KIND_ORDER: readonly NeedSourceRow["kind"][] = ["municipality", "party", "dialog"];

/**
 * The needs matrix with its rows named and ordered as a reader looks for them: municipalities by
 * name, then the parties by name, then the dialogs (the API orders by organisation number).
 */
export function needsMatrix(
  report: FollowUpReport,
  nameOf: (row: NeedSourceRow) => string,
  compare: (a: string, b: string) => number,
): { readonly focusAreas: readonly string[]; readonly rows: NeedsMatrixRow[] } {
  const { focusAreas, bySource } = report.needs;
  const rows = bySource
    .map((row) => ({
      source: row.source,
      kind: row.kind,
      name: nameOf(row),
      total: row.total.count,
      counts: focusAreas.map((area) => row.byFocusArea[area]?.count ?? 0),
    }))
    .sort(
      (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || compare(a.name, b.name),
    );
  return { focusAreas, rows };
}

/** A labelled count: a bar of a plain bar chart or a step of the funnel. */
export interface CountRow {
  readonly key: string;
  readonly count: number;
}

/** The funnel's steps as the API orders them: needs raised → … → activity completed. */
export const funnelRows = (report: FollowUpReport): CountRow[] =>
  report.activities.funnel.map(({ step, count }) => ({ key: step, count }));

/** The entries of a `{ key: { count } }` figure, in its order. */
export const countRows = (record: Readonly<Record<string, { count: number }>>): CountRow[] =>
  Object.entries(record).map(([key, { count }]) => ({ key, count }));
