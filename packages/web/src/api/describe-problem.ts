import type { Problem } from "@samverkan/client";
import type { I18n } from "../i18n/i18n";

/** A refusal in words: what went wrong, the rule that refused (if one did), and which fields. */
export interface DescribedProblem {
  readonly message: string;
  readonly rule?: string;
  readonly fieldErrors: ReadonlyArray<{ readonly field: string; readonly message: string }>;
}

/** The id of the form field that an API error `path` ("topics.outsideWorld") is about. */
export const fieldIdOf = (path: string) => `field-${path.replace(/\./g, "-")}`;

/**
 * Puts an API problem in the person's words: the catalogue's message for its `code`, else the
 * problem's own `detail`, never a bare status code.
 */
export function describeProblem(problem: Problem, i18n: I18n): DescribedProblem {
  const message =
    i18n.tryT(`problem.${problem.code}`) ||
    problem.detail ||
    i18n.t(problem.status >= 500 ? "problem.serverError" : "problem.unknown");
  const fieldErrors = (problem.errors ?? []).map((error) => ({
    field: fieldIdOf(error.path),
    message: i18n.t("problem.fieldInvalid", { message: error.message }),
  }));
  return { message, ...(problem.rule ? { rule: problem.rule } : {}), fieldErrors };
}
