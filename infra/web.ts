import { api } from "./api";

/**
 * The paths the API answers; everything else is the web workspace. One domain for both, so the
 * browser calls the API on its own origin and CORS needs no wildcard.
 */
export const API_PATHS = ["/v1", "/openapi.json", "/docs", "/feeds", "/health"] as const;

/** The one domain: a CloudFront router in front of the API and the workspace. */
export const router = new sst.aws.Router("Workspace");
for (const path of API_PATHS) router.route(path, api.url);

/**
 * The web workspace as a static site: Vite's build of packages/web; a path that is no file (a
 * page of the single-page app) is answered by index.html. The OIDC settings it reads from
 * /config.json go into its output before deploying (docs/operations.md, "The web workspace").
 */
export const web = new sst.aws.StaticSite("Web", {
  path: "packages/web",
  build: { command: "pnpm run build", output: "dist" },
  router: { instance: router },
});
