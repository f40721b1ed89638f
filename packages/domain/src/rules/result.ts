import type { RuleViolation } from "./rule-violation";

/** A parsed value, or the rule it breaks. */
export type Result<Value> =
  | { readonly ok: true; readonly value: Value }
  | { readonly ok: false; readonly violation: RuleViolation };
