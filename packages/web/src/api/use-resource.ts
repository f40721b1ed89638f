import type { Problem } from "@samverkan/client";
import { useCallback, useEffect, useState } from "preact/hooks";
import { endSession } from "../auth/session";
import { type CallResult, networkProblem, problemOf } from "./problem";

export interface Resource<T> {
  readonly data: T | undefined;
  readonly problem: Problem | undefined;
  readonly loading: boolean;
  /** Loads again, keeping what is shown until the new answer comes. */
  reload(): void;
}

/**
 * Loads what a page shows from the API. A 401 ends the session (the sign-in page opens); other
 * refusals come back as a problem for the page to put in words.
 */
export function useResource<T>(
  load: () => Promise<CallResult<T>>,
  deps: readonly unknown[],
): Resource<T> {
  const [state, setState] = useState<{ data?: T; problem?: Problem; loading: boolean }>({
    loading: true,
  });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    setState((before) => ({ ...before, loading: true }));
    load()
      .then((result) => {
        if (!current) return;
        if (result.response.status === 401) endSession("expired");
        const problem = problemOf(result);
        setState(problem ? { problem, loading: false } : { data: result.data, loading: false });
      })
      .catch((error: unknown) => {
        if (current) setState({ problem: networkProblem(String(error)), loading: false });
      });
    return () => {
      current = false;
    };
  }, [...deps, generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { ...state, data: state.data, problem: state.problem, reload };
}
