import type { FocusArea } from "../vocabulary/focus-areas";
import { answeredNeeds } from "./follow-up-funnel";
import { yearBounds } from "./follow-up-policy";
import type { NeedFacts, ReportFacts } from "./report-facts";
import type { ActivityFacts } from "./report-streams";

/** A count and the needs it counts. */
export interface NeedTally {
  readonly count: number;
  readonly needIds: readonly string[];
}

/** Who raised a need (R6). */
export type NeedSourceKind = "municipality" | "party" | "dialog";

/** One row of the needs matrix: a source and its needs per focus area. */
export interface NeedSourceRow {
  /** The municipality's or party's organisation number, or `dialog`. */
  readonly source: string;
  readonly kind: NeedSourceKind;
  /** The source's needs, each once. */
  readonly total: NeedTally;
  /** A need that touches two focus areas is in both columns. */
  readonly byFocusArea: Readonly<Record<FocusArea, NeedTally>>;
}

/** R24 needs raised in the year per source and focus area, and those an activity took up. */
export interface NeedFigures {
  readonly raised: NeedTally;
  /** The matrix' columns, in the letter's order (R4). */
  readonly focusAreas: readonly FocusArea[];
  /** The matrix' rows: municipalities, then parties, then dialogs; the totals sum to `raised`. */
  readonly bySource: readonly NeedSourceRow[];
  /** Column totals: the needs that touch each focus area. */
  readonly byFocusArea: Readonly<Record<FocusArea, NeedTally>>;
  /** The year's needs that an activity defined by year end answers (R5), and those activities. */
  readonly ledToActivity: NeedTally & { readonly activityIds: readonly string[] };
}

const KIND_ORDER: readonly NeedSourceKind[] = ["municipality", "party", "dialog"];

const tally = (needs: readonly NeedFacts[]): NeedTally => ({
  count: needs.length,
  needIds: needs.map((need) => need.needId),
});

const byFocusArea = (needs: readonly NeedFacts[], areas: readonly FocusArea[]) =>
  Object.fromEntries(
    areas.map((area) => [area, tally(needs.filter((n) => n.focusAreas.includes(area)))]),
  ) as Record<FocusArea, NeedTally>;

const sourceOf = (need: NeedFacts): { source: string; kind: NeedSourceKind } =>
  need.raisedBy.kind === "dialog"
    ? { source: "dialog", kind: "dialog" }
    : { source: need.raisedBy.orgNumber, kind: need.raisedBy.kind };

/** The needs raised in `year` (R6), in the order they were registered. */
export function needsRaisedIn(facts: ReportFacts, year: number): NeedFacts[] {
  const { startsOn, endsOn } = yearBounds(year);
  return facts.needs.filter((need) => need.raisedOn >= startsOn && need.raisedOn <= endsOn);
}

/** R24, R6: the year's needs as a matrix of sources × focus areas, each cell with its needs. */
export function needFigures(
  facts: ReportFacts,
  year: number,
  activitiesByYearEnd: readonly ActivityFacts[],
): NeedFigures {
  const raised = needsRaisedIn(facts, year);
  // The letter's own focus areas (from its template), then any a need names outside them.
  const areas = [
    ...new Set([...(facts.letter?.focusAreas ?? []), ...raised.flatMap((n) => n.focusAreas)]),
  ];
  const sources = new Map<string, { kind: NeedSourceKind; needs: NeedFacts[] }>();
  for (const need of raised) {
    const { source, kind } = sourceOf(need);
    const row = sources.get(source) ?? { kind, needs: [] };
    row.needs.push(need);
    sources.set(source, row);
  }
  const bySource = [...sources.entries()]
    .map(([source, { kind, needs }]) => ({
      source,
      kind,
      total: tally(needs),
      byFocusArea: byFocusArea(needs, areas),
    }))
    .sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.source.localeCompare(b.source),
    );
  const led = answeredNeeds(
    raised.map((need) => need.needId),
    activitiesByYearEnd,
  );
  return {
    raised: tally(raised),
    focusAreas: areas,
    bySource,
    byFocusArea: byFocusArea(raised, areas),
    ledToActivity: { count: led.needIds.length, ...led },
  };
}
