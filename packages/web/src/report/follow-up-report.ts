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
    readonly periods: ReadonlyArray<{
      period: string;
      outcome: string;
      held: ReadonlyArray<{ heldOn: string }>;
    }>;
  };
  readonly needs: {
    readonly raised: Counted;
    readonly byFocusArea: Readonly<Record<string, Counted>>;
    readonly bySource: ReadonlyArray<{ source: string; kind: string; total: Counted }>;
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
