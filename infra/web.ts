import { WORKSPACE_HEADERS, workspaceCsp } from "../packages/table/src/workspace-headers";
import { api } from "./api";

/**
 * The paths the API answers; everything else is the web workspace. One domain for both, so the
 * browser calls the API on its own origin and CORS needs no wildcard.
 */
export const API_PATHS = ["/v1", "/openapi.json", "/docs", "/feeds", "/health"] as const;

/**
 * The workspace's security headers at the edge, the same as `pnpm dev` sends
 * (packages/table/src/workspace-headers.ts). Not overriding: the API's own headers stand.
 */
const h = WORKSPACE_HEADERS;
export const securityHeaders = new aws.cloudfront.ResponseHeadersPolicy(
  "WorkspaceSecurityHeaders",
  {
    comment: "Samverkan: CSP (frame-ancestors 'none'), HSTS, referrer, nosniff, permissions",
    securityHeadersConfig: {
      // The workspace's identity provider (or the broker in front of the organisations' own, see
      // docs/operations.md) joins connect-src: SAMVERKAN_OIDC_AUTHORITY at deploy time, the same
      // URL as the workspace's /config.json `authority`.
      contentSecurityPolicy: {
        contentSecurityPolicy: workspaceCsp(process.env.SAMVERKAN_OIDC_AUTHORITY),
        override: false,
      },
      strictTransportSecurity: {
        accessControlMaxAgeSec: h.strictTransportSecurity.maxAgeSeconds,
        includeSubdomains: h.strictTransportSecurity.includeSubdomains,
        override: false,
      },
      referrerPolicy: { referrerPolicy: h.referrerPolicy, override: false },
      contentTypeOptions: { override: false },
      frameOptions: { frameOption: "DENY", override: false },
    },
    customHeadersConfig: {
      items: [{ header: "Permissions-Policy", value: h.permissionsPolicy, override: false }],
    },
  },
);

/**
 * The one domain: a CloudFront router in front of the API and the workspace. Its one cache
 * behaviour serves every path, so the policy above reaches every response. CloudFront compresses
 * text with brotli or gzip (SST's router sets `compress: true` and a cache policy that accepts
 * both encodings).
 */
export const router = new sst.aws.Router("Workspace", {
  transform: {
    cdn: (args) => {
      args.defaultCacheBehavior = $output(args.defaultCacheBehavior).apply((behavior) => ({
        ...behavior,
        responseHeadersPolicyId: securityHeaders.id,
      }));
    },
  },
});
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
