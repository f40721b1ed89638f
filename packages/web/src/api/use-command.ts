import type { Problem } from "@samverkan/client";
import { useState } from "preact/hooks";
import { endSession } from "../auth/session";
import { type CallResult, networkProblem, problemOf } from "./problem";

export interface Command {
  readonly busy: boolean;
  /** Why the API refused the last call, if it did. */
  readonly problem: Problem | undefined;
  /** Calls the API; resolves to the data on success, undefined on refusal (see `problem`). */
  run<T>(call: () => Promise<CallResult<T>>): Promise<T | undefined>;
  clear(): void;
}

/** One action of a page (a form, a button) against the API, with its refusal kept for showing. */
export function useCommand(): Command {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();
  return {
    busy,
    problem,
    clear: () => setProblem(undefined),
    async run(call) {
      setBusy(true);
      setProblem(undefined);
      try {
        const result = await call();
        if (result.response.status === 401) endSession("expired");
        const refused = problemOf(result);
        setProblem(refused);
        return refused ? undefined : result.data;
      } catch (error) {
        setProblem(networkProblem(String(error)));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
  };
}
