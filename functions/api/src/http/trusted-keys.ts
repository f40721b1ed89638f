import type { TrustedIssuer } from "@samverkan/core";
import { createRemoteJWKSet, type JWTVerifyGetKey } from "jose";

/** How long the discovery document may take before the token is refused (never a hung request). */
const DISCOVERY_TIMEOUT_MS = 5_000;

/**
 * An issuer's keys, found as for any OpenID Provider (D-40): its discovery document names its
 * `jwks_uri`, and jose's remote JWKS fetches, caches and refetches on an unknown `kid`, so a key
 * the provider rotates in verifies without a failed request. The discovery is fetched once per
 * process and again only after it failed.
 */
export function trustedKeys(trusted: TrustedIssuer): JWTVerifyGetKey {
  if (trusted.keys) return trusted.keys;
  const { jwksUrl } = trusted;
  if (jwksUrl) {
    // Made on the first token, not at import: jose's remote set builds a `Headers`, and the first
    // touch of fetch's globals loads Node's undici (≈ 40 ms of a cold start a request without a
    // token — a preflight, the contract — need not pay).
    let remote: JWTVerifyGetKey | undefined;
    return (header, token) => {
      remote ??= createRemoteJWKSet(new URL(jwksUrl));
      return remote(header, token);
    };
  }
  let found: Promise<JWTVerifyGetKey> | undefined;
  const discover = async () => {
    const url = `${trusted.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`;
    const response = await fetch(url, { signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`discovery: ${response.status}`);
    const document = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
    // OpenID Connect Discovery §4.3: the document must name the issuer it was fetched for.
    if (document.issuer !== trusted.issuer) throw new Error("discovery: another issuer");
    if (typeof document.jwks_uri !== "string") throw new Error("discovery: no jwks_uri");
    return createRemoteJWKSet(new URL(document.jwks_uri));
  };
  return async (header, token) => {
    found ??= discover().catch((error: unknown) => {
      found = undefined;
      throw error;
    });
    return (await found)(header, token);
  };
}
