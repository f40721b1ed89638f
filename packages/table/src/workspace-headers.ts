/**
 * The security headers of the web workspace, declared once: `pnpm dev` sends them
 * (packages/local/src/web-static.ts) and infra/web.ts puts them in the deployed site's CloudFront
 * response headers policy, so the workspace a person meets is the one the tests saw.
 */
export const WORKSPACE_HEADERS = {
  /** Its own scripts and the API at the same origin; never framed (clickjacking). */
  contentSecurityPolicy:
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  /** Two years, subdomains included: the workspace is only ever served over HTTPS. */
  strictTransportSecurity: { maxAgeSeconds: 63_072_000, includeSubdomains: true },
  referrerPolicy: "no-referrer",
  contentTypeOptions: "nosniff",
  /** It uses no camera, microphone, location or payment. */
  permissionsPolicy: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
} as const;

/** The headers as a response carries them. */
export function workspaceHeaderValues(): Record<string, string> {
  const h = WORKSPACE_HEADERS;
  return {
    "content-security-policy": h.contentSecurityPolicy,
    "strict-transport-security": `max-age=${h.strictTransportSecurity.maxAgeSeconds}${h.strictTransportSecurity.includeSubdomains ? "; includeSubDomains" : ""}`,
    "referrer-policy": h.referrerPolicy,
    "x-content-type-options": h.contentTypeOptions,
    "permissions-policy": h.permissionsPolicy,
  };
}
