import { getItem, queryLetterItems, readPerson } from "@samverkan/core";
import { keys } from "@samverkan/table";
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
      // D-65: a person of the directory by opaque id; the name opened from its sealed value.
      id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      name: "Lars",
      orgNumber: LTU.orgNumber,
      role: "chair",
    });
  });

  it("finding: group member names are typed free text and cannot be erased — D-65 each member is a person by id, the stored events keep no plain name, and a re-appointment keeps the same people by name or by id", async () => {
    const id = await signedAgreement(t);
    const path = `/v1/agreements/${id}/collaboration-group`;
    const first = await t.as(LTU, ["coordinator"]).put(path, group);
    const [nora, lars] = first.json.collaborationGroup.members as { id: string; name: string }[];
    expect(nora?.id).not.toBe(lars?.id);
    // What is stored: ids and sealed names, never "Lars" or "Nora" in plain text.
    const stored = await t.runtime.runPromise(queryLetterItems(id, "EVT#", 200));
    const set = stored.items.find((item) => item.type === "CollaborationGroupSet");
    expect(set?.data).toContain(lars?.id);
    expect(set?.data).not.toMatch(/"Lars"|"Nora"/);
    const head = await t.runtime.runPromise(getItem(keys.letter(id)));
    expect(head).not.toBeNull();
    expect(JSON.stringify(head)).not.toMatch(/"Lars"|"Nora"/);
    // The directory knows the member by id (what an erasure and an export act on).
    expect(await t.runtime.runPromise(readPerson(lars?.id ?? ""))).toMatchObject({
      name: "Lars",
      orgNumber: LTU.orgNumber,
    });
    // What is kept of a member can be exported (art. 15) by a coordinator of their organisation.
    const exported = await t.as(LTU, ["coordinator"]).get(`/v1/people/${lars?.id}/export`);
    expect(exported.status).toBe(200);
    expect(exported.json).toMatchObject({ orgNumber: LTU.orgNumber, directory: { name: "Lars" } });
    expect((await t.as(NOK, ["coordinator"]).get(`/v1/people/${lars?.id}/export`)).status).toBe(
      404,
    );
    // Again by the same names (a form sends names), and by id with a new role: the same people.
    const again = await t.as(NOK, ["coordinator"]).put(path, {
      members: [
        { name: "Nora", orgNumber: NOK.orgNumber },
        { id: lars?.id, orgNumber: LTU.orgNumber, role: "vice chair" },
        { name: "Nils", orgNumber: NOK.orgNumber },
      ],
    });
    expect(again.status).toBe(200);
    const members = again.json.collaborationGroup.members;
    expect(members.map((m: { id: string }) => m.id).slice(0, 2)).toEqual([nora?.id, lars?.id]);
    expect(members[1]).toMatchObject({ name: "Lars", role: "vice chair" });
    expect(members[2].id).not.toBe(nora?.id);
    // The trail names them as the views do: opened, never sealed.
    const trail = await t.as(NOK, ["viewer"]).get(`/v1/agreements/${id}/events?limit=200`);
    const appointed = trail.json.items.filter(
      (e: { type: string }) => e.type === "CollaborationGroupSet",
    );
    expect(appointed.at(-1).data.members[2]).toMatchObject({ name: "Nils" });
    expect(trail.text).not.toContain("pk1.");
  });

  it("D-65 an id that is no member of the current group (or of another party) is 400; a member needs a name or an id", async () => {
    const id = await signedAgreement(t);
    const path = `/v1/agreements/${id}/collaboration-group`;
    const first = await t.as(LTU, ["coordinator"]).put(path, group);
    const lars = first.json.collaborationGroup.members[1];
    const unknown = await t.as(LTU, ["coordinator"]).put(path, {
      members: [{ id: "A".repeat(22), orgNumber: LTU.orgNumber }],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.code).toBe("group-member-unknown");
    const otherParty = await t.as(LTU, ["coordinator"]).put(path, {
      members: [{ id: lars.id, orgNumber: NOK.orgNumber }],
    });
    expect(otherParty.status).toBe(400);
    const neither = await t.as(LTU, ["coordinator"]).put(path, {
      members: [{ orgNumber: LTU.orgNumber }],
    });
    expect(neither.status).toBe(400);
    // Nobody but a coordinator of a party gets as far as keeping a name (deny by default).
    const viewer = await t.as(LTU, ["viewer"]).put(path, {
      members: [{ name: "Vera Viewer", orgNumber: LTU.orgNumber }],
    });
    expect(viewer.status).toBe(403);
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
