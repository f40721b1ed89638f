// The parts of GET …/reports/follow-up (R24) the report page shows. The API's OpenAPI document
// types the report only as `{ year }` with more properties, so these are read, not generated.

export interface Counted {
  readonly count: number;
}

/** One obligation rule's year: due, and how many were met on time, late, missed, open. */
export interface ObligationFigures {
  readonly rule: string;
  readonly due: Counted;
  readonly onTime: Counted;
  readonly late: Counted;
  readonly missed: Counted;
  readonly lapsed: Counted;
  readonly open: Counted;
  /** D-32: met by a fact recorded more than 14 days after its date. */
  readonly recordedLate: Counted;
}

/** One dialog period (half-year) of the year (R10, D-2): due or not, and the dialogs held. */
export interface DialogPeriod {
  /** `2026-H1`: the period's stable label. */
  readonly period: string;
  /** 1 when a dialog is due in the period, else 0. */
  readonly due: 0 | 1;
  readonly held: ReadonlyArray<{ readonly heldOn: string }>;
  /** When none was held within the period: the one held in the grace days after it. */
  readonly heldLate: { readonly heldOn: string } | null;
  readonly outcome: "on-time" | "late" | "recorded-late" | "missed" | "open" | "not-due";
}

/** One row of the needs matrix: who raised needs, and how many touch each focus area. */
export interface NeedSourceRow {
  /** The municipality's or party's organisation number, or `dialog`. */
  readonly source: string;
  readonly kind: "municipality" | "party" | "dialog";
  readonly total: Counted;
  readonly byFocusArea: Readonly<Record<string, Counted>>;
}

export interface FollowUpReport {
  readonly year: number;
  readonly asOf: string;
  readonly inForce: {
    readonly duringYear: boolean;
    readonly from: string | null;
    readonly until: string | null;
  };
  readonly dialogs: {
    readonly periods: readonly DialogPeriod[];
    readonly totals: Readonly<
      Record<"due" | "onTime" | "late" | "recordedLate" | "missed" | "open", Counted>
    >;
  };
  readonly needs: {
    readonly raised: Counted;
    /** The matrix' columns, in the letter's order (R4). */
    readonly focusAreas: readonly string[];
    readonly byFocusArea: Readonly<Record<string, Counted>>;
    /** The matrix' rows: municipalities, then parties, then dialogs. */
    readonly bySource: readonly NeedSourceRow[];
  };
  readonly activities: {
    readonly byStatus: Readonly<Record<string, Counted>>;
    readonly byKind: Readonly<Record<string, Counted>>;
    readonly funnel: ReadonlyArray<{ step: string; count: number }>;
  };
  readonly funding: {
    readonly byStatus: Readonly<
      Record<string, Counted & { requestedSek: number; grantedSek: number }>
    >;
    readonly total: Counted & { requestedSek: number; grantedSek: number };
  };
  readonly obligations: Readonly<Record<string, ObligationFigures>>;
}

/** The years a report can cover: from the letter's first year to the year of `asOf`. */
export function reportYears(firstDay: string, asOf: string): number[] {
  const first = Number(firstDay.slice(0, 4));
  const last = Number(asOf.slice(0, 4));
  return Array.from({ length: Math.max(last - first + 1, 1) }, (_, i) => last - i);
}
