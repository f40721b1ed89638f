// The web workspace on the local system (issue #11): the built packages/web at `/` and its settings
// at /config.json beside the API, on the same port, so the workspace calls the API at its own
// origin and needs no CORS. People sign in at the local OpenID Provider with the same
// authorization-code + PKCE code as on a stage (issue #21, D-40). Local only: the Lambda never has
// these routes; a deployed stage serves the workspace as a static site.
import { join } from "node:path";
import type { App } from "@samverkan/api";
import { WORKSPACE_CLIENT_ID } from "@samverkan/core/local";
import { workspaceCsp } from "@samverkan/table";
import { REPO_ROOT } from "./paths";
import { workspaceResponse } from "./web-static";

/** Where `pnpm --filter @samverkan/web build` writes the workspace. */
export const WEB_DIST_DIR = join(REPO_ROOT, "packages", "web", "dist");

/** Paths that belong to the API: never answered with the workspace's index.html. */
const API_PATHS = /^\/(v1|feeds|docs|openapi\.json|health|\.well-known)(\/|$)/;

export interface WebWorkspaceOptions {
  /** The local OpenID Provider's issuer URL: the workspace signs in there. */
  readonly authority: string;
  readonly distDir?: string;
}

/**
 * Adds the workspace's routes to the API `app`; call it after the API's own routes. When the
 * workspace is not built, `/` says how to build it.
 *
 * @example mountWebWorkspace(app, { authority: idp.provider.issuer });
 */
export function mountWebWorkspace(app: App, options: WebWorkspaceOptions): void {
  const distDir = options.distDir ?? WEB_DIST_DIR;

  app.get("/config.json", (c) =>
    c.json(
      {
        signIn: { kind: "oidc", authority: options.authority, clientId: WORKSPACE_CLIENT_ID },
        apiBaseUrl: "",
      },
      200,
      { "cache-control": "no-cache" },
    ),
  );
  app.get("*", async (c) => {
    if (API_PATHS.test(c.req.path)) return c.notFound();
    const response = await workspaceResponse(distDir, c.req.path, c.req.header("accept-encoding"));
    // The workspace fetches the provider's discovery document, keys and token endpoint itself
    // (oidc-client-ts): its origin joins connect-src, as a stage's issuer must (docs/operations.md).
    if (response?.headers.has("content-security-policy"))
      response.headers.set("content-security-policy", workspaceCsp(options.authority));
    return (
      response ??
      c.text(
        "The web workspace is not built yet: run `pnpm --filter @samverkan/web build` (pnpm dev does).",
        503,
      )
    );
  });
}
