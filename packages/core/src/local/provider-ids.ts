// The local OpenID Provider's names that its clients need (D-40), apart from the provider itself,
// so that `pnpm run token` loads no provider to ask one for a token.

/** The API's audience: every provider's access tokens are for it (resource indicator). */
export const API_AUDIENCE = "samverkan-api";
/** The API's resource indicator (RFC 8707 wants an absolute URI); its tokens' audience is above. */
export const API_RESOURCE = "urn:samverkan:api";
/** The workspace's client: public, authorization code with PKCE (the code deployed stages run). */
export const WORKSPACE_CLIENT_ID = "samverkan-workspace";
/** `pnpm run token`'s client, and the extension grant it uses to ask for a person's token (D-40). */
export const CLI_CLIENT_ID = "samverkan-cli";
export const LOCAL_PERSON_GRANT = "urn:samverkan:params:oauth:grant-type:local-person";
