// The web workspace on the local system (issue #11): the built packages/web at `/`, its settings
// at /config.json and the local sign-in (/local/people, /local/token) beside the API, on the same
// port, so the workspace calls the API at its own origin and needs no CORS. Local only: the
// Lambda never has these routes; a deployed stage serves the workspace as a static site.
import { join } from "node:path";
import type { App } from "@samverkan/api";
import type { LocalIssuer } from "@samverkan/core/local";
import type { Organisation } from "@samverkan/domain";
import { REPO_ROOT } from "./paths";
import { localPeople } from "./web-people";
import { workspaceResponse } from "./web-static";

/** Where `pnpm --filter @samverkan/web build` writes the workspace. */
export const WEB_DIST_DIR = join(REPO_ROOT, "packages", "web", "dist");

/** Paths that belong to the API: never answered with the workspace's index.html. */
const API_PATHS = /^\/(v1|feeds|docs|openapi\.json|health|\.well-known)(\/|$)/;

export interface WebWorkspaceOptions {
  readonly issuer: LocalIssuer;
  /** NoK's member municipalities from settings (SAMVERKAN_MUNICIPALITIES); may be empty. */
  readonly municipalities: readonly Organisation[];
  readonly distDir?: string;
}

/**
 * Adds the workspace's routes to the API `app`; call it after the API's own routes. When the
 * workspace is not built, `/` says how to build it.
 *
 * @example mountWebWorkspace(app, { issuer, municipalities: settings.municipalities });
 */
export function mountWebWorkspace(app: App, options: WebWorkspaceOptions): void {
  const people = localPeople(options.municipalities);
  const distDir = options.distDir ?? WEB_DIST_DIR;

  app.get("/config.json", (c) =>
    c.json(
      {
        signIn: { kind: "local" },
        apiBaseUrl: "",
      },
      200,
      { "cache-control": "no-cache" },
    ),
  );
  app.get("/local/people", (c) =>
    c.json({
      people,
      // The letter gives no municipality's number (R3): without settings there is no such person.
      municipalityConfigured: options.municipalities.length > 0,
    }),
  );
  app.post("/local/token", async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { personId?: unknown };
    const chosen = people.find((p) => p.id === body.personId);
    if (!chosen) return c.json({ error: "unknown-person" }, 404);
    const token = await options.issuer.sign({
      sub: chosen.id,
      name: chosen.name,
      org: chosen.orgNumber,
      roles: chosen.roles,
    });
    return c.json({ token, person: chosen }, 200, { "cache-control": "no-store" });
  });
  app.get("*", async (c) => {
    if (API_PATHS.test(c.req.path)) return c.notFound();
    const response = await workspaceResponse(distDir, c.req.path, c.req.header("accept-encoding"));
    return (
      response ??
      c.text(
        "The web workspace is not built yet: run `pnpm --filter @samverkan/web build` (pnpm dev does).",
        503,
      )
    );
  });
}
