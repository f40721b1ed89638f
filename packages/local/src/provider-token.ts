// Asks the local OpenID Provider for a person's token over HTTP, as a script would (D-40): used by
// `pnpm run token`, pnpm dev's ready tokens and the browser tests. Loads no provider itself.
import { CLI_CLIENT_ID, LOCAL_PERSON_GRANT } from "@samverkan/core/local/provider-ids";

/** The claims asked for: the person, their organisation and roles, and their name. */
export interface AskedClaims {
  readonly sub: string;
  readonly org: string;
  readonly roles: readonly string[];
  readonly name?: string;
}

/**
 * A token from the provider's token endpoint with `pnpm run token`'s client and grant (D-40):
 * over HTTP, as a script would. `expiresIn` in seconds.
 */
export async function tokenFromProvider(
  oidc: { issuer: string; cliSecret: string },
  claims: AskedClaims,
  expiresIn = 12 * 60 * 60,
): Promise<string> {
  const discovery = (await (
    await fetch(`${oidc.issuer}/.well-known/openid-configuration`)
  ).json()) as { token_endpoint: string };
  const response = await fetch(discovery.token_endpoint, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      authorization: `Basic ${Buffer.from(`${CLI_CLIENT_ID}:${oidc.cliSecret}`).toString("base64")}`,
    },
    body: new URLSearchParams({
      grant_type: LOCAL_PERSON_GRANT,
      sub: claims.sub,
      org: claims.org,
      roles: claims.roles.join(","),
      ...(claims.name ? { name: claims.name } : {}),
      expires_in: String(expiresIn),
    }),
  });
  const body = (await response.json()) as { access_token?: string; error_description?: string };
  if (!response.ok || !body.access_token)
    throw new Error(`the local provider refused: ${body.error_description ?? response.status}`);
  return body.access_token;
}
