import type { RuleViolation } from "@samverkan/domain";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** RFC 9457 problem details, with the project's `code` and, where a rule refused, its `rule`. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly rule?: string;
  readonly errors?: ReadonlyArray<{ readonly path: string; readonly message: string }>;
  readonly [extra: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: "Invalid request",
  401: "Not authenticated",
  403: "Not allowed",
  404: "Not found",
  405: "Method not allowed",
  409: "Conflict",
  412: "Precondition failed",
  413: "Request body too large",
  415: "Unsupported media type",
  422: "Refused by a rule of the letter",
  428: "Precondition required",
  429: "Too many requests",
  500: "Internal error",
  503: "Temporarily unavailable",
};

/** A problem value for `status` and `code`. */
export function problemOf(
  status: number,
  code: string,
  detail: string,
  extra: Record<string, unknown> = {},
): Problem {
  return {
    type: `https://samverkan.se/problems/${code}`,
    title: TITLES[status] ?? "Error",
    status,
    detail,
    code,
    ...extra,
  };
}

/** Sends a problem response. */
export function sendProblem(c: Context, problem: Problem, headers: Record<string, string> = {}) {
  return c.body(JSON.stringify(problem), problem.status as ContentfulStatusCode, {
    "content-type": "application/problem+json",
    ...headers,
  });
}

/**
 * The one table from domain refusal codes to HTTP statuses. A refusal that is about who the
 * caller is (R16, not a party) is 403; a duplicate is 409; every other rule refusal is 422.
 */
const STATUS_OF_CODE: Record<string, number> = {
  "not-a-party": 403,
  "notice-by-non-party": 403,
  "not-a-signatory": 403,
  "not-own-organisation": 403,
  "not-allowed-to-register-need": 403,
  "coordinator-role-required": 403,
  "not-a-project-party": 403,
  // R25: who may appoint, revoke or act as a substitute is about who the caller is.
  "substitute-cannot-appoint": 403,
  "substitute-cannot-revoke": 403,
  "signatory-or-coordinator-required": 403,
  "appointer-or-coordinator-required": 403,
  "not-acting-for": 403,
  "letter-not-drafted": 404,
  "activity-not-found": 404,
  "funding-application-not-found": 404,
  "dialog-not-found": 404,
  "letter-exists": 409,
  "dialog-exists": 409,
  "need-exists": 409,
  "activity-exists": 409,
  "funding-application-exists": 409,
};

/** The problem for a rule violation, with its rule id and details. */
export function violationProblem(violation: RuleViolation): Problem {
  const status = STATUS_OF_CODE[violation.code] ?? 422;
  return problemOf(status, violation.code, violation.message, {
    rule: violation.rule,
    ...(violation.details ?? {}),
  });
}
