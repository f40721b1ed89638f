// The local OpenID Provider of `pnpm dev`, the browser tests and the bench (issue #21, D-40): the
// local people as its accounts, the workspace as its authorization-code + PKCE client, and
// `pnpm run token`'s client. The API trusts it as it would any issuer: bound to organisations.
import type { TrustedIssuer } from "@samverkan/core";
import {
  CLI_CLIENT_ID,
  LOCAL_PERSON_GRANT,
  type LocalProvider,
  type PersonClaims,
  startLocalProvider,
} from "@samverkan/core/local";
import {
  LULEA_TEKNISKA_UNIVERSITET,
  NORRBOTTENS_KOMMUNER,
  type Organisation,
} from "@samverkan/domain";
import { LOCAL_PROJECT_PARTY, localPeople } from "./web-people";

export interface LocalIdentityProvider {
  readonly provider: LocalProvider;
  /** How the API trusts it: bound to the letter's parties, the configured municipalities and the
   * local project party; tokens for any other organisation are refused, as on a stage. */
  readonly trusted: TrustedIssuer;
}

export async function startLocalIdentityProvider(options: {
  municipalities: readonly Organisation[];
  workspaceOrigins: readonly string[];
  port?: number;
}): Promise<LocalIdentityProvider> {
  const people = localPeople(options.municipalities);
  const provider = await startLocalProvider({
    accounts: people.map(({ id, name, orgNumber, orgName, roles }) => ({
      id,
      name,
      orgNumber,
      orgName,
      roles,
    })),
    workspaceOrigins: options.workspaceOrigins,
    ...(options.port !== undefined ? { port: options.port } : {}),
  });
  const orgNumbers = [
    NORRBOTTENS_KOMMUNER,
    LULEA_TEKNISKA_UNIVERSITET,
    LOCAL_PROJECT_PARTY,
    ...options.municipalities,
  ].map((o) => o.orgNumber as string);
  return { provider, trusted: { issuer: provider.issuer, orgNumbers } };
}

/**
 * A token from the provider's token endpoint with `pnpm run token`'s client and grant (D-40):
 * over HTTP, as a script would. `expiresIn` in seconds.
 */
export async function tokenFromProvider(
  oidc: { issuer: string; cliSecret: string },
  claims: PersonClaims,
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
