import type { RuleId } from "./rule-ids";

/**
 * A refusal by a rule of the letter: a value, never a thrown error. `code` is stable and is what
 * the HTTP API returns as `code`; `rule` is the rule id it returns as `rule`.
 */
export interface RuleViolation {
  readonly code: string;
  readonly rule: RuleId;
  readonly message: string;
  /** Facts a client can act on, such as the missing topics or the first notice's end date. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** What a `decide` returns: the events to record, or the rule that refused. */
export type Decision<Event> =
  | { readonly ok: true; readonly events: readonly Event[] }
  | { readonly ok: false; readonly violation: RuleViolation };

/** An accepted command's events. */
export function accept<Event>(...events: Event[]): Decision<Event> {
  return { ok: true, events };
}

/** A refused command. */
export function refuse<Event = never>(violation: RuleViolation): Decision<Event> {
  return { ok: false, violation };
}

/** A check that either passes (`undefined`) or says which rule failed. */
export type Check = RuleViolation | undefined;

/** Builds a violation for use in checks. */
export function violation(
  rule: RuleId,
  code: string,
  message: string,
  details?: Record<string, unknown>,
): RuleViolation {
  return details ? { rule, code, message, details } : { rule, code, message };
}

/** The first failing check of several, evaluated lazily in order. */
export function firstViolation(...checks: Array<() => Check>): Check {
  for (const check of checks) {
    const found = check();
    if (found) return found;
  }
  return undefined;
}
