import { generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  LTU,
  NOK,
  OUTSIDER,
  signedAgreement,
  type TestApp,
} from "./support/test-app";

let t: TestApp;
let id: string;
beforeAll(async () => {
  t = await createTestApp();
  id = await signedAgreement(t);
});
afterAll(() => t.close());

/** Every route under /v1 with a body that would be valid. */
const routes = (letter: string): Array<[string, string, unknown?]> => [
  ["GET", "/v1/agreements"],
  [
    "POST",
    "/v1/agreements",
    {
      title: "x",
      parties: [NOK, LTU],
      terms: { noticeMonths: 3, dialogsPerYear: 2, basisLeadDays: 14, structureReviewsPerYear: 1 },
      focusAreas: ["education"],
    },
  ],
  ["GET", `/v1/agreements/${letter}`],
  ["POST", `/v1/agreements/${letter}/signatures`, {}],
  ["POST", `/v1/agreements/${letter}/termination`, {}],
  ["GET", `/v1/agreements/${letter}/obligations`],
  ["GET", `/v1/agreements/${letter}/events`],
  [
    "PUT",
    `/v1/agreements/${letter}/collaboration-group`,
    { members: [{ name: "N", orgNumber: NOK.orgNumber }] },
  ],
  ["POST", `/v1/agreements/${letter}/dialogs`, { scheduledOn: "2026-04-15" }],
  ["POST", `/v1/agreements/${letter}/dialogs/d1/basis`, { summary: "x" }],
  ["POST", `/v1/agreements/${letter}/dialogs/d1/record`, { heldOn: "2026-04-15", topics: {} }],
  ["GET", `/v1/agreements/${letter}/needs`],
  [
    "POST",
    `/v1/agreements/${letter}/needs`,
    { title: "x", raisedBy: NOK.orgNumber, focusAreas: ["education"] },
  ],
  ["GET", `/v1/agreements/${letter}/activities`],
  [
    "POST",
    `/v1/agreements/${letter}/activities`,
    { title: "x", kind: "other", focusAreas: ["education"], needIds: ["n"] },
  ],
  ["GET", `/v1/agreements/${letter}/activities/a1`],
  ["PUT", `/v1/agreements/${letter}/activities/a1/special-agreement`, { projectParties: [] }],
  ["POST", `/v1/agreements/${letter}/activities/a1/special-agreement/signatures`, {}],
  ["POST", `/v1/agreements/${letter}/activities/a1/start`, {}],
  ["POST", `/v1/agreements/${letter}/activities/a1/complete`, { outcome: "x" }],
  ["POST", `/v1/agreements/${letter}/structure-reviews`, { year: 2026, summary: "x" }],
  ["GET", `/v1/agreements/${letter}/funding-applications`],
  [
    "POST",
    `/v1/agreements/${letter}/funding-applications`,
    {
      funder: "f",
      call: "c",
      submissionDeadline: "2099-01-01",
      amountRequestedSek: 1,
      applicantParties: [LTU.orgNumber],
    },
  ],
  ["PATCH", `/v1/agreements/${letter}/funding-applications/f1`, { status: "submitted" }],
  ["GET", `/v1/agreements/${letter}/notifications`],
  ["GET", `/v1/agreements/${letter}/calendar.ics`],
  ["GET", `/v1/agreements/${letter}/archive-package`],
  ["POST", `/v1/agreements/${letter}/calendar-feeds`],
];

async function badTokens() {
  const { privateKey: otherKey } = await generateKeyPair("ES256");
  const claims = { org: NOK.orgNumber, roles: ["signatory", "coordinator", "viewer"] };
  const sign = (
    key: Parameters<SignJWT["sign"]>[0],
    issuer: string,
    audience: string,
    expires: string | number,
  ) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: "ES256" })
      .setSubject("x")
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(expires)
      .sign(key);
  const header = Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url");
  const body = Buffer.from(
    JSON.stringify({
      ...claims,
      sub: "x",
      iss: "samverkan-local",
      aud: "samverkan-api",
      exp: 4102444800,
    }),
  ).toString("base64url");
  return {
    "bad signature": await sign(otherKey, "samverkan-local", "samverkan-api", "1h"),
    "alg none": `${header}.${body}.`,
    expired: await t.issuer.sign({ sub: "x", ...claims }, "-1m"),
    "wrong issuer": await t.issuer.sign({ sub: "x", ...claims }, "1h", {
      issuer: "https://evil.example",
    }),
    "wrong audience": await t.issuer.sign({ sub: "x", ...claims }, "1h", {
      audience: "another-api",
    }),
    garbage: "not.a.token",
  };
}

describe("authentication and authorization on every route", () => {
  it("401 without a token and with a bad, expired or unsigned token, on every route", async () => {
    const tokens = await badTokens();
    for (const [method, path, body] of routes(id)) {
      const none = await t.call(method, path, { body });
      expect(none.status, `${method} ${path}`).toBe(401);
      expect(none.headers.get("www-authenticate")).toContain("Bearer");
      for (const [what, token] of Object.entries(tokens)) {
        expect(
          (await t.call(method, path, { token, body })).status,
          `${method} ${path} with ${what}`,
        ).toBe(401);
      }
    }
  });

  it("404 for an agreement the caller's organisation has no part in, on every agreement route", async () => {
    const token = await t.token(OUTSIDER, ["signatory", "coordinator", "viewer"]);
    for (const [method, path, body] of routes(id).filter(([, path]) =>
      path.startsWith(`/v1/agreements/${id}`),
    )) {
      const res = await t.call(method, path, { token, body });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.json.code).toBe("agreement-not-found");
    }
  });

  it("R16 403 for a viewer on every write route of an agreement it can see", async () => {
    const token = await t.token(LTU, ["viewer"]);
    for (const [method, path, body] of routes(id).filter(
      ([m, path]) => m !== "GET" && path !== "/v1/agreements" && !path.endsWith("/calendar-feeds"),
    )) {
      const res = await t.call(method, path, { token, body });
      expect([403, 404], `${method} ${path}`).toContain(res.status);
      if (!path.includes("/a1") && !path.includes("/f1") && !path.includes("/d1"))
        expect(res.status, `${method} ${path}`).toBe(403);
    }
  });
});

describe("each missing role", () => {
  it("R16 403 on every write route for a token with every role but the one it needs", async () => {
    const signatoryRoutes = ["/signatures", "/termination", "/special-agreement/signatures"];
    const withoutSignatory = await t.token(NOK, ["coordinator", "viewer"]);
    const withoutCoordinator = await t.token(NOK, ["signatory", "viewer"]);
    for (const [method, path, body] of routes(id).filter(
      ([m, p]) => m !== "GET" && p !== "/v1/agreements" && !p.endsWith("/calendar-feeds"),
    )) {
      const needsSignatory = signatoryRoutes.some((suffix) => path.endsWith(suffix));
      const res = await t.call(method, path, {
        token: needsSignatory ? withoutSignatory : withoutCoordinator,
        body,
      });
      expect([403, 404], `${method} ${path}`).toContain(res.status);
      if (!/\/(a1|f1|d1)(\/|$)/.test(path)) expect(res.status, `${method} ${path}`).toBe(403);
    }
    expect(
      (
        await t.call("POST", "/v1/agreements", {
          token: withoutCoordinator,
          body: routes(id)[1]?.[2],
        })
      ).status,
    ).toBe(403);
  });
});

describe("invalid input on every write route", () => {
  it("400 with the failing field for an unknown field, on every route that takes a body", async () => {
    const token = await t.token(NOK, ["signatory", "coordinator"]);
    for (const [method, path, body] of routes(id).filter(([, , body]) => body !== undefined)) {
      const res = await t.call(method, path, {
        token,
        body: { ...(body as object), unexpected: [1, { deep: true }] },
      });
      expect(res.status, `${method} ${path}`).toBe(400);
      expect(res.json.code, `${method} ${path}`).toBe("invalid-input");
      expect(res.json.errors.length, `${method} ${path}`).toBeGreaterThan(0);
    }
  });
});

describe("errors a client can act on", () => {
  it("problem responses for malformed JSON (400), too large bodies (413), unknown routes (404)", async () => {
    const token = await t.token(NOK, ["coordinator"]);
    const malformed = await t.call("POST", `/v1/agreements/${id}/dialogs`, { token, body: "{" });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get("content-type")).toContain("application/problem+json");
    const huge = await t.call("POST", `/v1/agreements/${id}/dialogs`, {
      token,
      body: JSON.stringify({ scheduledOn: "x".repeat(70_000) }),
    });
    expect(huge.status).toBe(413);
    expect((await t.call("GET", "/v1/nothing", { token })).status).toBe(404);
    expect((await t.call("GET", "/nothing")).json.code).toBe("route-not-found");
  });

  it("every response has a request id and secure headers; CORS answers only configured origins", async () => {
    const health = await t.call("GET", "/health", { headers: { origin: "https://app.example" } });
    expect(health.json).toEqual({ status: "ok" });
    expect(health.headers.get("x-request-id")).toBeTruthy();
    expect(health.headers.get("x-content-type-options")).toBe("nosniff");
    expect(health.headers.get("access-control-allow-origin")).toBe("https://app.example");
    const other = await t.call("GET", "/health", { headers: { origin: "https://evil.example" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});
