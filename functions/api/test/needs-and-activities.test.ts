import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  KIRUNA,
  LTU,
  NOK,
  OUTSIDER,
  RISE,
  signedAgreement,
  TEST_TODAY,
  type TestApp,
} from "./support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function letterWithNeed() {
  const id = await signedAgreement(t);
  const need = await t.as(NOK, ["coordinator"]).post(`/v1/agreements/${id}/needs`, {
    title: "Nurses by distance",
    raisedBy: KIRUNA.orgNumber,
    focusAreas: ["health-and-care", "education"],
  });
  return { id, needId: need.json.id as string };
}

const activityBody = (needId: string) => ({
  title: "Distance nursing in Kiruna",
  kind: "distance-education",
  focusAreas: ["health-and-care"],
  needIds: [needId],
  projectParties: [{ orgNumber: RISE.orgNumber, name: "RISE" }],
});

describe("needs", () => {
  it("R6 a party's coordinator registers a municipality's need; the municipality registers its own", async () => {
    const { id } = await letterWithNeed();
    const own = await t.as(KIRUNA, ["coordinator"]).post(`/v1/agreements/${id}/needs`, {
      title: "Broadband in schools",
      raisedBy: KIRUNA.orgNumber,
      focusAreas: ["digitalisation"],
    });
    expect(own.status).toBe(201);
    expect(own.json.raisedBy).toEqual({ kind: "municipality", orgNumber: KIRUNA.orgNumber });
    const forOther = await t.as(KIRUNA, ["coordinator"]).post(`/v1/agreements/${id}/needs`, {
      title: "x",
      raisedBy: LTU.orgNumber,
      focusAreas: ["education"],
    });
    expect(forOther.status).toBe(403);
    const list = await t.as(KIRUNA, ["viewer"]).get(`/v1/agreements/${id}/needs?limit=1`);
    expect(list.json.items).toHaveLength(1);
    expect(list.json.nextCursor).not.toBeNull();
  });

  it("R6 a need from an organisation that is neither party nor member is 422; an invalid number is 400", async () => {
    const { id } = await letterWithNeed();
    const unknown = await t.as(NOK, ["coordinator"]).post(`/v1/agreements/${id}/needs`, {
      title: "x",
      raisedBy: OUTSIDER.orgNumber,
      focusAreas: ["education"],
    });
    expect(unknown.status).toBe(422);
    expect(unknown.json).toMatchObject({ rule: "R6", code: "unknown-need-source" });
    expect(
      (
        await t.as(NOK, ["coordinator"]).post(`/v1/agreements/${id}/needs`, {
          title: "x",
          raisedBy: "202100-2847",
          focusAreas: ["education"],
        })
      ).status,
    ).toBe(400);
    // D-47: a focus area is the letter's; one outside it is refused by R4, not by a fixed list.
    const outside = await t.as(NOK, ["coordinator"]).post(`/v1/agreements/${id}/needs`, {
      title: "x",
      raisedBy: KIRUNA.orgNumber,
      focusAreas: ["tourism"],
    });
    expect(outside.status).toBe(422);
    expect(outside.json).toMatchObject({ rule: "R4", code: "focus-area-outside-letter" });
    const notASlug = await t.as(NOK, ["coordinator"]).post(`/v1/agreements/${id}/needs`, {
      title: "x",
      raisedBy: KIRUNA.orgNumber,
      focusAreas: ["Not a slug!"],
    });
    expect(notASlug.status).toBe(400);
  });
});

describe("activities and special agreements", () => {
  it("R14 R16 every required party signs; start is 422 R14 until the last signature, then 201", async () => {
    const { id, needId } = await letterWithNeed();
    const defined = await t
      .as(LTU, ["coordinator"])
      .post(`/v1/agreements/${id}/activities`, activityBody(needId));
    expect(defined.status).toBe(201);
    const activityId = defined.json.id;
    expect(defined.json.specialAgreement.missingSignatories).toEqual([
      NOK.orgNumber,
      LTU.orgNumber,
      RISE.orgNumber,
    ]);
    const path = `/v1/agreements/${id}/activities/${activityId}`;
    for (const party of [NOK, LTU]) {
      expect(
        (
          await t
            .as(party, ["signatory"])
            .post(`${path}/special-agreement/signatures`, { signedOn: TEST_TODAY })
        ).status,
      ).toBe(201);
    }
    const early = await t.as(LTU, ["coordinator"]).post(`${path}/start`, { startedOn: TEST_TODAY });
    expect(early.status).toBe(422);
    expect(early.json).toMatchObject({
      rule: "R14",
      code: "special-agreement-not-fully-signed",
      missingSignatories: [RISE.orgNumber],
    });
    // The project party sees the agreement and signs its special agreement.
    expect((await t.as(RISE, ["viewer"]).get(`/v1/agreements/${id}`)).status).toBe(200);
    expect((await t.as(RISE, ["viewer"]).get("/v1/agreements")).json.items[0].relation).toBe(
      "project-party",
    );
    expect(
      (
        await t
          .as(RISE, ["signatory"])
          .post(`${path}/special-agreement/signatures`, { signedOn: TEST_TODAY })
      ).status,
    ).toBe(201);
    const started = await t
      .as(LTU, ["coordinator"])
      .post(`${path}/start`, { startedOn: TEST_TODAY });
    expect(started.status).toBe(201);
    expect(started.json).toMatchObject({ status: "running", startedOn: TEST_TODAY });
    const completed = await t
      .as(LTU, ["coordinator"])
      .post(`${path}/complete`, { completedOn: TEST_TODAY, outcome: "12 nurses" });
    expect(completed.json).toMatchObject({ status: "completed", outcome: "12 nurses" });
    const got = await t.as(NOK, ["viewer"]).get(path);
    expect(got.headers.get("etag")).toBe(`"${got.json.version}"`);
  });

  it("R14 a new version of the special agreement resets its signatures", async () => {
    const { id, needId } = await letterWithNeed();
    const activityId = (
      await t.as(LTU, ["coordinator"]).post(`/v1/agreements/${id}/activities`, activityBody(needId))
    ).json.id;
    const path = `/v1/agreements/${id}/activities/${activityId}`;
    await t.as(NOK, ["signatory"]).post(`${path}/special-agreement/signatures`, {});
    const revised = await t
      .as(NOK, ["coordinator"])
      .put(`${path}/special-agreement`, { projectParties: [], terms: "Without RISE" });
    expect(revised.status).toBe(200);
    expect(revised.json.specialAgreement).toMatchObject({
      version: 2,
      terms: "Without RISE",
      missingSignatories: [NOK.orgNumber, LTU.orgNumber],
    });
    const stale = await t
      .as(LTU, ["signatory"])
      .post(`${path}/special-agreement/signatures`, { version: 1 });
    expect(stale.status).toBe(422);
    expect(stale.json.code).toBe("stale-special-agreement-version");
  });

  it("R5 R8 R4 an activity needs a registered need, a known kind and the letter's focus areas", async () => {
    const { id, needId } = await letterWithNeed();
    const coordinator = t.as(LTU, ["coordinator"]);
    const noNeed = await coordinator.post(`/v1/agreements/${id}/activities`, {
      ...activityBody(needId),
      needIds: ["unknown"],
    });
    expect(noNeed.status).toBe(422);
    expect(noNeed.json.rule).toBe("R5");
    expect(
      (
        await coordinator.post(`/v1/agreements/${id}/activities`, {
          ...activityBody(needId),
          kind: "party",
        })
      ).status,
    ).toBe(400);
    expect(
      (await t.as(LTU, ["viewer"]).post(`/v1/agreements/${id}/activities`, activityBody(needId)))
        .status,
    ).toBe(403);
    expect(
      (await t.as(NOK, ["viewer"]).get(`/v1/agreements/${id}/activities/unknown`)).status,
    ).toBe(404);
    expect(
      (await t.as(NOK, ["coordinator"]).post(`/v1/agreements/${id}/activities/unknown/start`, {}))
        .status,
    ).toBe(404);
    const list = await t.as(NOK, ["viewer"]).get(`/v1/agreements/${id}/activities`);
    expect(list.status).toBe(200);
  });

  it("R14 a signatory of an organisation outside the special agreement is refused (403)", async () => {
    const { id, needId } = await letterWithNeed();
    const activityId = (
      await t.as(LTU, ["coordinator"]).post(`/v1/agreements/${id}/activities`, activityBody(needId))
    ).json.id;
    const res = await t
      .as(KIRUNA, ["signatory"])
      .post(`/v1/agreements/${id}/activities/${activityId}/special-agreement/signatures`, {});
    expect(res.status).toBe(403);
    expect(res.json).toMatchObject({ rule: "R14", code: "not-a-project-party" });
  });
});

describe("funding applications", () => {
  it("R7 plan, submit and grant; a decision before submission is 422", async () => {
    const { id } = await letterWithNeed();
    const coordinator = t.as(LTU, ["coordinator"]);
    const planned = await coordinator.post(`/v1/agreements/${id}/funding-applications`, {
      funder: "Vinnova",
      call: "Innovative municipalities",
      submissionDeadline: "2099-09-15",
      amountRequestedSek: 4500000,
      applicantParties: [LTU.orgNumber, "2220000653"],
    });
    expect(planned.status).toBe(201);
    expect(planned.json).toMatchObject({
      status: "planned",
      applicantParties: [LTU.orgNumber, NOK.orgNumber],
      linkedActivityIds: [],
    });
    const path = `/v1/agreements/${id}/funding-applications/${planned.json.id}`;
    const early = await coordinator.patch(path, { status: "granted" });
    expect(early.status).toBe(422);
    expect(early.json).toMatchObject({ rule: "R7", code: "invalid-funding-transition" });
    expect(
      (await coordinator.patch(path, { amountRequestedSek: 5000000 })).json.amountRequestedSek,
    ).toBe(5000000);
    expect((await coordinator.patch(path, { status: "submitted" })).json.status).toBe("submitted");
    const granted = await coordinator.patch(path, { status: "granted", amountGrantedSek: 4000000 });
    expect(granted.json).toMatchObject({ status: "granted", amountGrantedSek: 4000000 });
    expect((await coordinator.patch(path, {})).status).toBe(400);
    expect((await coordinator.patch(path, { amountRequestedSek: 1.5 })).status).toBe(400);
    const list = await t.as(NOK, ["viewer"]).get(`/v1/agreements/${id}/funding-applications`);
    expect(list.json.items).toHaveLength(1);
    expect(
      (
        await coordinator.patch(`/v1/agreements/${id}/funding-applications/nope`, {
          status: "submitted",
        })
      ).status,
    ).toBe(404);
  });
});
