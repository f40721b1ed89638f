import * as z from "zod/mini";
import { type CalendarDate, daysBetween } from "../calendar/calendar-date";
import type { RuleId } from "../rules/rule-ids";

/**
 * api.md's obligation statuses. `lapsing`: notice is given and the duty is due after the letter's
 * end date, so it will lapse on that day (R20) and nobody is reminded of it; `lapsed` once the
 * end date has passed.
 */
export const ObligationStatus = /* @__PURE__ */ z.enum([
  "upcoming",
  "due-soon",
  "overdue",
  "fulfilled",
  "lapsing",
  "lapsed",
]);
export type ObligationStatus = z.infer<typeof ObligationStatus>;

/** What kind of duty an obligation is; each comes from one rule. */
export const ObligationKind = /* @__PURE__ */ z.enum([
  "dialog-basis",
  "half-year-dialog",
  "annual-needs-review",
  "structure-review",
  "funding-application-submission",
]);
export type ObligationKind = z.infer<typeof ObligationKind>;

/** The rule each kind of obligation comes from (R21: every obligation names its rule). */
export const OBLIGATION_RULES: Readonly<Record<ObligationKind, RuleId>> = {
  "dialog-basis": "R12",
  "half-year-dialog": "R10",
  "annual-needs-review": "R13",
  "structure-review": "R15",
  "funding-application-submission": "R7",
};

/**
 * D-7: an obligation is "due soon" from this many days before its due date. One place, so that
 * the API, the calendar and the reminders agree.
 */
export const DUE_SOON_DAYS = 14;

/** A dated duty derived from an agreement's facts and a date (R21); never stored as truth. */
export interface Obligation {
  /** Deterministic within its agreement: the same facts give the same id on every run. */
  readonly id: string;
  readonly kind: ObligationKind;
  readonly rule: RuleId;
  readonly dueOn: CalendarDate;
  readonly status: ObligationStatus;
  /** What fulfils it, in words a coordinator can act on. */
  readonly fulfilledBy: string;
  /** When it was fulfilled, as of the date asked; null while it is not. */
  readonly fulfilledOn: CalendarDate | null;
  /** The period, dialog or application it is about. */
  readonly subject: {
    readonly period?: string;
    readonly dialogId?: string;
    readonly applicationId?: string;
  };
}

/** The facts an obligation's status is computed from. */
export interface ObligationFacts {
  readonly dueOn: CalendarDate;
  readonly fulfilledOn: CalendarDate | null;
}

/**
 * An obligation's status as of `asOf` (R21, R20). Fulfilled once done (late or not); lapsed once
 * the letter has ended before its due date, and lapsing until then, from the notice (it will
 * lapse on the end date: it is not upcoming any more); otherwise overdue after its due date, due soon within
 * `DUE_SOON_DAYS` of it, and upcoming before that. An obligation due on or before the end date
 * stays due after the end (R20).
 */
export function obligationStatus(
  facts: ObligationFacts,
  asOf: CalendarDate,
  letterEndsOn: CalendarDate | null,
): ObligationStatus {
  if (facts.fulfilledOn && facts.fulfilledOn <= asOf) return "fulfilled";
  if (willLapse(facts.dueOn, letterEndsOn))
    return asOf > (letterEndsOn as string) ? "lapsed" : "lapsing";
  if (asOf > facts.dueOn) return "overdue";
  return daysBetween(asOf, facts.dueOn) <= DUE_SOON_DAYS ? "due-soon" : "upcoming";
}

/** True when an obligation due on `dueOn` will lapse because the letter ends first (R20). */
export function willLapse(dueOn: CalendarDate, letterEndsOn: CalendarDate | null): boolean {
  return letterEndsOn !== null && dueOn > letterEndsOn;
}

/** What an obligation is made from: its kind, what it is about, and the facts of its status. */
export interface ObligationSpec extends ObligationFacts {
  readonly kind: ObligationKind;
  /** Unique among the obligations of its kind within one agreement: a period label or an id. */
  readonly key: string;
  readonly subject: Obligation["subject"];
  readonly fulfilledBy: string;
}

/** An obligation as of `asOf`: its id, rule and status derived from the spec (R21). */
export function buildObligation(
  spec: ObligationSpec,
  asOf: CalendarDate,
  letterEndsOn: CalendarDate | null,
  status: ObligationStatus = obligationStatus(spec, asOf, letterEndsOn),
): Obligation {
  const { kind, key, subject, dueOn, fulfilledOn, fulfilledBy } = spec;
  return {
    id: `${kind}:${key}`,
    kind,
    rule: OBLIGATION_RULES[kind],
    dueOn,
    status,
    fulfilledBy,
    fulfilledOn: fulfilledOn && fulfilledOn <= asOf ? fulfilledOn : null,
    subject,
  };
}
