import type { TrustedIssuer } from "@samverkan/core";
import { type LocalProvider, type PersonClaims, startLocalProvider } from "@samverkan/core/local";
import type { Organisation } from "@samverkan/domain";

/** One local OpenID Provider per test worker, started on first use (D-40): starting one costs ~10 ms. */
let shared: Promise<LocalProvider> | undefined;
export function workerProvider(): Promise<LocalProvider> {
  // Unreferenced: it ends with the worker, whichever file started it.
  shared ??= startLocalProvider({ accounts: [], unref: true });
  return shared;
}

/** "12h", "1m", "-1m", "30s" or seconds → seconds. */
function seconds(expiresIn: string | number): number {
  if (typeof expiresIn === "number") return expiresIn;
  const match = /^(-?\d+)([smhd])$/.exec(expiresIn);
  if (!match) throw new Error(`expiresIn: ${expiresIn}`);
  return Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86_400 }[match[2] as "s"];
}

/** The tests' token issuer: the worker's provider, bound to the organisations tests act for. */
export interface TestIssuer {
  readonly provider: LocalProvider;
  /** How the app trusts it; `orgNumbers` grows with each organisation a token is minted for. */
  readonly trusted: TrustedIssuer & { orgNumbers: string[] };
  /** A real provider token (its AccessToken model); a past expiry or another iss/aud is signed
   * with the provider's key instead, since the provider never issues such a token. */
  sign(
    claims: PersonClaims,
    expiresIn?: string | number,
    override?: { issuer?: string; audience?: string },
  ): Promise<string>;
  /** Exactly these claims with the provider's key: for hostile tokens. */
  signClaims(claims: Record<string, unknown>, keyIndex?: number): Promise<string>;
}

export async function testIssuer(bound: readonly Organisation[]): Promise<TestIssuer> {
  const provider = await workerProvider();
  const trusted = {
    issuer: provider.issuer,
    orgNumbers: bound.map((o) => o.orgNumber as string),
  };
  return {
    provider,
    trusted,
    sign: async (claims, expiresIn = "12h", override = {}) => {
      if (!trusted.orgNumbers.includes(claims.org)) trusted.orgNumbers.push(claims.org);
      const life = seconds(expiresIn);
      if (life > 0 && !override.issuer && !override.audience) return provider.mint(claims, life);
      const now = Math.floor(Date.now() / 1000);
      return provider.signClaims({
        ...claims,
        roles: [...claims.roles],
        iat: now + Math.min(0, life) - 60,
        exp: now + life,
        ...(override.issuer ? { iss: override.issuer } : {}),
        ...(override.audience ? { aud: override.audience } : {}),
      });
    },
    signClaims: (claims, keyIndex) => provider.signClaims(claims, keyIndex),
  };
}
