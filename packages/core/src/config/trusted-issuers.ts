// Which identity providers the API trusts, and for whom (issue #21, D-41). Each issuer is bound to
// the organisation numbers it may assert and the roles it may grant, and says which of its claims
// carry the person's organisation, name and roles. Deny by default: an issuer not listed is
// refused, and so is a listed one asserting an organisation or a role it is not bound to.
import { parseOrgNumber, Role } from "@samverkan/domain";
import type { JWTVerifyGetKey } from "jose";

export type TrustedRole = "signatory" | "coordinator" | "viewer";
const ALL_ROLES: readonly TrustedRole[] = ["signatory", "coordinator", "viewer"];

/** The most issuers one configuration may list: the letter's 16 organisations, with room. */
export const MAX_TRUSTED_ISSUERS = 32;

export interface TrustedIssuer {
  /** The issuer URL exactly as its tokens' `iss` claim gives it. */
  readonly issuer: string;
  /** The organisation numbers (NNNNNN-NNNN) this issuer may assert; at least one. */
  readonly orgNumbers: readonly string[];
  /** The roles it may grant (default all three); a token with another is 403. */
  readonly grantableRoles?: readonly TrustedRole[];
  /** Which claims carry org, name and roles (defaults `org`, `name`, `roles`). */
  readonly claims?: { readonly org?: string; readonly name?: string; readonly roles?: string };
  /**
   * The issuer's claim values that mean a role, e.g. Entra ID group object ids → `coordinator`.
   * Absent: the claim's values are the role names themselves. Values mapped to nothing are ignored
   * (a person is in many groups), so an unmapped group grants nothing.
   */
  readonly roleValues?: Readonly<Record<string, TrustedRole>>;
  /**
   * For an issuer serving one organisation whose tokens carry no organisation claim (Entra ID per
   * municipality): that organisation, taken when the org claim is absent. It must be bound.
   */
  readonly impliedOrg?: string;
  /** The JWKS URL; absent: taken from the discovery document (`jwks_uri`), as for any issuer. */
  readonly jwksUrl?: string;
  /** Tests and the bench only: the keys themselves. */
  readonly keys?: JWTVerifyGetKey;
}

/** How the API verifies tokens: its audience and the issuers it trusts. */
export interface AuthSettings {
  readonly audience: string;
  readonly issuers: readonly TrustedIssuer[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** One issuer from configuration, checked; throws a message naming what is wrong. */
function trustedIssuer(raw: unknown, at: string, requireHttps: boolean): TrustedIssuer {
  if (!isRecord(raw)) throw new Error(`${at} must be an object`);
  const { issuer, orgNumbers, grantableRoles, claims, roleValues, impliedOrg, jwksUrl } = raw;
  if (typeof issuer !== "string" || !URL.canParse(issuer))
    throw new Error(`${at}.issuer must be the issuer's URL`);
  if (requireHttps && !issuer.startsWith("https://"))
    throw new Error(`${at}.issuer must be an https URL on a deployed stage`);
  if (!Array.isArray(orgNumbers) || orgNumbers.length === 0)
    throw new Error(`${at}.orgNumbers must list the organisation numbers it may assert`);
  const orgs = orgNumbers.map((n, i) => {
    const parsed = parseOrgNumber(String(n));
    if (!parsed.ok) throw new Error(`${at}.orgNumbers[${i}]: ${parsed.violation.message}`);
    return parsed.value as string;
  });
  const roles = grantableRoles ?? ALL_ROLES;
  if (!Array.isArray(roles) || roles.some((r) => !Role.safeParse(r).success))
    throw new Error(`${at}.grantableRoles takes signatory, coordinator and viewer`);
  if (claims !== undefined && !isRecord(claims)) throw new Error(`${at}.claims must be an object`);
  if (roleValues !== undefined) {
    if (!isRecord(roleValues) || Object.values(roleValues).some((r) => !Role.safeParse(r).success))
      throw new Error(`${at}.roleValues maps claim values to signatory, coordinator or viewer`);
  }
  if (impliedOrg !== undefined && !orgs.includes(String(impliedOrg)))
    throw new Error(`${at}.impliedOrg must be one of its orgNumbers`);
  if (jwksUrl !== undefined && (typeof jwksUrl !== "string" || !URL.canParse(jwksUrl)))
    throw new Error(`${at}.jwksUrl must be a URL`);
  return {
    issuer,
    orgNumbers: orgs,
    grantableRoles: roles as TrustedRole[],
    ...(claims ? { claims: claims as TrustedIssuer["claims"] & object } : {}),
    ...(roleValues ? { roleValues: roleValues as Record<string, TrustedRole> } : {}),
    ...(impliedOrg !== undefined ? { impliedOrg: String(impliedOrg) } : {}),
    ...(jwksUrl ? { jwksUrl: jwksUrl as string } : {}),
  };
}

/**
 * The trusted issuers from `SAMVERKAN_TRUSTED_ISSUERS`, a JSON array of
 * `{ issuer, orgNumbers, grantableRoles?, claims?, roleValues?, impliedOrg?, jwksUrl? }`
 * (docs/operations.md has a stage's). At most `MAX_TRUSTED_ISSUERS`; each issuer once.
 */
export function readTrustedIssuers(json: string, options: { requireHttps: boolean }) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error("SAMVERKAN_TRUSTED_ISSUERS must be a JSON array of trusted issuers");
  }
  if (!Array.isArray(parsed) || parsed.length === 0)
    throw new Error("SAMVERKAN_TRUSTED_ISSUERS must list at least one issuer");
  if (parsed.length > MAX_TRUSTED_ISSUERS)
    throw new Error(`SAMVERKAN_TRUSTED_ISSUERS lists more than ${MAX_TRUSTED_ISSUERS} issuers`);
  const issuers = parsed.map((raw, i) =>
    trustedIssuer(raw, `SAMVERKAN_TRUSTED_ISSUERS[${i}]`, options.requireHttps),
  );
  const seen = new Set<string>();
  for (const { issuer } of issuers) {
    if (seen.has(issuer)) throw new Error(`SAMVERKAN_TRUSTED_ISSUERS lists ${issuer} twice`);
    seen.add(issuer);
  }
  return issuers;
}
