// Issue #21 item 1 (D-40): `pnpm run token` asks the local OpenID Provider's token endpoint with
// its own client and extension grant; the local people are the provider's accounts; the local
// provider is bound to the letter's organisations only (D-41).
import { NORRBOTTENS_KOMMUNER } from "@samverkan/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalIdentityProvider, startLocalIdentityProvider } from "../src/local-idp";
import { tokenFromProvider } from "../src/provider-token";

/** A JWT's header and claims, read as the API reads them before verifying (no library needed). */
const part = (token: string, i: number) =>
  JSON.parse(Buffer.from(token.split(".")[i] ?? "", "base64url").toString()) as Record<
    string,
    // biome-ignore lint/suspicious/noExplicitAny: claims of many shapes.
    any
  >;

let idp: LocalIdentityProvider;
const kiruna = { orgNumber: "212000-9994", name: "Kiruna kommun" } as never;
beforeAll(async () => {
  idp = await startLocalIdentityProvider({
    municipalities: [kiruna],
    workspaceOrigins: ["http://127.0.0.1:9"],
  });
});
afterAll(() => idp?.provider.close());

describe("D-40 pnpm run token through the local provider", () => {
  it("D-40 the CLI's grant gives a provider-signed token with the flags' claims, at most 12 hours", async () => {
    const oidc = { issuer: idp.provider.issuer, cliSecret: idp.provider.cliSecret };
    const token = await tokenFromProvider(
      oidc,
      {
        sub: "anna",
        org: NORRBOTTENS_KOMMUNER.orgNumber,
        roles: ["coordinator"],
        name: "Anna A",
      },
      24 * 3600,
    );
    const claims = part(token, 1);
    expect(claims).toMatchObject({
      iss: idp.provider.issuer,
      aud: "samverkan-api",
      sub: "anna",
      org: NORRBOTTENS_KOMMUNER.orgNumber,
      roles: ["coordinator"],
      name: "Anna A",
    });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(12 * 3600);
    const kids = idp.provider.publicKeys.map((k) => k.kid);
    const header = part(token, 0);
    expect(kids).toContain(header.kid);
  });

  it("D-40 without the CLI client's secret the provider refuses, and says so", async () => {
    await expect(
      tokenFromProvider(
        { issuer: idp.provider.issuer, cliSecret: "guessed" },
        { sub: "x", org: NORRBOTTENS_KOMMUNER.orgNumber, roles: ["viewer"] },
      ),
    ).rejects.toThrow("the local provider refused");
  });

  it("D-41 the local provider is trusted for the organisations of its accounts only: NoK, LTU, the configured municipalities, the local project party, the example's region and the newcomer", () => {
    expect([...idp.trusted.orgNumbers].sort()).toEqual(
      [
        "222000-0653",
        "202100-2841",
        "559900-1236",
        "212000-9994",
        "232100-0230",
        "559900-1244",
      ].sort(),
    );
  });
});
