import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Caller } from "../src/http/caller";
import { VerifiedTokens } from "../src/http/verified-tokens";
import { createTestApp, LTU, signedAgreement, type TestApp } from "./support/test-app";

const caller = (sub: string): Caller => ({ sub, orgNumber: LTU.orgNumber, roles: ["viewer"] });

describe("verified tokens: a token's signature checked once per process, within bounds", () => {
  it("keeps at most maxEntries tokens, the least recently used leaving first", () => {
    const tokens = new VerifiedTokens(3, 300);
    for (const sub of ["a", "b", "c"]) tokens.set(`token-${sub}`, caller(sub), 2_000, 1_000);
    expect(tokens.get("token-a", 1_000)?.sub).toBe("a"); // a is now the most recent
    tokens.set("token-d", caller("d"), 2_000, 1_000);
    expect(tokens.size).toBe(3);
    expect(tokens.get("token-b", 1_000)).toBeUndefined();
    expect(["a", "c", "d"].map((sub) => tokens.get(`token-${sub}`, 1_000)?.sub)).toEqual([
      "a",
      "c",
      "d",
    ]);
  });

  it("trusts a token no longer than its exp, nor than maxAgeSeconds after it was verified", () => {
    const tokens = new VerifiedTokens(10, 300);
    tokens.set("expires-soon", caller("x"), 1_060, 1_000);
    expect(tokens.get("expires-soon", 1_059)?.sub).toBe("x");
    expect(tokens.get("expires-soon", 1_060)).toBeUndefined();
    tokens.set("lives-long", caller("y"), 40_000, 1_000);
    expect(tokens.get("lives-long", 1_299)?.sub).toBe("y");
    expect(tokens.get("lives-long", 1_300)).toBeUndefined();
    expect(tokens.size).toBe(0);
  });

  it("knows tokens by their exact bytes: a token one character off is not the same token", () => {
    const tokens = new VerifiedTokens();
    tokens.set("header.payload.signature", caller("x"), 2_000, 1_000);
    expect(tokens.get("header.payload.signaturE", 1_000)).toBeUndefined();
  });
});

describe("verified tokens in the API", () => {
  let t: TestApp;
  let id: string;
  beforeAll(async () => {
    t = await createTestApp();
    id = await signedAgreement(t);
  });
  afterAll(() => t.close());
  afterEach(() => vi.useRealTimers());

  it("R16 a token accepted once is refused with 401 once it has expired, within the cache's five minutes", async () => {
    const token = await t.issuer.sign({ sub: "vera", org: LTU.orgNumber, roles: ["viewer"] }, "1m");
    const read = () => t.call("GET", `/v1/agreements/${id}`, { token });
    expect((await read()).status).toBe(200);
    expect((await read()).status).toBe(200);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 2 * 60_000 });
    const late = await read();
    expect(late.status).toBe(401);
    expect(late.json.detail).toMatch(/expired/);
  });

  it("R16 a forged signature on an accepted token's claims is 401", async () => {
    const token = await t.issuer.sign({ sub: "vera", org: LTU.orgNumber, roles: ["viewer"] });
    expect((await t.call("GET", `/v1/agreements/${id}`, { token })).status).toBe(200);
    const [header, payload, signature = ""] = token.split(".");
    const forged = `${header}.${payload}.${signature.slice(0, -4)}AAAA`;
    expect((await t.call("GET", `/v1/agreements/${id}`, { token: forged })).status).toBe(401);
  });
});
