// Per-stage configuration, set with `pnpm sst secret set <Name> <value> --stage <stage>`
// (docs/operations.md). None of it is in the repository.

/** The identity provider: its issuer, the API's audience, and its JWKS URL. */
export const authIssuer = new sst.Secret("AuthIssuer");
export const authAudience = new sst.Secret("AuthAudience");
export const authJwksUrl = new sst.Secret("AuthJwksUrl");

/** NoK's municipalities' organisation numbers as JSON (R3: the letter gives none). */
export const municipalities = new sst.Secret("Municipalities", "{}");

/** Origins of the web clients allowed by CORS, comma-separated. */
export const corsOrigins = new sst.Secret("CorsOrigins", "");
