import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  KIRUNA,
  LTU,
  NOK,
  signedAgreement,
  type TestApp,
} from "../support/test-app";

let t: TestApp;
let id: string;
let token: string;
beforeAll(async () => {
  t = await createTestApp();
  id = await signedAgreement(t);
  token = await t.token(NOK, ["signatory", "coordinator", "viewer"]);
});
afterAll(() => t.close());

/** Values meant to break parsers and validators: boundaries, wrong types, huge and deep. */
const hostileValue = fc.oneof(
  fc.anything({ maxDepth: 4 }),
  fc.constantFrom(
    "2027-02-30",
    "2026-13-01",
    "0000-00-00",
    "202100-2847",
    "202100-284I",
    "",
    " ",
    "null",
    "💥",
    "<script>",
    "../../etc/passwd",
    "%00",
  ),
  fc.string({ minLength: 1000, maxLength: 5000 }),
  fc.integer(),
  fc.double(),
  fc.constant(Number.MAX_SAFE_INTEGER),
  fc.constant(-1),
  fc.constant(null),
  fc
    .nat(60)
    .map((depth) => Array.from({ length: depth }).reduce<unknown>((inner) => ({ a: inner }), 1)),
);

/** A body: a plausible one with a field replaced, extra fields, or something else entirely. */
const hostileBody = (valid: Record<string, unknown>) =>
  fc.oneof(
    fc
      .record({ field: fc.constantFrom(...Object.keys(valid), "unknown"), value: hostileValue })
      .map(({ field, value }) => ({ ...valid, [field]: value })),
    fc.dictionary(fc.string({ maxLength: 20 }), hostileValue, { maxKeys: 8 }),
    hostileValue,
    fc.constant("{not json"),
  );

const segment = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom("..", "%2e%2e", "a".repeat(300), "ltu-nok", " ", "x?y"),
);

const routes: Array<{
  method: string;
  path: (s: string) => string;
  valid: Record<string, unknown>;
}> = [
  {
    method: "POST",
    path: () => "/v1/agreements",
    valid: {
      title: "x",
      parties: [NOK, LTU],
      terms: { noticeMonths: 3, dialogsPerYear: 2, basisLeadDays: 14, structureReviewsPerYear: 1 },
      focusAreas: ["education"],
    },
  },
  {
    method: "POST",
    path: () => `/v1/agreements/${id}/signatures`,
    valid: { signedOn: "2026-01-01" },
  },
  {
    method: "POST",
    path: () => `/v1/agreements/${id}/termination`,
    valid: { receivedOn: "2026-11-30" },
  },
  {
    method: "PUT",
    path: () => `/v1/agreements/${id}/collaboration-group`,
    valid: { members: [{ name: "N", orgNumber: NOK.orgNumber }] },
  },
  {
    method: "POST",
    path: () => `/v1/agreements/${id}/dialogs`,
    valid: { scheduledOn: "2026-04-15" },
  },
  {
    method: "POST",
    path: (s) => `/v1/agreements/${id}/dialogs/${s}/record`,
    valid: { heldOn: "2026-04-15", topics: {} },
  },
  {
    method: "POST",
    path: () => `/v1/agreements/${id}/needs`,
    valid: { title: "x", raisedBy: KIRUNA.orgNumber, focusAreas: ["education"] },
  },
  {
    method: "POST",
    path: () => `/v1/agreements/${id}/activities`,
    valid: { title: "x", kind: "other", focusAreas: ["education"], needIds: ["n"] },
  },
  {
    method: "POST",
    path: (s) => `/v1/agreements/${id}/activities/${s}/start`,
    valid: { startedOn: "2026-02-01" },
  },
  {
    method: "POST",
    path: () => `/v1/agreements/${id}/structure-reviews`,
    valid: { year: 2026, summary: "x" },
  },
  {
    method: "POST",
    path: () => `/v1/agreements/${id}/funding-applications`,
    valid: {
      funder: "f",
      call: "c",
      submissionDeadline: "2099-01-01",
      amountRequestedSek: 1,
      applicantParties: [LTU.orgNumber],
    },
  },
  {
    method: "PATCH",
    path: (s) => `/v1/agreements/${id}/funding-applications/${s}`,
    valid: { status: "submitted" },
  },
  { method: "GET", path: (s) => `/v1/agreements/${s}`, valid: {} },
  // R25: substitutes, an organisation's own and not a letter's.
  {
    method: "POST",
    path: () => "/v1/substitutions",
    valid: { substitute: "bo", from: "2099-01-01", to: "2099-01-02" },
  },
  { method: "DELETE", path: (s) => `/v1/substitutions/${s}`, valid: {} },
];

const queries = fc.record({
  limit: fc.oneof(fc.integer(), fc.string({ maxLength: 10 }), fc.constant("1e9")),
  cursor: fc.oneof(fc.string({ maxLength: 50 }), fc.base64String({ maxLength: 60 })),
  asOf: fc.oneof(
    fc.constantFrom("2027-02-30", "yesterday", "2026-11-30"),
    fc.string({ maxLength: 12 }),
  ),
});

function expectProblemOrSuccess(res: { status: number; headers: Headers }, what: string) {
  expect(res.status, what).toBeLessThan(500);
  if (res.status >= 400)
    expect(res.headers.get("content-type"), what).toContain("application/problem+json");
}

describe("fuzzing every route's body, path and query", () => {
  it("bodies: never a 5xx, always a problem response when refused", async () => {
    for (const route of routes.filter((r) => r.method !== "GET")) {
      await fc.assert(
        fc.asyncProperty(hostileBody(route.valid), segment, async (body, s) => {
          const res = await t.call(route.method, route.path(encodeURIComponent(s) || "x"), {
            token,
            body: typeof body === "string" ? body : (JSON.stringify(body) ?? "null"),
          });
          expectProblemOrSuccess(
            res,
            `${route.method} ${route.path("…")} ${JSON.stringify(body)?.slice(0, 200)}`,
          );
        }),
        { numRuns: 25 },
      );
    }
  });

  it("paths and queries: never a 5xx", async () => {
    const lists = [
      "",
      "/obligations",
      "/events",
      "/needs",
      "/activities",
      "/funding-applications",
      "/notifications",
      "/calendar.ics",
      "/archive-package",
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...lists), segment, queries, async (list, s, q) => {
        const query = new URLSearchParams({
          limit: String(q.limit),
          cursor: q.cursor,
          asOf: q.asOf,
        }).toString();
        for (const letter of [id, encodeURIComponent(s) || "x"]) {
          const res = await t.call("GET", `/v1/agreements/${letter}${list}?${query}`, { token });
          expectProblemOrSuccess(res, `GET /v1/agreements/${letter}${list}?${query}`);
        }
      }),
      { numRuns: 60 },
    );
  });
});
