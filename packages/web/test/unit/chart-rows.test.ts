import { describe, expect, it } from "vitest";
import { dialogPeriodRows, needsMatrix, obligationRows } from "../../src/report/chart-rows";
import type { FollowUpReport } from "../../src/report/follow-up-report";

const counted = (count: number) => ({ count });
const tally = (
  onTime: number,
  late: number,
  missed: number,
  open: number,
  lapsed: number,
  recordedLate = 0,
) => ({
  due: counted(onTime + late + missed + open + lapsed + recordedLate),
  onTime: counted(onTime),
  late: counted(late),
  missed: counted(missed),
  open: counted(open),
  lapsed: counted(lapsed),
  recordedLate: counted(recordedLate),
});
const row = (source: string, kind: "municipality" | "party" | "dialog", education: number) => ({
  source,
  kind,
  total: counted(education),
  byFocusArea: { education: counted(education) },
});

// Only the parts of the API's report that the rows read.
const report = {
  dialogs: {
    periods: [
      { period: "2026-H1", due: 1, held: [], heldLate: { heldOn: "2026-08-20" }, outcome: "late" },
      { period: "2026-H2", due: 1, held: [], heldLate: null, outcome: "open" },
    ],
  },
  needs: {
    focusAreas: ["education", "digitalisation"],
    bySource: [
      row("222000-0653", "party", 1),
      row("dialog", "dialog", 2),
      row("212000-9994", "municipality", 3),
      row("212000-2460", "municipality", 4),
    ],
  },
  obligations: {
    R10: { rule: "R10", ...tally(1, 0, 0, 1, 0, 1) },
    R7: { rule: "R7", ...tally(0, 1, 0, 0, 1) },
  },
} as unknown as FollowUpReport;

const NAMES: Record<string, string> = {
  "222000-0653": "Norrbottens Kommuner",
  "212000-9994": "Kiruna",
  "212000-2460": "Arjeplog",
  dialog: "Ledningsdialoger",
};

describe("the report's chart rows (R24)", () => {
  it("R10 a dialog held in the grace days after its half-year counts as held for it, late", () => {
    expect(dialogPeriodRows(report)).toEqual([
      { period: "2026-H1", due: 1, held: 1, outcome: "late" },
      { period: "2026-H2", due: 1, held: 0, outcome: "open" },
    ]);
  });

  it("R6 the heat map's rows: municipalities by name, then parties, then dialogs", () => {
    const { rows } = needsMatrix(
      report,
      (r) => NAMES[r.source] ?? r.source,
      (a, b) => a.localeCompare(b, "sv"),
    );
    expect(rows.map((r) => [r.name, ...r.counts])).toEqual([
      ["Arjeplog", 4, 0],
      ["Kiruna", 3, 0],
      ["Norrbottens Kommuner", 1, 0],
      ["Ledningsdialoger", 2, 0],
    ]);
  });

  it("finding: a missed dialog can be made to look kept — R21 R24 the rules in the letter's order, R7 before R10, with every outcome, recorded late apart", () => {
    expect(obligationRows(report).map((r) => [r.rule, r.due, r.counts])).toEqual([
      ["R7", 2, { onTime: 0, late: 1, missed: 0, open: 0, lapsed: 1, recordedLate: 0 }],
      // D-32: one met by a record made more than 14 days late, counted apart from on time.
      ["R10", 3, { onTime: 1, late: 0, missed: 0, open: 1, lapsed: 0, recordedLate: 1 }],
    ]);
  });
});
