import { readSubstitution, today } from "@samverkan/core";
import { actingFor } from "@samverkan/domain";
import * as Effect from "effect/Effect";
import * as Exit from "effect/Exit";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./caller";
import { logLine } from "./log";
import { problemOf, sendProblem } from "./problem";
import type { AppRuntime } from "./run-effect";

// R25: a request acts for someone by naming, in `Acting-For`, a substitution of the caller's
// organisation that names the caller as substitute and runs today. The caller then is the
// substitute with the appointer's roles at appointment and `onBehalfOf` the appointer, for every
// route alike: what the appointer may, the substitute may, and the trail records "X for Y".
// Without the header nothing changes. Deny by default: any other value is refused, never ignored.

/** The request header naming the substitution a request acts by. */
export const ACTING_FOR_HEADER = "acting-for";
// A substitution id as the API issues it (a UUID), and no longer than any id.
const SUBSTITUTION_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** Makes the caller the substitute acting for the appointer, when `Acting-For` says so. */
export function actingForSubstitution(runtime: AppRuntime): MiddlewareHandler<AppEnv> {
  return async function actAsSubstitute(c, next) {
    const id = c.req.header(ACTING_FOR_HEADER);
    if (id === undefined) return next();
    if (!SUBSTITUTION_ID.test(id))
      return sendProblem(
        c,
        problemOf(400, "invalid-acting-for", "Acting-For must be the id of a substitution", {
          rule: "R25",
        }),
      );
    const caller = c.get("caller");
    const exit = await runtime.runPromiseExit(
      Effect.gen(function* () {
        const stored = yield* readSubstitution(caller.orgNumber, id);
        return stored ? actingFor(caller, stored.substitution, yield* today) : undefined;
      }),
    );
    if (Exit.isFailure(exit)) {
      logLine("warn", "substitution not read", { requestId: c.get("requestId") });
      return sendProblem(
        c,
        problemOf(503, "storage-unavailable", "Storage is temporarily unavailable; retry shortly"),
        { "retry-after": "1" },
      );
    }
    // Not theirs, another organisation's, not begun, ended or revoked: the same answer.
    if (!exit.value)
      return sendProblem(
        c,
        problemOf(
          403,
          "not-acting-for",
          "You do not stand in for anyone by this substitution today",
          { rule: "R25" },
        ),
      );
    c.set("caller", exit.value);
    return next();
  };
}
