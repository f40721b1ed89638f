// The local OpenID Provider of `pnpm dev`, the browser tests and the bench (issue #21, D-40): the
// local people as its accounts, the workspace as its authorization-code + PKCE client, and
// `pnpm run token`'s client. The API trusts it as it would any issuer: bound to organisations.
import type { TrustedIssuer } from "@samverkan/core";
import { type LocalProvider, startLocalProvider } from "@samverkan/core/local";
import {
  LULEA_TEKNISKA_UNIVERSITET,
  NORRBOTTENS_KOMMUNER,
  type Organisation,
} from "@samverkan/domain";
import { LOCAL_PROJECT_PARTY, localPeople } from "./web-people";

export interface LocalIdentityProvider {
  readonly provider: LocalProvider;
  /** How the API trusts it: bound to the organisations of its accounts (the letters' parties, the
   * configured municipalities, the local project party, the example's region, a newcomer); tokens
   * for any other organisation are refused, as on a stage. */
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
  // Bound to the organisations its accounts speak for, and no other: the letters' parties, the
  // configured municipalities, the local project party, the example letter's region and the
  // newcomer in no letter (issue #20).
  const orgNumbers = [
    ...new Set(
      [
        NORRBOTTENS_KOMMUNER,
        LULEA_TEKNISKA_UNIVERSITET,
        LOCAL_PROJECT_PARTY,
        ...options.municipalities,
      ]
        .map((o) => o.orgNumber as string)
        .concat(people.map((person) => person.orgNumber)),
    ),
  ];
  return { provider, trusted: { issuer: provider.issuer, orgNumbers } };
}

export { tokenFromProvider } from "./provider-token";
