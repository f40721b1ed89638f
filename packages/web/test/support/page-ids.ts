import { tokenFromProvider } from "@samverkan/local/local-idp";
import { localPeople } from "@samverkan/local/web-people";
import { inject } from "vitest";
import { workspaceUrl } from "./browser";
import { TEST_MUNICIPALITIES } from "./local-workspace";

/**
 * A token of one of the local people, from the local OpenID Provider's token endpoint with
 * `pnpm run token`'s client (D-40): for tests that read or write through the API directly.
 */
export async function tokenOf(personId: string): Promise<string> {
  const municipalities = Object.entries(TEST_MUNICIPALITIES).map(([name, orgNumber]) => ({
    name,
    orgNumber,
  }));
  const person = localPeople(municipalities as never).find((p) => p.id === personId);
  if (!person) throw new Error(`no local person ${personId}`);
  return tokenFromProvider(inject("oidc"), {
    sub: person.id,
    name: person.name,
    org: person.orgNumber,
    roles: person.roles,
  });
}

/** Reads the API as a local person would (a token of the local provider) to find pages' ids. */
export async function apiAs(personId: string) {
  const token = await tokenOf(personId);
  return async <T>(path: string): Promise<T> => {
    const answer = await fetch(`${workspaceUrl()}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!answer.ok) throw new Error(`GET ${path}: ${answer.status}`);
    return (await answer.json()) as T;
  };
}
