import { createApp } from "@samverkan/api";
import { dynamoLayer } from "@samverkan/core";
import { API_AUDIENCE, startLocalProvider } from "@samverkan/core/local";
import * as ManagedRuntime from "effect/ManagedRuntime";
import { describe, expect, it } from "vitest";
import { createSamverkanClient, isProblem } from "../src/index";

/**
 * The real API app trusting a local OpenID Provider (D-40); these requests are answered before
 * any storage call.
 */
async function apiWithoutStorage() {
  const provider = await startLocalProvider({ accounts: [], unref: true });
  const issuer = { sign: provider.mint };
  const runtime = ManagedRuntime.make(dynamoLayer({ tableName: "unused" }, {} as never));
  const auth = {
    audience: API_AUDIENCE,
    issuers: [{ issuer: provider.issuer, orgNumbers: ["222000-0653"] }],
  };
  const app = createApp({ runtime, auth, corsOrigins: [], municipalities: [] });
  const fetchApp = (input: RequestInfo | URL, init?: RequestInit) =>
    Promise.resolve(app.fetch(new Request(input, init)));
  return { issuer, fetchApp };
}

describe("createSamverkanClient", () => {
  it("sends the token that getToken gives, asked again for every request", async () => {
    const seen: Array<string | null> = [];
    let token: string | null = "first";
    const api = createSamverkanClient({
      baseUrl: "https://api.example",
      getToken: async () => token,
      fetch: async (input) => {
        seen.push((input as Request).headers.get("authorization"));
        return Response.json({ items: [], nextCursor: null });
      },
    });
    await api.GET("/v1/agreements");
    token = "second";
    await api.GET("/v1/agreements");
    token = null;
    await api.GET("/v1/agreements");
    expect(seen).toEqual(["Bearer first", "Bearer second", null]);
  });

  it("gives the API's problem as `error` when there is no token (401)", async () => {
    const { fetchApp } = await apiWithoutStorage();
    const api = createSamverkanClient({
      baseUrl: "http://api.test",
      getToken: () => null,
      fetch: fetchApp,
    });
    const { data, error, response } = await api.GET("/v1/agreements/{id}", {
      params: { path: { id: "ltu-nok" } },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
    expect(isProblem(error)).toBe(true);
  });

  it("passes the bearer token the API accepts, then gets its validation problem (400)", async () => {
    const { issuer, fetchApp } = await apiWithoutStorage();
    const token = await issuer.sign({ sub: "nora", org: "222000-0653", roles: ["viewer"] });
    const api = createSamverkanClient({
      baseUrl: "http://api.test",
      getToken: () => token,
      fetch: fetchApp,
    });
    const { error, response } = await api.GET("/v1/agreements/{id}/obligations", {
      params: { path: { id: "ltu-nok" }, query: { asOf: "2026-02-30" } },
    });
    expect(response.status).toBe(400);
    expect(error?.code).toBeTypeOf("string");
    expect(error?.errors?.[0]?.path).toContain("asOf");
  });
});
