import type { Context } from "hono";
import { type CommandSpec, executeCommand } from "../commands/execute";
import type { AppDeps } from "../http/app-deps";
import type { AppEnv } from "../http/caller";
import { sendProblem } from "../http/problem";
import { requestContext } from "../http/request-context";
import { runToResponse } from "../http/run-effect";

/** Runs a command route: request context, the command, and the mapped response. */
export function runCommandRoute<C extends Parameters<CommandSpec<never>["respond"]>[1] | null>(
  c: Context<AppEnv>,
  deps: AppDeps,
  spec: Omit<CommandSpec<C>, "context">,
) {
  const context = requestContext(c);
  if ("problem" in context) return sendProblem(c, context.problem);
  return runToResponse(c, deps.runtime, executeCommand({ ...spec, context } as CommandSpec<C>));
}
