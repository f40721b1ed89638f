import { Hono } from "hono";
import { streamHandle } from "hono/aws-lambda";
import type { App } from "./http/app-deps";
import { problemOf, sendProblem } from "./http/problem";

/** The one route the streaming function serves: the archive package (D-67). */
export const ARCHIVE_PACKAGE_PATH = /^\/v1\/agreements\/[^/]+\/archive-package$/;

/**
 * A Lambda handler that streams the archive package of `app` as it is made (Lambda response
 * streaming behind a function URL: no 6 MB limit, the memory bound of D-57 holds on AWS too).
 * Every other path is 404 here: the function exists for the package alone, and the API behind
 * API Gateway serves the rest. Auth, visibility and errors are the app's own, unchanged.
 */
export function archiveStreamingHandler(app: App) {
  const only = new Hono();
  only.all("*", (c) =>
    ARCHIVE_PACKAGE_PATH.test(c.req.path)
      ? app.fetch(c.req.raw, c.env)
      : sendProblem(
          c,
          problemOf(
            404,
            "route-not-found",
            `No route ${c.req.method} ${c.req.path} here: this function serves archive packages only`,
          ),
        ),
  );
  return streamHandle(only);
}
