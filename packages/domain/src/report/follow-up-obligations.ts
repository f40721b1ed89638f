import { type CalendarDate, compareDates } from "../calendar/calendar-date";
import type { ObligationKind } from "../obligations/obligation";
import { type Duty, datedDuties, recurringDuties } from "./follow-up-duties";
import { type DutyOutcome, dutyOutcome, recordedOutcome, yearBounds } from "./follow-up-policy";
import type { ReportFacts } from "./report-facts";

/** The rules whose obligations the report follows up (R21). */
export type ObligationRule = "R10" | "R12" | "R13" | "R15" | "R7";

/** One obligation: its id as the letter's obligations name it, its due date and its fulfilment. */
export interface ObligationFact {
  readonly id: string;
  readonly dueOn: CalendarDate;
  readonly fulfilledOn: CalendarDate | null;
  /** D-32: present when the fact that fulfils it was recorded more than 14 days after its date. */
  readonly recordedOn?: CalendarDate;
}

/** A count and the obligations it counts. */
export interface ObligationTally {
  readonly count: number;
  readonly obligations: readonly ObligationFact[];
}

/** R24 one rule's obligations due in the year; onTime + late + missed + lapsed + open = due. */
export interface RuleObligationFigure {
  readonly rule: ObligationRule;
  readonly kind: ObligationKind;
  readonly due: ObligationTally;
  readonly onTime: ObligationTally;
  readonly late: ObligationTally;
  /** D-32: fulfilled by a fact recorded late: counted apart from on time and late. */
  readonly recordedLate: ObligationTally;
  readonly missed: ObligationTally;
  readonly lapsed: ObligationTally;
  /** Not yet met and still able to be, on the report's day. */
  readonly open: ObligationTally;
}

/** R24 the year's obligations per rule, judged by `FOLLOW_UP_POLICY`. */
export type ObligationFigures = Readonly<Record<ObligationRule, RuleObligationFigure>>;

const KINDS: Record<ObligationRule, ObligationKind> = {
  R10: "half-year-dialog",
  R12: "dialog-basis",
  R13: "annual-needs-review",
  R15: "structure-review",
  R7: "funding-application-submission",
};

const tally = (specs: readonly Duty[]): ObligationTally => ({
  count: specs.length,
  obligations: specs.map(({ id, dueOn, fulfilledOn, recordedLate }) => ({
    id,
    dueOn,
    fulfilledOn,
    ...(recordedLate ? { recordedOn: recordedLate.recordedOn } : {}),
  })),
});

function figure(
  rule: ObligationRule,
  specs: readonly Duty[],
  endsOn: CalendarDate | null,
  asOf: CalendarDate | undefined,
): RuleObligationFigure {
  const having = (outcome: DutyOutcome) =>
    tally(
      specs.filter(
        (s) =>
          recordedOutcome(dutyOutcome(s.dueOn, s.fulfilledOn, endsOn, s.lapsedAnyway, asOf), {
            fulfilledOn: s.fulfilledOn,
            recordedLate: s.recordedLate ?? null,
          }) === outcome,
      ),
    );
  return {
    rule,
    kind: KINDS[rule],
    due: tally(specs),
    onTime: having("on-time"),
    late: having("late"),
    recordedLate: having("recorded-late"),
    missed: having("missed"),
    lapsed: having("lapsed"),
    open: having("open"),
  };
}

/**
 * R24, R21: the obligations due in `year`, per rule, each counted once as on time, late, missed
 * or lapsed. None before the letter enters into force (R17).
 */
export function obligationFigures(
  facts: ReportFacts,
  year: number,
  asOf?: CalendarDate,
): ObligationFigures {
  const { startsOn, endsOn } = yearBounds(year);
  const inForce = facts.letter?.inForceFrom != null;
  const all = inForce ? { ...recurringDuties(facts, year), ...datedDuties(facts) } : null;
  const inYear = (rule: ObligationRule): Duty[] =>
    (all?.[rule] ?? [])
      .filter((s) => s.dueOn >= startsOn && s.dueOn <= endsOn)
      .sort((a, b) => compareDates(a.dueOn, b.dueOn) || a.id.localeCompare(b.id));
  const letterEndsOn = facts.letter?.endsOn ?? null;
  const rules = Object.keys(KINDS) as ObligationRule[];
  return Object.fromEntries(
    rules.map((rule) => [rule, figure(rule, inYear(rule), letterEndsOn, asOf)]),
  ) as ObligationFigures;
}
