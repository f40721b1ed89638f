import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./caller";
import { problemOf, sendProblem } from "./problem";

/** A 400 lists at most this many errors, however many a body has (api.md, second release). */
export const MAX_LISTED_ERRORS = 20;

/**
 * A router for one resource's routes. Invalid input is a 400 problem listing the failing fields
 * (at most `MAX_LISTED_ERRORS`), never a 500.
 *
 * @example const routes = newRouter(); routes.openapi(getRoute, handler); app.route("/", routes);
 */
export function newRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issues = result.error.issues;
      const errors = issues.slice(0, MAX_LISTED_ERRORS).map((issue) => ({
        path: issue.path.join(".") || result.target,
        message: issue.message,
      }));
      const more = issues.length - errors.length;
      return sendProblem(
        c,
        problemOf(400, "invalid-input", `The request's ${result.target} is not valid`, {
          errors,
          ...(more > 0 ? { moreErrors: more } : {}),
        }),
      );
    },
  });
}

/** A resource's router, as `createApp` mounts it. */
export type Router = ReturnType<typeof newRouter>;
