import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  KIRUNA,
  LTU,
  NOK,
  OUTSIDER,
  signedAgreement,
  TEST_TODAY,
  type TestApp,
} from "./support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function draft() {
  const res = await t.as(NOK, ["coordinator"]).post("/v1/agreements", {
    title: "Draft",
    parties: [NOK, LTU],
    terms: { noticeMonths: 3, dialogsPerYear: 2, basisLeadDays: 14, structureReviewsPerYear: 1 },
    focusAreas: ["education"],
    draftedOn: "2025-09-01",
  });
  return res.json.id as string;
}

describe("POST /signatures", () => {
  it("R17 the second signature puts the letter in force on its date", async () => {
    const id = await draft();
    const first = await t
      .as(NOK, ["signatory"])
      .post(`/v1/agreements/${id}/signatures`, { signedOn: "2026-01-10" });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ status: "draft", inForceFrom: null });
    const second = await t
      .as(LTU, ["signatory"])
      .post(`/v1/agreements/${id}/signatures`, { signedOn: "2026-01-12" });
    expect(second.json).toMatchObject({ status: "in-force", inForceFrom: "2026-01-12" });
  });

  it("R17 a signature without a date is dated today in Stockholm", async () => {
    const id = await draft();
    const res = await t.as(NOK, ["signatory"]).post(`/v1/agreements/${id}/signatures`);
    // The test app's today (a fixed day: D-20 refuses facts dated after today).
    expect(res.status).toBe(201);
    expect(res.json.parties[0].signature.signedOn).toBe(TEST_TODAY);
  });

  it("R16 a coordinator is not a signatory (403); a member municipality's signatory is not a party (403)", async () => {
    const id = await draft();
    const coordinator = await t
      .as(LTU, ["coordinator"])
      .post(`/v1/agreements/${id}/signatures`, {});
    expect(coordinator.status).toBe(403);
    expect(coordinator.json).toMatchObject({ code: "signatory-role-required", rule: "R16" });
    const municipality = await t
      .as(KIRUNA, ["signatory"])
      .post(`/v1/agreements/${id}/signatures`, {});
    expect(municipality.status).toBe(403);
    expect(municipality.json).toMatchObject({ rule: "R1", code: "not-a-party" });
  });

  it("R17 a second signature by the same party is refused with 422", async () => {
    const id = await draft();
    await t
      .as(NOK, ["signatory"])
      .post(`/v1/agreements/${id}/signatures`, { signedOn: "2026-01-10" });
    const again = await t
      .as(NOK, ["signatory"])
      .post(`/v1/agreements/${id}/signatures`, { signedOn: "2026-01-11" });
    expect(again.status).toBe(422);
    expect(again.json).toMatchObject({ rule: "R17", code: "already-signed" });
  });

  it("400 for an impossible date and for unknown fields; 404 for a foreign agreement", async () => {
    const id = await draft();
    const badDate = await t
      .as(NOK, ["signatory"])
      .post(`/v1/agreements/${id}/signatures`, { signedOn: "2027-02-30" });
    expect(badDate.status).toBe(400);
    expect(badDate.json.errors[0]).toMatchObject({ path: "signedOn" });
    expect(
      (
        await t
          .as(NOK, ["signatory"])
          .post(`/v1/agreements/${id}/signatures`, { signedOn: "2026-01-01", by: "x" })
      ).status,
    ).toBe(400);
    expect(
      (await t.as(OUTSIDER, ["signatory"]).post(`/v1/agreements/${id}/signatures`, {})).status,
    ).toBe(404);
  });
});

describe("POST /termination", () => {
  it("R18 D-6 notice on 30 Nov 2026 ends the letter on 28 Feb 2027 (201 with endsOn)", async () => {
    const id = await signedAgreement(t);
    const res = await t
      .as(LTU, ["signatory"])
      .post(`/v1/agreements/${id}/termination`, { receivedOn: "2026-11-30" });
    expect(res.status).toBe(201);
    expect(res.json).toEqual({
      givenBy: LTU.orgNumber,
      receivedOn: "2026-11-30",
      endsOn: "2027-02-28",
    });
    // As of the day it is received (D-21: a view shows the facts dated by its day).
    const letter = await t.as(NOK, ["viewer"]).get(`/v1/agreements/${id}?asOf=2026-11-30`);
    expect(letter.json.notice).toEqual({
      givenBy: LTU.orgNumber,
      receivedOn: "2026-11-30",
      endsOn: "2027-02-28",
    });
    expect(letter.json.status).toBe("notice-given");
    const ended = await t.as(NOK, ["viewer"]).get(`/v1/agreements/${id}?asOf=2027-03-01`);
    expect(ended.json.status).toBe("ended");
  });

  it("R19 notice on a draft is refused with 422 and the rule", async () => {
    const id = await draft();
    const res = await t
      .as(NOK, ["signatory"])
      .post(`/v1/agreements/${id}/termination`, { receivedOn: "2026-11-30" });
    expect(res.status).toBe(422);
    expect(res.json).toMatchObject({ rule: "R19", code: "letter-not-in-force" });
  });

  it("R19 a second notice is refused with the first one's end date", async () => {
    const id = await signedAgreement(t);
    await t
      .as(LTU, ["signatory"])
      .post(`/v1/agreements/${id}/termination`, { receivedOn: "2026-10-31" });
    const res = await t
      .as(NOK, ["signatory"])
      .post(`/v1/agreements/${id}/termination`, { receivedOn: "2026-11-15" });
    expect(res.status).toBe(422);
    expect(res.json).toMatchObject({
      rule: "R19",
      code: "notice-already-given",
      endsOn: "2027-01-31",
    });
  });

  it("R19 a member municipality cannot give notice: it sees the letter but is not a party (403)", async () => {
    const id = await signedAgreement(t);
    const res = await t.as(KIRUNA, ["signatory"]).post(`/v1/agreements/${id}/termination`, {});
    expect(res.status).toBe(403);
    expect(res.json).toMatchObject({ rule: "R19", code: "notice-by-non-party" });
  });
});

describe("versions and idempotency", () => {
  it("If-Match with a stale version is 412; with the current one the write goes through", async () => {
    const id = await signedAgreement(t);
    const current = await t.as(NOK, ["viewer"]).get(`/v1/agreements/${id}`);
    const etag = current.headers.get("etag") as string;
    const stale = await t
      .as(NOK, ["signatory"])
      .post(
        `/v1/agreements/${id}/termination`,
        { receivedOn: "2026-11-30" },
        { "if-match": '"1"' },
      );
    expect(stale.status).toBe(412);
    const fresh = await t
      .as(NOK, ["signatory"])
      .post(`/v1/agreements/${id}/termination`, { receivedOn: "2026-11-30" }, { "if-match": etag });
    expect(fresh.status).toBe(201);
    expect(
      (
        await t
          .as(NOK, ["signatory"])
          .post(`/v1/agreements/${id}/termination`, {}, { "if-match": "nonsense" })
      ).status,
    ).toBe(400);
  });

  it("the same Idempotency-Key and body replays the first response and writes nothing; another body is 422", async () => {
    const id = await signedAgreement(t);
    const signatory = t.as(NOK, ["signatory"]);
    const key = { "idempotency-key": "notice-2026-11-30" };
    const first = await signatory.post(
      `/v1/agreements/${id}/termination`,
      { receivedOn: "2026-11-30" },
      key,
    );
    const eventsBefore = (await t.as(NOK, ["viewer"]).get(`/v1/agreements/${id}/events`)).json.items
      .length;
    const replay = await signatory.post(
      `/v1/agreements/${id}/termination`,
      { receivedOn: "2026-11-30" },
      key,
    );
    expect(replay.status).toBe(first.status);
    expect(replay.json).toEqual(first.json);
    expect(replay.headers.get("idempotent-replay")).toBe("true");
    expect((await t.as(NOK, ["viewer"]).get(`/v1/agreements/${id}/events`)).json.items.length).toBe(
      eventsBefore,
    );
    const other = await signatory.post(
      `/v1/agreements/${id}/termination`,
      { receivedOn: "2026-12-01" },
      key,
    );
    expect(other.status).toBe(422);
    expect(other.json.code).toBe("idempotency-key-reused");
  });
});
