// Issue #21: trust bound to organisations (D-41), tokens from a real OpenID Provider verified
// through discovery and JWKS (D-40), and the refusals that name their reason (D-42).
import { MAX_TRUSTED_ISSUERS, readTrustedIssuers } from "@samverkan/core";
import { type LocalProvider, startLocalProvider } from "@samverkan/core/local";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, KIRUNA, LTU, type TestApp } from "./support/test-app";

// Two local issuers side by side, as a stage has LTU's (SWAMID through a bridge) and a
// municipality's (Entra ID): each started as a real provider, each bound to its organisation.
let ltuIdp: LocalProvider;
let kirunaIdp: LocalProvider;
let t: TestApp;
const KIRUNA_COORDINATORS = "7f3c2a9e-kiruna-samverkan-coordinators";
const KIRUNA_VIEWERS = "0b1d44e2-kiruna-samverkan-viewers";
const UNREACHABLE = "http://127.0.0.1:9/nobody";

beforeAll(async () => {
  ltuIdp = await startLocalProvider({ accounts: [] });
  kirunaIdp = await startLocalProvider({ accounts: [] });
  t = await createTestApp({
    trust: [
      { issuer: ltuIdp.issuer, orgNumbers: [LTU.orgNumber] },
      // Listed, but nobody answers at its discovery document.
      { issuer: UNREACHABLE, orgNumbers: [LTU.orgNumber] },
      {
        // Entra ID per municipality: no org claim (the tenant is the municipality), roles from
        // `groups`, and no signatory: Kiruna is not a party of the letter.
        issuer: kirunaIdp.issuer,
        orgNumbers: [KIRUNA.orgNumber],
        impliedOrg: KIRUNA.orgNumber,
        grantableRoles: ["coordinator", "viewer"],
        claims: { roles: "groups" },
        roleValues: {
          [KIRUNA_COORDINATORS]: "coordinator",
          [KIRUNA_VIEWERS]: "viewer",
          "samverkan-signatories": "signatory",
        },
      },
    ],
  });
});
afterAll(async () => {
  await t?.close();
  await ltuIdp?.close();
  await kirunaIdp?.close();
});

const now = () => Math.floor(Date.now() / 1000);
const list = (token: string) => t.call("GET", "/v1/agreements", { token });

describe("D-41 trust bound to organisations", () => {
  it("D-41 each issuer's tokens for its own organisation are accepted, verified through its discovery document and JWKS", async () => {
    const lars = await ltuIdp.mint({ sub: "lars", org: LTU.orgNumber, roles: ["coordinator"] });
    expect((await list(lars)).status).toBe(200);
    const maja = await kirunaIdp.signClaims({
      sub: "maja@kiruna.se",
      name: "Maja Mäkitalo",
      groups: [KIRUNA_COORDINATORS, "some-other-group"],
      iat: now(),
      exp: now() + 600,
    });
    expect((await list(maja)).status).toBe(200);
  });

  it("finding: an issuer could assert any organisation — R16 D-41 LTU's issuer claiming Kiruna is 401 organisation-not-bound", async () => {
    const forged = await ltuIdp.mint({ sub: "lars", org: KIRUNA.orgNumber, roles: ["viewer"] });
    const response = await list(forged);
    expect(response.status).toBe(401);
    expect(response.json.reason).toBe("organisation-not-bound");
    expect(response.json.detail).toContain(KIRUNA.orgNumber);
    // And the municipality's issuer claiming LTU, in its own org claim: the same.
    const other = await kirunaIdp.signClaims({
      sub: "x",
      org: LTU.orgNumber,
      groups: [KIRUNA_VIEWERS],
      iat: now(),
      exp: now() + 600,
    });
    expect((await list(other)).json.reason).toBe("organisation-not-bound");
  });

  it("R16 D-41 a role the issuer may not grant is 403 role-not-grantable; groups mapped to no role grant nothing", async () => {
    const signatory = await kirunaIdp.signClaims({
      sub: "maja",
      groups: ["samverkan-signatories"],
      iat: now(),
      exp: now() + 600,
    });
    const refused = await list(signatory);
    expect(refused.status).toBe(403);
    expect(refused.json.reason).toBe("role-not-grantable");
    expect(refused.json.detail).toContain("signatory");
    const unmapped = await kirunaIdp.signClaims({
      sub: "maja",
      groups: ["coordinator", "all-staff"],
      iat: now(),
      exp: now() + 600,
    });
    expect((await list(unmapped)).json.code).toBe("no-role");
  });
});

describe("D-40 the provider's keys rotate", () => {
  it("D-40 the JWKS has two keys and a token signed with either verifies, without a failed request", async () => {
    expect(ltuIdp.publicKeys).toHaveLength(2);
    const jwks = (await (await fetch(`${ltuIdp.issuer}/jwks`)).json()) as {
      keys: { kid: string }[];
    };
    expect(jwks.keys.map((k: { kid: string }) => k.kid)).toEqual(
      ltuIdp.publicKeys.map((k) => k.kid),
    );
    for (const keyIndex of [0, 1, 0]) {
      const token = await ltuIdp.signClaims(
        { sub: `k${keyIndex}`, org: LTU.orgNumber, roles: ["viewer"], iat: now(), exp: now() + 60 },
        keyIndex,
      );
      expect((await list(token)).status, `key ${keyIndex}`).toBe(200);
    }
  });
});

describe("D-42 refusals name their reason, never the secret", () => {
  it("finding: an unknown issuer, a bad signature, an expired token and another audience are each 401 with its reason", async () => {
    const claims = { sub: "lars", org: LTU.orgNumber, roles: ["viewer"] };
    const { privateKey } = await generateKeyPair("ES256");
    const forgedKey = await new SignJWT({ ...claims, iss: ltuIdp.issuer, aud: "samverkan-api" })
      .setProtectedHeader({ alg: "ES256", kid: ltuIdp.publicKeys[0]?.kid ?? "" })
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(privateKey);
    const cases: Record<string, string> = {
      "untrusted-issuer": await ltuIdp.signClaims({
        ...claims,
        iss: "https://login.evil.example",
        iat: now(),
        exp: now() + 60,
      }),
      "bad-signature": forgedKey,
      expired: await ltuIdp.signClaims({ ...claims, iat: now() - 120, exp: now() - 60 }),
      "wrong-audience": await ltuIdp.signClaims({
        ...claims,
        aud: "another-api",
        iat: now(),
        exp: now() + 60,
      }),
    };
    for (const [reason, token] of Object.entries(cases)) {
      const response = await list(token);
      expect(response.status, reason).toBe(401);
      expect(response.json.code, reason).toBe("invalid-token");
      expect(response.json.reason, reason).toBe(reason);
      expect(response.text, reason).not.toContain(token.split(".")[2]);
      expect(response.text, reason).not.toContain(ltuIdp.cliSecret);
    }
  });

  it("finding: a sub or name with CR/LF was accepted (the name dropped silently) — D-42 now 401 control-characters", async () => {
    for (const claims of [
      { sub: "lars\r\nX-Admin: yes", name: "Lars" },
      { sub: "lars", name: "Lars\nSamverkan (automatic)" },
      { sub: "lars", name: "Lars\rL" },
    ]) {
      const token = await ltuIdp.mint({ ...claims, org: LTU.orgNumber, roles: ["viewer"] });
      const response = await list(token);
      expect(response.status, JSON.stringify(claims)).toBe(401);
      expect(response.json.reason).toBe("control-characters");
    }
  });
});

describe("D-41 the trusted-issuer configuration", () => {
  const one = (extra: Record<string, unknown> = {}) => ({
    issuer: "https://idp.example",
    orgNumbers: [LTU.orgNumber],
    ...extra,
  });
  const read = (value: unknown) =>
    readTrustedIssuers(JSON.stringify(value), { requireHttps: true });

  it(`D-41 at most ${MAX_TRUSTED_ISSUERS} issuers, each once, https, bound to at least one valid organisation`, () => {
    expect(read([one()])).toHaveLength(1);
    const many = Array.from({ length: MAX_TRUSTED_ISSUERS + 1 }, (_, i) =>
      one({ issuer: `https://idp${i}.example` }),
    );
    expect(read(many.slice(0, MAX_TRUSTED_ISSUERS))).toHaveLength(MAX_TRUSTED_ISSUERS);
    expect(() => read(many)).toThrow(`more than ${MAX_TRUSTED_ISSUERS}`);
    expect(() => read([one(), one()])).toThrow("twice");
    expect(() => read([one({ issuer: "http://idp.example" })])).toThrow("https");
    expect(() => read([one({ orgNumbers: [] })])).toThrow("orgNumbers");
    expect(() => read([one({ orgNumbers: ["123"] })])).toThrow("orgNumbers[0]");
    expect(() => read([one({ grantableRoles: ["admin"] })])).toThrow("grantableRoles");
    expect(() => read([one({ roleValues: { g: "admin" } })])).toThrow("roleValues");
    expect(() => read([one({ impliedOrg: KIRUNA.orgNumber })])).toThrow("impliedOrg");
    expect(() => read([])).toThrow("at least one");
    expect(() => readTrustedIssuers("{", { requireHttps: true })).toThrow("JSON array");
  });

  it("D-42 an issuer whose discovery document cannot be fetched: 401 issuer-unreachable, never a 500", async () => {
    const token = await ltuIdp.signClaims({
      sub: "lars",
      org: LTU.orgNumber,
      roles: ["viewer"],
      iss: UNREACHABLE,
      iat: now(),
      exp: now() + 60,
    });
    const response = await list(token);
    expect(response.status).toBe(401);
    expect(response.json.reason).toBe("issuer-unreachable");
  });

  it("D-41 a key outside the issuer's JWKS is refused even when the discovery document is reachable", async () => {
    const { privateKey, publicKey } = await generateKeyPair("ES256");
    const stranger = await exportJWK(publicKey);
    expect(stranger.kty).toBe("EC");
    const token = await new SignJWT({ org: LTU.orgNumber, roles: ["viewer"] })
      .setProtectedHeader({ alg: "ES256", kid: "not-published" })
      .setSubject("lars")
      .setIssuer(ltuIdp.issuer)
      .setAudience("samverkan-api")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(privateKey);
    const response = await list(token);
    expect(response.status).toBe(401);
    expect(response.json.reason).toBe("unknown-key");
  });
});
