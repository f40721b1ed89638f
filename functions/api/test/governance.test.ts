import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
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

const topics = {
  outsideWorld: "EU funds",
  trends: "AI in care",
  futureChallenges: "Teacher supply",
  directionAdjustments: "No adjustment",
};
const group = {
  members: [
    { name: "Nora", orgNumber: NOK.orgNumber },
    { name: "Lars", orgNumber: "2021002841", role: "chair" },
  ],
};

describe("collaboration group", () => {
  it("R9 a coordinator appoints the group with members of both parties", async () => {
    const id = await signedAgreement(t);
    const res = await t
      .as(LTU, ["coordinator"])
      .put(`/v1/agreements/${id}/collaboration-group`, group);
    expect(res.status).toBe(200);
    expect(res.json.collaborationGroup.members[1]).toEqual({
      name: "Lars",
      orgNumber: LTU.orgNumber,
      role: "chair",
    });
  });

  it("R9 a member from neither party is refused (422); a viewer may not appoint (403); empty is 400", async () => {
    const id = await signedAgreement(t);
    const outsider = await t
      .as(LTU, ["coordinator"])
      .put(`/v1/agreements/${id}/collaboration-group`, {
        members: [{ name: "Olle", orgNumber: OUTSIDER.orgNumber }],
      });
    expect(outsider.status).toBe(422);
    expect(outsider.json.rule).toBe("R9");
    expect(
      (await t.as(LTU, ["viewer"]).put(`/v1/agreements/${id}/collaboration-group`, group)).status,
    ).toBe(403);
    expect(
      (
        await t
          .as(LTU, ["coordinator"])
          .put(`/v1/agreements/${id}/collaboration-group`, { members: [] })
      ).status,
    ).toBe(400);
  });
});

describe("leadership dialogs", () => {
  it("R10 R12 R11 R13 schedule, submit the basis, record with a needs review", async () => {
    const id = await signedAgreement(t);
    const coordinator = t.as(NOK, ["coordinator"]);
    // Appointed in January (D-22): the basis of 30 March is read against the group of that day.
    await coordinator.put(`/v1/agreements/${id}/collaboration-group`, {
      ...group,
      appointedOn: "2026-01-15",
    });
    const dialog = await coordinator.post(`/v1/agreements/${id}/dialogs`, {
      scheduledOn: "2026-04-15",
    });
    expect(dialog.status).toBe(201);
    expect(dialog.json).toMatchObject({ scheduledOn: "2026-04-15", basis: null, record: null });
    const dialogId = dialog.json.id;
    const basis = await coordinator.post(`/v1/agreements/${id}/dialogs/${dialogId}/basis`, {
      submittedOn: "2026-03-30",
      summary: "Needs from the inland",
    });
    expect(basis.status).toBe(201);
    // Recorded on the test's today, 31 Dec, more than 14 days after: recorded late (D-32).
    expect(basis.json.basis).toEqual({
      submittedOn: "2026-03-30",
      summary: "Needs from the inland",
      recordedOn: TEST_TODAY,
    });
    const record = await coordinator.post(`/v1/agreements/${id}/dialogs/${dialogId}/record`, {
      heldOn: "2026-04-15",
      topics,
      needsReview: { needs: [{ title: "Distance nursing", focusAreas: ["health-and-care"] }] },
    });
    expect(record.status).toBe(201);
    expect(record.json.record.needsReview.needIds).toHaveLength(1);
    const needs = await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}/needs`);
    expect(needs.json.items[0]).toMatchObject({
      title: "Distance nursing",
      raisedBy: { kind: "dialog", dialogId },
      dialogId,
    });
  });

  it("R12 a basis before the collaboration group exists is refused, naming the parties without members", async () => {
    const id = await signedAgreement(t);
    const dialog = await t
      .as(NOK, ["coordinator"])
      .post(`/v1/agreements/${id}/dialogs`, { scheduledOn: "2026-04-15" });
    const res = await t
      .as(NOK, ["coordinator"])
      .post(`/v1/agreements/${id}/dialogs/${dialog.json.id}/basis`, { summary: "x" });
    expect(res.status).toBe(422);
    expect(res.json).toMatchObject({
      rule: "R12",
      code: "collaboration-group-incomplete",
      partiesWithoutMembers: [NOK.orgNumber, LTU.orgNumber],
    });
  });

  it("R11 a record missing a topic is refused with 422 naming it", async () => {
    const id = await signedAgreement(t);
    const dialog = await t
      .as(NOK, ["coordinator"])
      .post(`/v1/agreements/${id}/dialogs`, { scheduledOn: "2026-04-15" });
    const { trends: _trends, ...three } = topics;
    const res = await t
      .as(NOK, ["coordinator"])
      .post(`/v1/agreements/${id}/dialogs/${dialog.json.id}/record`, {
        heldOn: "2026-04-15",
        topics: three,
      });
    expect(res.status).toBe(422);
    expect(res.json).toMatchObject({
      rule: "R11",
      code: "dialog-topics-missing",
      missing: ["trends"],
    });
  });

  it("R10 scheduling before entry into force is refused; an unknown dialog is 404; a viewer is 403", async () => {
    const id = await signedAgreement(t);
    const early = await t
      .as(NOK, ["coordinator"])
      .post(`/v1/agreements/${id}/dialogs`, { scheduledOn: "2025-01-01" });
    expect(early.status).toBe(422);
    expect(early.json.rule).toBe("R17");
    expect(
      (
        await t
          .as(NOK, ["coordinator"])
          .post(`/v1/agreements/${id}/dialogs/nope/basis`, { summary: "x" })
      ).status,
    ).toBe(404);
    expect(
      (
        await t
          .as(NOK, ["viewer"])
          .post(`/v1/agreements/${id}/dialogs`, { scheduledOn: "2026-04-15" })
      ).status,
    ).toBe(403);
    expect(
      (
        await t
          .as(NOK, ["coordinator"])
          .post(`/v1/agreements/${id}/dialogs`, { scheduledOn: "April" })
      ).status,
    ).toBe(400);
  });
});

describe("structure reviews", () => {
  it("R15 one review per year: the second is refused with 422", async () => {
    const id = await signedAgreement(t);
    const review = { year: 2026, reviewedOn: "2026-11-20", summary: "Forums reviewed" };
    const first = await t
      .as(LTU, ["coordinator"])
      .post(`/v1/agreements/${id}/structure-reviews`, review);
    expect(first.status).toBe(201);
    expect(first.json.structureReviews).toEqual([{ ...review, reportAsOf: null }]);
    const second = await t
      .as(LTU, ["coordinator"])
      .post(`/v1/agreements/${id}/structure-reviews`, review);
    expect(second.status).toBe(422);
    expect(second.json.rule).toBe("R15");
  });
});

describe("D-22 the collaboration group is dated", () => {
  it("R9 D-22 the group takes effect on its appointedOn, never a day after today; the basis reads it on its own date", async () => {
    const id = await signedAgreement(t);
    const coordinator = t.as(NOK, ["coordinator"]);
    const path = `/v1/agreements/${id}/collaboration-group`;
    const members = [
      { name: "Nora", orgNumber: NOK.orgNumber },
      { name: "Lars", orgNumber: LTU.orgNumber },
    ];
    const future = await coordinator.put(path, { members, appointedOn: "2027-01-01" });
    expect(future.status).toBe(422);
    expect(future.json).toMatchObject({ rule: "R9", code: "date-in-the-future" });
    const group = await coordinator.put(path, { members, appointedOn: "2026-05-01" });
    expect(group.status).toBe(200);
    expect(group.json.collaborationGroup.appointedOn).toBe("2026-05-01");
    const dialog = await coordinator.post(`/v1/agreements/${id}/dialogs`, {
      scheduledOn: "2026-06-10",
    });
    const early = await coordinator.post(`/v1/agreements/${id}/dialogs/${dialog.json.id}/basis`, {
      submittedOn: "2026-04-30",
      summary: "Underlag",
    });
    expect(early.status).toBe(422);
    expect(early.json).toMatchObject({ rule: "R12", code: "collaboration-group-incomplete" });
  });
});
