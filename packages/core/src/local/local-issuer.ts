import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from "jose";
import { type AuthSettings, LOCAL_AUDIENCE, LOCAL_ISSUER } from "../config/settings";

const ALG = "ES256";

/** A key pair for signing local tokens, and the JWKS that verifies them. */
export interface LocalIssuer {
  readonly auth: AuthSettings;
  readonly jwks: { keys: JWK[] };
  sign(
    claims: { sub: string; org: string; roles: readonly string[]; name?: string },
    expiresIn?: string,
    /** Tests only: sign for another issuer or audience, to see it refused. */
    override?: { issuer?: string; audience?: string },
  ): Promise<string>;
  /** Tests only: signs exactly these claims (sub, iat, exp and all), for hostile tokens. */
  signClaims(claims: Record<string, unknown>): Promise<string>;
}

async function issuerFrom(privateJwk: JWK): Promise<LocalIssuer> {
  const { d: _d, ...publicJwk } = privateJwk;
  const jwks = { keys: [{ ...publicJwk, alg: ALG, use: "sig" }] };
  const key = await importJWK(privateJwk, ALG);
  return {
    jwks,
    auth: { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE, keys: createLocalJWKSet(jwks) },
    sign: (
      { sub, org, roles, name },
      expiresIn = "12h",
      override: { issuer?: string; audience?: string } = {},
    ) =>
      new SignJWT({ org, roles: [...roles], ...(name ? { name } : {}) })
        .setProtectedHeader({ alg: ALG, kid: privateJwk.kid ?? "local" })
        .setSubject(sub)
        .setIssuer(override.issuer ?? LOCAL_ISSUER)
        .setAudience(override.audience ?? LOCAL_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(key),
    signClaims: (claims) =>
      new SignJWT({ iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE, ...claims })
        .setProtectedHeader({ alg: ALG, kid: privateJwk.kid ?? "local" })
        .sign(key),
  };
}

/** A fresh in-memory issuer, for tests. */
export async function ephemeralIssuer(): Promise<LocalIssuer> {
  const { privateKey } = await generateKeyPair(ALG, { extractable: true });
  return issuerFrom({ ...(await exportJWK(privateKey)), kid: "ephemeral" });
}

/**
 * The local development issuer, its key pair kept in `dir` (git-ignored) so that tokens printed
 * by `pnpm run token` stay valid across restarts of `pnpm dev`.
 */
export async function localIssuer(dir: string): Promise<LocalIssuer> {
  const file = join(dir, "local-issuer.private.jwk.json");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const { privateKey } = await generateKeyPair(ALG, { extractable: true });
    writeFileSync(
      file,
      JSON.stringify({ ...(await exportJWK(privateKey)), kid: `local-${Date.now()}` }),
      { mode: 0o600 },
    );
  }
  return issuerFrom(JSON.parse(readFileSync(file, "utf8")) as JWK);
}
