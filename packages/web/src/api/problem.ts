import { isProblem, type Problem } from "@samverkan/client";

/** What a call through the client gives back, success or refusal. */
export interface CallResult<T> {
  readonly data?: T;
  readonly error?: unknown;
  readonly response: Response;
}

/** A problem for what the browser could not even send (offline, the server down). */
export const networkProblem = (detail: string): Problem => ({
  type: "about:blank",
  title: "Network error",
  status: 0,
  detail,
  code: "network-error",
});

/** The refusal of a call as a problem: the API's own, or one made from its status. */
export function problemOf(result: CallResult<unknown>): Problem | undefined {
  if (result.response.ok) return undefined;
  if (isProblem(result.error)) return result.error;
  return {
    type: "about:blank",
    title: result.response.statusText || "Error",
    status: result.response.status,
    detail: typeof result.error === "string" ? result.error : "",
    code: `http-${result.response.status}`,
  };
}
