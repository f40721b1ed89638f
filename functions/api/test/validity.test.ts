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
  it("R18 D-6 notice received today, 31 Dec 2026, ends the letter on 31 Mar 2027 (201 with endsOn)", async () => {
    const id = await signedAgreement(t);
    const res = await t
      .as(LTU, ["signatory"])
      .post(`/v1/agreements/${id}/termination`, { receivedOn: TEST_TODAY });
    expect(res.status).toBe(201);
    const inEffect = {
      givenBy: LTU.orgNumber,
      receivedOn: TEST_TODAY,
      endsOn: "2027-03-31",
      state: "in-effect",
      recordedOn: null,
      acknowledgement: null,
    };
    expect(res.json).toEqual(inEffect);
    // As of the day it is received (D-21: a view shows the facts dated by its day).
    const letter = await t.as(NOK, ["viewer"]).get(`/v1/agreements/${id}?asOf=${TEST_TODAY}`);
    expect(letter.json.notice).toEqual(inEffect);
    expect(letter.json.claimedNotice).toBeNull();
    expect(letter.json.status).toBe("notice-given");
    const ended = await t.as(NOK, ["viewer"]).get(`/v1/agreements/${id}?asOf=2027-04-01`);
    expect(ended.json.status).toBe("ended");
  });

  it("finding: a notice can be dated weeks back by the giving party alone — R18 R19 D-33 a notice dated 30 Nov, recorded 31 Dec, is claimed until LTU's signatory acknowledges it", async () => {
    const id = await signedAgreement(t);
    const res = await t
      .as(NOK, ["signatory"])
      .post(`/v1/agreements/${id}/termination`, { receivedOn: "2026-11-30" });
    expect(res.status).toBe(201);
    expect(res.json).toEqual({
      givenBy: NOK.orgNumber,
      receivedOn: "2026-11-30",
      endsOn: "2027-02-28",
      state: "claimed",
      recordedOn: TEST_TODAY,
      acknowledgement: null,
    });
    const claimed = (await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}`)).json;
    expect(claimed).toMatchObject({ status: "in-force", notice: null });
    expect(claimed.claimedNotice).toMatchObject({ state: "claimed", endsOn: "2027-02-28" });
    // The duties still run: nothing is lapsing while the notice is only claimed.
    const duties = (await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}/obligations`)).json;
    expect(duties.items.some((o: { status: string }) => o.status === "lapsing")).toBe(false);
    // The party that gave it cannot acknowledge it; a coordinator of the other party cannot either.
    const own = await t
      .as(NOK, ["signatory"])
      .post(`/v1/agreements/${id}/termination/acknowledgement`);
    expect(own.status).toBe(422);
    expect(own.json).toMatchObject({ rule: "R19", code: "acknowledgement-by-other-party-only" });
    const coordinator = await t
      .as(LTU, ["coordinator"])
      .post(`/v1/agreements/${id}/termination/acknowledgement`);
    expect(coordinator.status).toBe(403);
    const receipt = await t
      .as(LTU, ["signatory"])
      .post(`/v1/agreements/${id}/termination/acknowledgement`);
    expect(receipt.status).toBe(201);
    expect(receipt.json).toMatchObject({
      state: "in-effect",
      endsOn: "2027-02-28",
      acknowledgement: { acknowledgedBy: LTU.orgNumber, acknowledgedOn: TEST_TODAY },
    });
    const after = (await t.as(NOK, ["viewer"]).get(`/v1/agreements/${id}`)).json;
    expect(after).toMatchObject({ status: "notice-given", claimedNotice: null });
    const trail = (await t.as(NOK, ["viewer"]).get(`/v1/agreements/${id}/events`)).json.items;
    const given = trail.find((e: { type: string }) => e.type === "TerminationNoticeGiven");
    expect(given.recordedLate).toEqual({ factOn: "2026-11-30", recordedOn: TEST_TODAY });
    expect(trail.at(-1)).toMatchObject({
      type: "TerminationNoticeAcknowledged",
      actor: { orgNumber: LTU.orgNumber },
    });
    const again = await t
      .as(LTU, ["signatory"])
      .post(`/v1/agreements/${id}/termination/acknowledgement`);
    expect(again.status).toBe(422);
    expect(again.json).toMatchObject({ rule: "R18", code: "no-claimed-notice" });
  });

  it("R18 a notice whose period is already over is refused with 422 (notice-period-already-over)", async () => {
    const id = await signedAgreement(t);
    const res = await t
      .as(NOK, ["signatory"])
      .post(`/v1/agreements/${id}/termination`, { receivedOn: "2026-09-15" });
    expect(res.status).toBe(422);
    expect(res.json).toMatchObject({ rule: "R18", code: "notice-period-already-over" });
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
