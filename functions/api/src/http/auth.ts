import { type AuthSettings, keepableName, type TrustedIssuer } from "@samverkan/core";
import { OrgNumber, Role } from "@samverkan/domain";
import type { MiddlewareHandler } from "hono";
import { decodeJwt, errors, type JWTVerifyGetKey, jwtVerify } from "jose";
import type { AppEnv, Caller } from "./caller";
import { problemOf, sendProblem } from "./problem";
import { trustedKeys } from "./trusted-keys";
import { VerifiedTokens } from "./verified-tokens";

export type { AuthSettings };

// Asymmetric algorithms only: `none` and shared-secret HMAC tokens are refused.
const ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "ES256", "ES384", "EdDSA"];

/** The longest a token may live (`exp − iat`), and how far ahead its `iat` may be (clock skew). */
export const MAX_TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;
export const MAX_ISSUED_AHEAD_SECONDS = 60;

/** C0 and C1 control characters (CR, LF, …) and line separators: never in a `sub` or a name. */
const CONTROL = /[\p{Cc}\u2028\u2029]/u;

/**
 * Why a token is refused: a short id the problem carries as `reason` (for scripts and the
 * workspace), and a sentence for people. Neither ever repeats the token or a key.
 */
export type Refusal = { status: 401 | 403; reason: string; detail: string };
const refuse = (reason: string, detail: string, status: 401 | 403 = 401): Refusal => ({
  status,
  reason,
  detail,
});

/** Why the token's times are not accepted, if they are not (api.md, second release). */
function timesRefused(payload: { iat?: unknown; exp?: unknown }, nowSeconds: number) {
  const { iat, exp } = payload;
  if (typeof iat !== "number" || typeof exp !== "number")
    return refuse("no-issued-at", "the token must say when it was issued (iat)");
  if (iat > nowSeconds + MAX_ISSUED_AHEAD_SECONDS)
    return refuse("issued-in-future", "the token's iat claim is in the future");
  if (exp - iat > MAX_TOKEN_LIFETIME_SECONDS)
    return refuse("lives-too-long", "the token lives longer than 12 hours");
  return undefined;
}

/** The issuer the token names, if the API trusts it; read before the signature is checked. */
function issuerOf(token: string, auth: AuthSettings): TrustedIssuer | Refusal {
  let iss: unknown;
  try {
    iss = decodeJwt(token).iss;
  } catch {
    return refuse("malformed", "the token is not a JWT");
  }
  const trusted = auth.issuers.find((t) => t.issuer === iss);
  return trusted ?? refuse("untrusted-issuer", "the token's issuer is not one this API trusts");
}

/** The roles a token grants under its issuer's mapping; a role the issuer may not grant refuses. */
function rolesOf(claim: unknown, trusted: TrustedIssuer): Role[] | Refusal {
  // A list, as api.md and Entra ID's `roles`/`groups` give it; a lone string grants nothing.
  const values = Array.isArray(claim) ? claim : [];
  const roles = new Set<Role>();
  for (const value of values) {
    if (typeof value !== "string") continue;
    const role = trusted.roleValues ? trusted.roleValues[value] : value;
    if (role && Role.safeParse(role).success) roles.add(role as Role);
  }
  const grantable = trusted.grantableRoles ?? ["signatory", "coordinator", "viewer"];
  const notGrantable = [...roles].find((r) => !grantable.includes(r));
  if (notGrantable)
    return refuse(
      "role-not-grantable",
      `the token's issuer may not grant the role ${notGrantable}`,
      403,
    );
  return [...roles];
}

/** The caller a token proves, or why it proves nothing. */
export async function verifyToken(
  token: string,
  auth: AuthSettings,
  keysOf: (trusted: TrustedIssuer) => JWTVerifyGetKey = trustedKeys,
): Promise<{ caller: Caller; exp: number } | Refusal> {
  const trusted = issuerOf(token, auth);
  if ("reason" in trusted) return trusted;
  try {
    const { payload } = await jwtVerify(token, keysOf(trusted), {
      issuer: trusted.issuer,
      audience: auth.audience,
      algorithms: ALGORITHMS,
      requiredClaims: ["sub", "exp", "iat"],
    });
    const times = timesRefused(payload, Math.floor(Date.now() / 1000));
    if (times) return times;
    if (typeof payload.sub !== "string" || payload.sub.trim() === "" || payload.sub.length > 200)
      return refuse(
        "bad-subject",
        "the token's sub claim must be a non-empty string of at most 200 characters",
      );
    const claims = { org: "org", name: "name", roles: "roles", ...trusted.claims };
    const rawName = payload[claims.name];
    // A sub or name with a line break could forge a line in a log or a mail header: refused,
    // not cleaned (issue #21's finding, R16).
    if (CONTROL.test(payload.sub) || (typeof rawName === "string" && CONTROL.test(rawName)))
      return refuse(
        "control-characters",
        "the token's sub or name claim contains control characters (such as a line break)",
      );
    const rawOrg = payload[claims.org] ?? trusted.impliedOrg;
    const org = OrgNumber.safeParse(rawOrg);
    if (!org.success)
      return refuse("bad-organisation", "the token's org claim is not a valid organisationsnummer");
    if (!trusted.orgNumbers.includes(org.data))
      return refuse(
        "organisation-not-bound",
        `the token's issuer may not assert organisation ${org.data}`,
      );
    const roles = rolesOf(payload[claims.roles], trusted);
    if ("reason" in roles) return roles;
    // A name is shown to other people: one with hidden characters, or over 200 characters, is
    // not taken (the token still proves who it is).
    const name = keepableName(rawName);
    return {
      caller: { sub: payload.sub, orgNumber: org.data, roles, ...(name ? { name } : {}) },
      exp: payload.exp as number,
    };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return refuse("expired", "the token has expired");
    if (error instanceof errors.JWTClaimValidationFailed)
      return error.claim === "aud"
        ? refuse("wrong-audience", "the token is for another audience than this API")
        : refuse(`bad-${error.claim}`, `the token's ${error.claim} claim is not accepted`);
    if (error instanceof errors.JWSSignatureVerificationFailed)
      return refuse("bad-signature", "the token's signature does not verify");
    if (error instanceof errors.JWKSNoMatchingKey)
      return refuse("unknown-key", "the token is signed with a key its issuer does not publish");
    if (error instanceof errors.JOSEAlgNotAllowed)
      return refuse("algorithm-refused", "the token's signing algorithm is not accepted");
    if (error instanceof errors.JOSEError)
      return refuse("not-verified", "the token could not be verified");
    return refuse("issuer-unreachable", "the token's issuer could not be reached for its keys");
  }
}

/** Requires a valid bearer token; sets `caller`. Deny by default: no token, no access. */
export function authenticate(auth: AuthSettings): MiddlewareHandler<AppEnv> {
  const verifiedTokens = new VerifiedTokens();
  // One key set per trusted issuer for the process: discovery and JWKS fetched once, then cached.
  const keys = new Map(auth.issuers.map((t) => [t, trustedKeys(t)]));
  const keysOf = (t: TrustedIssuer) => keys.get(t) ?? trustedKeys(t);
  /** The caller a token proves: from this process' verified tokens, else verified now. */
  const callerOf = async (token: string) => {
    const now = Math.floor(Date.now() / 1000);
    const known = verifiedTokens.get(token, now);
    if (known) return { caller: known };
    const verified = await verifyToken(token, auth, keysOf);
    if ("caller" in verified) verifiedTokens.set(token, verified.caller, verified.exp, now);
    return verified;
  };
  return async function authenticateBearer(c, next) {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const challenge = { "www-authenticate": 'Bearer realm="samverkan"' };
    if (!match?.[1])
      return sendProblem(
        c,
        problemOf(401, "missing-token", "Send a bearer token in the Authorization header"),
        challenge,
      );
    const verified = await callerOf(match[1]);
    if ("reason" in verified) {
      if (verified.status === 403)
        return sendProblem(
          c,
          problemOf(403, verified.reason, `Not allowed: ${verified.detail}`, {
            reason: verified.reason,
          }),
        );
      return sendProblem(
        c,
        problemOf(401, "invalid-token", `Not accepted: ${verified.detail}`, {
          reason: verified.reason,
        }),
        { "www-authenticate": 'Bearer realm="samverkan", error="invalid_token"' },
      );
    }
    // Deny by default: a token that names none of the three roles may do nothing, reads included.
    if (verified.caller.roles.length === 0)
      return sendProblem(
        c,
        problemOf(
          403,
          "no-role",
          "The token names none of the roles signatory, coordinator or viewer",
        ),
      );
    c.set("caller", verified.caller);
    await next();
  };
}
