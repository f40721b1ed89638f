import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  KIRUNA,
  LTU,
  NOK,
  OUTSIDER,
  signedAgreement,
  type TestApp,
} from "../support/test-app";

// One test per finding of the outside tester's 397 probes (issue #10), named after it. Each one
// failed on the first release and passes now.

let t: TestApp;
let id: string;
beforeAll(async () => {
  t = await createTestApp();
  id = await signedAgreement(t);
});
afterAll(() => t.close());

const activityBody = (projectParties: unknown[]) => ({
  title: "Testbädd i Kiruna",
  kind: "test-environment",
  focusAreas: ["digitalisation"],
  needIds: [] as string[],
  projectParties,
});

async function needId(letterId: string) {
  const need = await t.as(NOK, ["coordinator"]).post(`/v1/agreements/${letterId}/needs`, {
    title: "Digital kompetens",
    raisedBy: NOK.orgNumber,
    focusAreas: ["digitalisation"],
  });
  return need.json.id as string;
}

describe("finding 1: access that outlives a party", () => {
  it("finding 1: a project party removed from every special agreement gets 404 on the letter, its trail, the list and the feed", async () => {
    const letter = await signedAgreement(t);
    const body = { ...activityBody([OUTSIDER]), needIds: [await needId(letter)] };
    const activity = await t
      .as(LTU, ["coordinator"])
      .post(`/v1/agreements/${letter}/activities`, body);
    expect(activity.status).toBe(201);
    const outsider = t.as(OUTSIDER, ["viewer", "coordinator"]);
    expect((await outsider.get(`/v1/agreements/${letter}`)).status).toBe(200);
    const feed = await outsider.post(`/v1/agreements/${letter}/calendar-feeds`);
    expect(feed.status).toBe(201);
    const revised = await t
      .as(LTU, ["coordinator"])
      .put(`/v1/agreements/${letter}/activities/${activity.json.id}/special-agreement`, {
        projectParties: [],
      });
    expect(revised.status).toBe(200);
    for (const path of ["", "/events", "/activities", "/obligations", "/calendar.ics"])
      expect((await outsider.get(`/v1/agreements/${letter}${path}`)).status, path).toBe(404);
    const list = await outsider.get("/v1/agreements");
    expect(list.json.items.map((a: { id: string }) => a.id)).not.toContain(letter);
    expect((await t.call("GET", feed.json.url)).status).toBe(404);
  });
});

describe("finding 2: dates without bounds", () => {
  it("finding 2: notice received in 2999 is 422 and the other party can still give notice", async () => {
    const letter = await signedAgreement(t);
    const far = await t
      .as(LTU, ["signatory"])
      .post(`/v1/agreements/${letter}/termination`, { receivedOn: "2999-01-01" });
    expect(far.status).toBe(422);
    expect(far.json).toMatchObject({ rule: "R19", code: "date-in-the-future" });
    const nok = await t.as(NOK, ["signatory"]).post(`/v1/agreements/${letter}/termination`, {});
    expect(nok.status).toBe(201);
  });

  it("finding 2: notice received one day after signing, recorded long after, does not end the letter at once", async () => {
    const letter = await signedAgreement(t, "2025-10-01");
    const res = await t
      .as(LTU, ["signatory"])
      .post(`/v1/agreements/${letter}/termination`, { receivedOn: "2025-10-02" });
    expect(res.status).toBe(422);
    expect(res.json).toMatchObject({ rule: "R18", code: "notice-period-already-over" });
    expect((await t.as(LTU, ["viewer"]).get(`/v1/agreements/${letter}`)).json.status).toBe(
      "in-force",
    );
  });

  it("finding 2: signedOn 1900-01-01 is refused; a letter registered with draftedOn keeps its real dates", async () => {
    const draft = await t.as(NOK, ["coordinator"]).post("/v1/agreements", {
      title: "Registrerad",
      parties: [NOK, LTU],
      terms: { noticeMonths: 3, dialogsPerYear: 2, basisLeadDays: 14, structureReviewsPerYear: 1 },
      focusAreas: ["education"],
      draftedOn: "2025-09-10",
    });
    expect(draft.status).toBe(201);
    expect(draft.json.draftedOn).toBe("2025-09-10");
    const old = await t
      .as(NOK, ["signatory"])
      .post(`/v1/agreements/${draft.json.id}/signatures`, { signedOn: "1900-01-01" });
    expect(old.status).toBe(422);
    expect(old.json).toMatchObject({ rule: "R17", code: "date-before-start" });
    const real = await t
      .as(NOK, ["signatory"])
      .post(`/v1/agreements/${draft.json.id}/signatures`, { signedOn: "2025-10-01" });
    expect(real.status).toBe(201);
  });
});

describe("finding 3: 5xx on a forged cursor", () => {
  it("finding 3: a cursor with the right partition and another sort key is 400 on events, activities and the list", async () => {
    const forge = (key: object) => Buffer.from(JSON.stringify(key)).toString("base64url");
    const probes = [
      `/v1/agreements/${id}/events?cursor=${forge({ pk: `LOI#${id}`, sk: "HEAD" })}`,
      `/v1/agreements/${id}/activities?cursor=${forge({ pk: `LOI#${id}`, sk: "EVT#0000000001" })}`,
      `/v1/agreements/${id}/needs?cursor=${forge({ pk: `LOI#${id}`, sk: "ACT#x" })}`,
      `/v1/agreements/${id}/dialogs?cursor=${forge({ pk: `LOI#${id}`, sk: "zzz" })}`,
      `/v1/agreements?cursor=${forge({ pk: `ORG#${LTU.orgNumber}`, sk: "HEAD" })}`,
      `/v1/agreements?cursor=${forge({ pk: `ORG#${NOK.orgNumber}`, sk: "LOI#x" })}`,
      `/v1/agreements/${id}/obligations?cursor=${forge({ offset: 1 })}`,
      `/v1/agreements/${id}/notifications?cursor=${"A".repeat(3000)}`,
    ];
    for (const path of probes) {
      const res = await t.as(LTU, ["viewer"]).get(path);
      expect(res.status, path).toBe(400);
      expect(res.json.code, path).toMatch(/invalid-cursor|invalid-input/);
    }
  });
});

describe("finding 4: contract slips", () => {
  it("finding 4: POST calendar-feeds honours Idempotency-Key: one feed, the same answer", async () => {
    const headers = { "idempotency-key": "feed-once" };
    const first = await t
      .as(KIRUNA, ["viewer"])
      .post(`/v1/agreements/${id}/calendar-feeds`, undefined, headers);
    const again = await t
      .as(KIRUNA, ["viewer"])
      .post(`/v1/agreements/${id}/calendar-feeds`, undefined, headers);
    expect(first.status).toBe(201);
    expect(again.json).toEqual(first.json);
    expect(again.headers.get("idempotent-replay")).toBe("true");
    const feeds = await t.as(KIRUNA, ["viewer"]).get(`/v1/agreements/${id}/calendar-feeds`);
    expect(feeds.json.items).toHaveLength(1);
  });

  it("finding 4: user lars#x with key k and user lars with key x#k do not meet: both writes happen", async () => {
    const letter = await signedAgreement(t);
    const as = async (sub: string, key: string) =>
      t.call("POST", `/v1/agreements/${letter}/dialogs`, {
        token: await t.token(LTU, ["coordinator"], sub),
        body: { scheduledOn: "2027-03-01" },
        headers: { "idempotency-key": key },
      });
    const one = await as("lars#x", "k");
    const two = await as("lars", "x#k");
    expect([one.status, two.status]).toEqual([201, 201]);
    expect(two.headers.get("idempotent-replay")).toBeNull();
    expect(two.json.id).not.toBe(one.json.id);
  });

  it("finding 4: a well-formed but stale If-Match is 412; only a malformed one is 400", async () => {
    const letter = await signedAgreement(t);
    const group = { members: [{ name: "Nora", orgNumber: NOK.orgNumber }] };
    const path = `/v1/agreements/${letter}/collaboration-group`;
    const stale = await t.as(NOK, ["coordinator"]).put(path, group, { "if-match": '"abc"' });
    expect(stale.status).toBe(412);
    const old = await t.as(NOK, ["coordinator"]).put(path, group, { "if-match": 'W/"1"' });
    expect(old.status).toBe(412);
    const malformed = await t.as(NOK, ["coordinator"]).put(path, group, { "if-match": "abc" });
    expect(malformed.status).toBe(400);
  });
});

describe("finding 5: claims and roles", () => {
  const now = () => Math.floor(Date.now() / 1000);
  const claims = (extra: Record<string, unknown>) => ({
    sub: "anna",
    org: LTU.orgNumber,
    roles: ["viewer"],
    iat: now(),
    exp: now() + 3600,
    ...extra,
  });
  const status = async (extra: Record<string, unknown>) =>
    (
      await t.call("GET", `/v1/agreements/${id}`, {
        token: await t.issuer.signClaims(claims(extra)),
      })
    ).status;

  it("finding 5: sub empty, an object or longer than 200 characters is 401", async () => {
    expect(await status({})).toBe(200);
    expect(await status({ sub: "" })).toBe(401);
    expect(await status({ sub: { id: 1 } })).toBe(401);
    expect(await status({ sub: "x".repeat(201) })).toBe(401);
  });

  it("finding 5: a token with no role is 403 on every route, reads included", async () => {
    for (const roles of [undefined, [], "signatory", ["admin"]]) {
      expect(await status({ roles }), JSON.stringify(roles)).toBe(403);
      const list = await t.call("GET", "/v1/agreements", {
        token: await t.issuer.signClaims(claims({ roles })),
      });
      expect(list.status).toBe(403);
    }
  });

  it("finding 5: exp in year 3000 and iat a year ahead are 401; a token lives at most 12 hours", async () => {
    expect(await status({ exp: Date.UTC(3000, 0, 1) / 1000 })).toBe(401);
    expect(await status({ iat: now() + 365 * 86_400, exp: now() + 366 * 86_400 })).toBe(401);
    expect(await status({ exp: now() + 13 * 3600 })).toBe(401);
    expect(await status({ iat: undefined })).toBe(401);
  });

  it("finding 5: a party's viewer cannot revoke another organisation's feed", async () => {
    const feed = await t.as(NOK, ["viewer"]).post(`/v1/agreements/${id}/calendar-feeds`);
    const res = await t.call("DELETE", `/v1/agreements/${id}/calendar-feeds/${feed.json.id}`, {
      token: await t.token(LTU, ["viewer"]),
    });
    expect(res.status).toBe(403);
    expect((await t.call("GET", feed.json.url)).status).toBe(200);
  });
});

describe("finding 6: amplification and fairness", () => {
  it("finding 6: a 64 KB body of 31 000 bad focus areas gets a small 400 listing at most 20 errors", async () => {
    const res = await t.as(NOK, ["coordinator"]).post(`/v1/agreements/${id}/needs`, {
      title: "x",
      raisedBy: NOK.orgNumber,
      // Under the 64 KiB body limit: 31 000 invalid entries of two bytes each.
      focusAreas: Array.from({ length: 31_000 }, () => 0),
    });
    expect(res.status).toBe(400);
    expect(res.json.errors.length).toBeLessThanOrEqual(20);
    expect(res.text.length).toBeLessThan(10_000);
  });

  it("finding 6: asOf more than ten years from the letter's start is 400", async () => {
    for (const path of ["/obligations?asOf=2999-12-31", "?asOf=2999-12-31", "?asOf=1900-01-01"]) {
      const res = await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}${path}`);
      expect(res.status, path).toBe(400);
      expect(res.json.code).toBe("as-of-out-of-range");
    }
    expect(
      (await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}/obligations?asOf=2035-09-30`)).status,
    ).toBe(200);
  });

  it("finding 6: one organisation's burst of writes meets 429 with Retry-After; another's write goes through", async () => {
    const limited = await createTestApp({ writesPerMinute: 5 });
    try {
      const letter = await signedAgreement(limited);
      const burst = await Promise.all(
        Array.from({ length: 12 }, () =>
          limited
            .as(NOK, ["coordinator"])
            .post(`/v1/agreements/${letter}/dialogs`, { scheduledOn: "2027-01-10" }),
        ),
      );
      const refused = burst.filter((r) => r.status === 429);
      expect(refused.length).toBeGreaterThan(0);
      expect(Number(refused[0]?.headers.get("retry-after"))).toBeGreaterThan(0);
      const other = await limited
        .as(LTU, ["coordinator"])
        .post(`/v1/agreements/${letter}/dialogs`, { scheduledOn: "2027-01-11" });
      expect(other.status).toBe(201);
    } finally {
      await limited.close();
    }
  });

  it("finding 6: feeds are limited per organisation and can be listed", async () => {
    const letter = await signedAgreement(t);
    // Feeds are personal, at most 3 each (D-36): four coordinators fill the organisation's 10.
    const made = [];
    for (let i = 0; i < 11; i++) {
      const token = await t.token(LTU, ["coordinator"], `coordinator-${Math.floor(i / 3)}`);
      made.push(
        (await t.call("POST", `/v1/agreements/${letter}/calendar-feeds`, { token })).status,
      );
    }
    expect(made.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(made[10]).toBe(400);
    const list = await t.as(LTU, ["coordinator"]).get(`/v1/agreements/${letter}/calendar-feeds`);
    expect(list.json.items).toHaveLength(10);
    expect(JSON.stringify(list.json)).not.toContain("/feeds/");
  });
});

describe("finding 7: headers and text", () => {
  it("finding 7: authenticated JSON is no-store and varies by Authorization; the feed is private for 5 minutes", async () => {
    const res = await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}`);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("vary")).toMatch(/Authorization/i);
    const feed = await t.as(LTU, ["viewer"]).post(`/v1/agreements/${id}/calendar-feeds`);
    const ics = await t.call("GET", feed.json.url);
    expect(ics.headers.get("cache-control")).toBe("private, max-age=300");
  });

  it("finding 7: /docs loads nothing from another origin and has a Content-Security-Policy", async () => {
    const res = await t.call("GET", "/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(res.text).not.toMatch(/https?:\/\/(?!opensource\.org)/);
    expect(res.text).not.toContain("<script");
    expect(res.text).toContain("/v1/agreements/{id}/termination");
  });

  it("finding 7: NUL, an RTL override, a zero-width-only title and a lone surrogate are 400", async () => {
    const need = (title: string, description = "") =>
      t.as(NOK, ["coordinator"]).post(`/v1/agreements/${id}/needs`, {
        title,
        description,
        raisedBy: NOK.orgNumber,
        focusAreas: ["education"],
      });
    for (const title of [
      "a\u0000b",
      "abc\u202Egnp.exe",
      "\u200B\u200B",
      "x\uD800y",
      "bell\u0007",
    ]) {
      const res = await need(title);
      expect(res.status, JSON.stringify(title)).toBe(400);
      expect(res.json.code).toBe("invalid-text");
    }
    expect((await need("Behov", "rad ett\nrad två\tmed tabb")).status).toBe(201);
  });

  it("finding 7: a client's X-Request-Id is not written into the audit trail", async () => {
    const letter = await signedAgreement(t);
    const res = await t
      .as(NOK, ["coordinator"])
      .post(
        `/v1/agreements/${letter}/dialogs`,
        { scheduledOn: "2027-02-01" },
        { "x-request-id": "forged-id" },
      );
    expect(res.status).toBe(201);
    expect(res.headers.get("x-request-id")).not.toBe("forged-id");
    const events = await t.as(NOK, ["viewer"]).get(`/v1/agreements/${letter}/events`);
    expect(events.json.items.map((e: { requestId: string }) => e.requestId)).not.toContain(
      "forged-id",
    );
  });

  it("finding 7: extra fields in parties[] and 50 copies of one applicant are 400", async () => {
    const draft = await t.as(NOK, ["coordinator"]).post("/v1/agreements", {
      title: "x",
      parties: [
        { ...NOK, extra: true },
        { ...LTU, admin: 1 },
      ],
      terms: { noticeMonths: 3, dialogsPerYear: 2, basisLeadDays: 14, structureReviewsPerYear: 1 },
      focusAreas: ["education"],
    });
    expect(draft.status).toBe(400);
    const funding = await t
      .as(LTU, ["coordinator"])
      .post(`/v1/agreements/${id}/funding-applications`, {
        funder: "Vinnova",
        call: "Utlysning",
        submissionDeadline: "2027-05-01",
        amountRequestedSek: 100_000,
        applicantParties: Array.from({ length: 50 }, () => LTU.orgNumber),
      });
    expect(funding.status).toBe(400);
  });
});
