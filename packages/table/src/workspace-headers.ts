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

/**
 * The workspace's Content-Security-Policy with its identity provider: the workspace fetches the
 * provider's discovery document, keys and token endpoint itself (oidc-client-ts, authorization
 * code + PKCE), so the provider's origin — only its origin — joins `connect-src`. Locally an
 * http origin on the loopback address; anywhere else https only.
 *
 * @example workspaceCsp("https://login.microsoftonline.com/<tenant>/v2.0")
 */
export function workspaceCsp(authority?: string): string {
  const csp = WORKSPACE_HEADERS.contentSecurityPolicy;
  if (!authority) return csp;
  // Scheme and authority only (this package runs without the platform's URL types).
  const [, scheme, host] = /^(https?):\/\/([^/?#\s]+)/i.exec(authority) ?? [];
  if (!scheme || !host) throw new Error(`Not an identity provider's URL: ${authority}`);
  const origin = `${scheme.toLowerCase()}://${host.toLowerCase()}`;
  const loopback = /^(127\.0\.0\.1|localhost)(:\d+)?$/i.test(host);
  if (scheme.toLowerCase() !== "https" && !loopback)
    throw new Error(`The identity provider ${origin} must be served over https`);
  return csp.replace("connect-src 'self'", `connect-src 'self' ${origin}`);
}

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
