import { REQUEST_LIMITS, workspaceHeaderValues } from "@samverkan/table";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { App, AppDeps } from "./app-deps";
import { authenticate } from "./auth";
import { privateResponses } from "./cache-headers";
import type { AppEnv } from "./caller";
import { idempotency } from "./idempotency";
import { loadedRouteGroups, registerRouteTable } from "./lazy-routes";
import { logLine } from "./log";
import { once } from "./once";
import { rememberActingPerson } from "./people";
import { problemOf, sendProblem } from "./problem";
import { writeRateLimit } from "./rate-limit";
import { safeText } from "./safe-text";
import { cursorKeyOf, signedCursors } from "./signed-cursors";
import { actingForSubstitution } from "./substitution";

const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/**
 * The Hono app of api.md: the same app serves the Lambda handler and the local Node server.
 *
 * @example const app = createApp({ runtime, auth, corsOrigins: [], municipalities: [] });
 */
export function createApp(deps: AppDeps): App {
  const app: App = new Hono<AppEnv>();
  const groups = loadedRouteGroups(deps);

  // The request id is ours: a client's X-Request-Id never names a request in the audit trail.
  app.use("*", requestId({ headerName: "" }));
  app.use("*", async function echoRequestId(c, next) {
    await next();
    c.res.headers.set("x-request-id", c.get("requestId"));
  });
  app.use("*", async function logRequest(c, next) {
    const started = performance.now();
    await next();
    logLine("info", "request", {
      requestId: c.get("requestId"),
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });
  // Hono's secure defaults, with the same HSTS and referrer policy as the deployed workspace's
  // CloudFront policy (packages/table/src/workspace-headers.ts).
  const same = workspaceHeaderValues();
  app.use(
    "*",
    secureHeaders({
      strictTransportSecurity: same["strict-transport-security"] as string,
      referrerPolicy: same["referrer-policy"] as string,
      xContentTypeOptions: same["x-content-type-options"] as string,
      xFrameOptions: "DENY",
    }),
  );
  app.use(
    "*",
    cors({
      origin: [...deps.corsOrigins],
      allowHeaders: ["authorization", "content-type", "if-match", "idempotency-key", "acting-for"],
      exposeHeaders: ["etag", "location", "x-request-id"],
    }),
  );
  app.use(
    "/v1/*",
    bodyLimit({
      maxSize: deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      onError: (c) =>
        sendProblem(
          c,
          problemOf(
            413,
            "body-too-large",
            `Request bodies are limited to ${deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES} bytes`,
          ),
        ),
    }),
  );
  app.use("/v1/*", privateResponses());
  app.use("/v1/*", authenticate(deps.auth));
  // R25: a substitute acting for someone (`Acting-For`) is that person's stand-in from here on.
  app.use("/v1/*", actingForSubstitution(deps.runtime));
  // After authentication: a cursor is bound to the organisation it was issued to (D-37).
  app.use("/v1/*", signedCursors(cursorKeyOf(deps.cursorKey)));
  app.use(
    "/v1/*",
    writeRateLimit(deps.writesPerMinute ?? REQUEST_LIMITS.writesPerOrganisationPerMinute),
  );
  app.use("/v1/*", rememberActingPerson(deps.runtime));
  app.use("/v1/*", safeText());
  app.use("/v1/*", idempotency(deps.runtime));

  // Every route is registered now; its group is loaded on its first request (D-68).
  registerRouteTable(app, groups);

  app.get("/health", (c) => c.json({ status: "ok" }));
  // The OpenAPI document is made once, on its first request, from every group's definitions, by a
  // module loaded then (a chunk of its own when bundled): JSON Schema generation is not on the
  // cold start. A failure is not kept: the next request tries again.
  const documentOnce = once(() =>
    Promise.all([groups.definitions(), import("./openapi-document")]).then(
      ([definitions, generator]) => generator.openApiDocument(definitions),
    ),
  );
  app.get("/openapi.json", async (c) => c.json(await documentOnce()));
  // The reference page's renderer is loaded on its first request (a chunk of its own when bundled).
  app.get("/docs", async (c) => {
    const { sendReference } = await import("./reference-page");
    return sendReference(c, await documentOnce());
  });

  app.notFound((c) =>
    sendProblem(c, problemOf(404, "route-not-found", `No route ${c.req.method} ${c.req.path}`)),
  );
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      const code = error.status === 400 ? "malformed-request" : `http-${error.status}`;
      return sendProblem(
        c,
        problemOf(error.status, code, error.message || "The request could not be read"),
      );
    }
    logLine("error", "unhandled error", {
      requestId: c.get("requestId"),
      error: String(error).slice(0, 500),
    });
    return sendProblem(
      c,
      problemOf(
        500,
        "internal-error",
        "Something went wrong on our side; the request id identifies it",
      ),
    );
  });
  return app;
}
