import type { CoreError, CoreErrorTag } from "@samverkan/core";
import { type Problem, problemOf, violationProblem } from "./problem";

type ProblemOf = {
  readonly [Tag in CoreErrorTag]: (error: Extract<CoreError, { _tag: Tag }>) => Problem;
};

/**
 * The one table from the core's errors to HTTP problems. It is a `Record` over every error tag,
 * so an error the core adds and this table forgets is a compile error, not a 500.
 */
export const PROBLEM_OF: ProblemOf = {
  RuleRefused: (error) => violationProblem(error.violation),
  AgreementNotFound: (error) =>
    problemOf(404, "agreement-not-found", `No agreement ${error.letterId}`),
  ItemNotFound: (error) =>
    problemOf(404, `${error.kind}-not-found`, `No ${error.kind} ${error.id}`),
  NotAllowed: (error) =>
    problemOf(403, error.code, error.message, error.rule ? { rule: error.rule } : {}),
  VersionMismatch: (error) =>
    problemOf(
      412,
      "version-mismatch",
      error.current === null
        ? `If-Match ${error.expected} cannot match: this write creates something that has no version yet`
        : `If-Match ${error.expected} is not the current version ${error.current}`,
    ),
  VersionConflict: () =>
    problemOf(
      409,
      "version-conflict",
      "The agreement changed while this request ran; read it again",
    ),
  IdempotencyKeyReused: () =>
    problemOf(422, "idempotency-key-reused", "This Idempotency-Key was used with another request"),
  IdempotencyInProgress: () =>
    problemOf(409, "idempotency-conflict", "A request with this Idempotency-Key is in progress"),
  StoreUnavailable: () =>
    problemOf(503, "storage-unavailable", "Storage is temporarily unavailable; retry shortly"),
  InputOutOfRange: (error) => problemOf(400, error.code, error.message),
  InvalidCursor: (error) =>
    problemOf(400, "invalid-cursor", `Not a cursor of this list: ${error.reason}`),
};

/** The problem for a core error. */
export function problemOfError(error: CoreError): Problem {
  return (PROBLEM_OF[error._tag] as (e: CoreError) => Problem)(error);
}
