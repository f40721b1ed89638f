import { type AuthSettings, keepableName } from "@samverkan/core";
import { OrgNumber, Role } from "@samverkan/domain";
import type { MiddlewareHandler } from "hono";
import { errors, jwtVerify } from "jose";
import type { AppEnv, Caller } from "./caller";
import { problemOf, sendProblem } from "./problem";
import { VerifiedTokens } from "./verified-tokens";

export type { AuthSettings };

// Asymmetric algorithms only: `none` and shared-secret HMAC tokens are refused.
const ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "ES256", "ES384", "EdDSA"];

/** The longest a token may live (`exp − iat`), and how far ahead its `iat` may be (clock skew). */
export const MAX_TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;
export const MAX_ISSUED_AHEAD_SECONDS = 60;

/** Why the token's times are not accepted, if they are not (api.md, second release). */
function timesRefused(payload: { iat?: unknown; exp?: unknown }, nowSeconds: number) {
  const { iat, exp } = payload;
  if (typeof iat !== "number" || typeof exp !== "number")
    return "the token must say when it was issued (iat)";
  if (iat > nowSeconds + MAX_ISSUED_AHEAD_SECONDS) return "the token's iat claim is in the future";
  if (exp - iat > MAX_TOKEN_LIFETIME_SECONDS) return "the token lives longer than 12 hours";
  return undefined;
}

/** The caller a token proves, or why it proves nothing. */
export async function verifyToken(
  token: string,
  auth: AuthSettings,
): Promise<{ caller: Caller; exp: number } | { reason: string }> {
  try {
    const { payload } = await jwtVerify(token, auth.keys, {
      issuer: auth.issuer,
      audience: auth.audience,
      algorithms: ALGORITHMS,
      requiredClaims: ["sub", "exp", "iat"],
    });
    const times = timesRefused(payload, Math.floor(Date.now() / 1000));
    if (times) return { reason: times };
    if (typeof payload.sub !== "string" || payload.sub.trim() === "" || payload.sub.length > 200)
      return {
        reason: "the token's sub claim must be a non-empty string of at most 200 characters",
      };
    const org = OrgNumber.safeParse(payload.org);
    if (!org.success) return { reason: "the token's org claim is not a valid organisationsnummer" };
    const roles = Array.isArray(payload.roles)
      ? payload.roles.flatMap((r) => (Role.safeParse(r).success ? [r as Role] : []))
      : [];
    // A name is shown to other people: one with control or hidden characters, or over 200
    // characters, is not taken (the token still proves who it is).
    const name = keepableName(payload.name);
    return {
      caller: { sub: payload.sub as string, orgNumber: org.data, roles, ...(name ? { name } : {}) },
      exp: payload.exp as number,
    };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { reason: "the token has expired" };
    if (error instanceof errors.JWTClaimValidationFailed)
      return { reason: `the token's ${error.claim} claim is not accepted` };
    return { reason: "the token could not be verified" };
  }
}

/** Requires a valid bearer token; sets `caller`. Deny by default: no token, no access. */
export function authenticate(auth: AuthSettings): MiddlewareHandler<AppEnv> {
  const verifiedTokens = new VerifiedTokens();
  /** The caller a token proves: from this process' verified tokens, else verified now. */
  const callerOf = async (token: string) => {
    const now = Math.floor(Date.now() / 1000);
    const known = verifiedTokens.get(token, now);
    if (known) return { caller: known };
    const verified = await verifyToken(token, auth);
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
      return sendProblem(c, problemOf(401, "invalid-token", `Not accepted: ${verified.reason}`), {
        "www-authenticate": 'Bearer realm="samverkan", error="invalid_token"',
      });
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
