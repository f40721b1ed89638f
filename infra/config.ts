// Per-stage configuration, set with `pnpm sst secret set <Name> <value> --stage <stage>`
// (docs/operations.md). None of it is in the repository.

/**
 * The identity providers the API trusts (D-41): a JSON array of issuers, each bound to the
 * organisation numbers it may assert (docs/operations.md, "The identity providers"). When empty,
 * the single issuer of `AuthIssuer`/`AuthJwksUrl` is trusted for the letter's organisations.
 */
export const trustedIssuers = new sst.Secret("TrustedIssuers", "");
/** The API's audience; and the one issuer of a stage set up before `TrustedIssuers`. */
export const authIssuer = new sst.Secret("AuthIssuer", "");
export const authAudience = new sst.Secret("AuthAudience");
export const authJwksUrl = new sst.Secret("AuthJwksUrl", "");

/** NoK's municipalities' organisation numbers as JSON (R3: the letter gives none). */
export const municipalities = new sst.Secret("Municipalities", "{}");

/**
 * The key the API signs list cursors with (D-37): at least 32 random bytes, e.g.
 * `openssl rand -base64 32`. Changing it makes cursors in flight 400 `invalid-cursor`, nothing else.
 */
export const cursorKey = new sst.Secret("CursorKey");

/**
 * The key that wraps each person's own data key (D-58, crypto-shredding): at least 32 random
 * bytes. Unlike the cursor key it must never change while sealed names are kept: a new one
 * leaves every sealed name unreadable. In production the wrapping belongs in AWS KMS
 * (docs/personal-data.md).
 */
export const personKeyWrapping = new sst.Secret("PersonKeyWrapping");

/** Origins of the web clients allowed by CORS, comma-separated. */
export const corsOrigins = new sst.Secret("CorsOrigins", "");
