import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  KIRUNA,
  LTU,
  NOK,
  signedAgreement,
  TEST_TODAY,
  type TestApp,
} from "./support/test-app";

let t: TestApp;
let id = "";
beforeAll(async () => {
  t = await createTestApp();
  id = await signedAgreement(t);
});
afterAll(() => t.close());

const policyPath = () => `/v1/agreements/${id}/reminder-policy`;
const proposals = () => `${policyPath()}/proposals`;
const answer = (proposalId: string, action: string) => `${proposals()}/${proposalId}/${action}`;
const nok = () => t.as(NOK, ["coordinator"]);
const ltu = () => t.as(LTU, ["coordinator"]);

describe("R23 D-31 finding: one party can switch off the other's reminders — a proposal takes effect only when the other party accepts", () => {
  it("R22 without an agreed policy the default shows: 30, 14, 7 and 1 days, no digest, set by nobody (D-25)", async () => {
    const res = await t.as(KIRUNA, ["viewer"]).get(policyPath());
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      leadDays: [30, 14, 7, 1],
      digest: false,
      setBy: null,
      pending: null,
    });
    expect(res.headers.get("etag")).toMatch(/^"\d+"$/);
  });

  it("R23 the old PUT that set the policy alone is gone", async () => {
    const put = await nok().put(policyPath(), { leadDays: [0], digest: false });
    expect([404, 405]).toContain(put.status);
  });

  it("R23 NoK proposes [0]: nothing changes, the proposal is pending, in the trail, and NoK cannot accept it itself", async () => {
    const proposed = await nok().post(proposals(), { leadDays: [0], digest: false });
    expect(proposed.status).toBe(201);
    expect(proposed.json.leadDays).toEqual([30, 14, 7, 1]);
    expect(proposed.json.pending).toMatchObject({
      leadDays: [0],
      digest: false,
      proposedOn: TEST_TODAY,
      proposedBy: { orgNumber: NOK.orgNumber, organisation: NOK.name, name: "Test Person" },
      answeredBy: LTU.orgNumber,
    });
    const proposalId = proposed.json.pending.id as string;
    expect(proposed.headers.get("location")).toBe(`${proposals()}/${proposalId}`);

    const own = await nok().post(answer(proposalId, "accept"));
    expect(own.status).toBe(422);
    expect(own.json).toMatchObject({ rule: "R23", code: "own-proposal" });
    const viewer = await t.as(LTU, ["viewer"]).post(answer(proposalId, "accept"));
    expect(viewer.status).toBe(403);
    expect(viewer.json).toMatchObject({ rule: "R23", code: "coordinator-role-required" });
    const outsider = await t.as(KIRUNA, ["coordinator"]).post(answer(proposalId, "accept"));
    expect(outsider.status).toBe(403);
    expect(outsider.json).toMatchObject({ rule: "R23" });
    const second = await ltu().post(proposals(), { leadDays: [14], digest: true });
    expect(second.status).toBe(422);
    expect(second.json).toMatchObject({ rule: "R23", code: "policy-proposal-pending" });
    expect((await ltu().get(policyPath())).json.leadDays).toEqual([30, 14, 7, 1]);

    const trail = await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}/events?limit=200`);
    const proposedEvent = trail.json.items.find(
      (e: { type: string }) => e.type === "ReminderPolicyProposed",
    );
    expect(proposedEvent).toMatchObject({
      data: { proposalId, policy: { leadDays: [0], digest: false } },
    });

    // LTU declines: the policy stays the default, and the decline is in the trail.
    const declined = await ltu().post(answer(proposalId, "decline"));
    expect(declined.status).toBe(200);
    expect(declined.json).toMatchObject({ leadDays: [30, 14, 7, 1], setBy: null, pending: null });
    const again = await ltu().post(answer(proposalId, "accept"));
    expect(again.status).toBe(422);
    expect(again.json.code).toBe("policy-proposal-not-pending");
  });

  it("R23 LTU accepts NoK's proposal with If-Match: in force from today, GET says who proposed and who accepted it", async () => {
    const proposed = await nok().post(proposals(), { leadDays: [3, 21], digest: true });
    expect(proposed.status).toBe(201);
    const proposalId = proposed.json.pending.id as string;
    const version = proposed.headers.get("etag") as string;
    const stale = await ltu().post(answer(proposalId, "accept"), undefined, {
      "if-match": `"${Number(version.replaceAll('"', "")) - 1}"`,
    });
    expect(stale.status).toBe(412);
    const accepted = await ltu().post(answer(proposalId, "accept"), undefined, {
      "if-match": version,
    });
    expect(accepted.status).toBe(200);
    const shown = await t.as(KIRUNA, ["viewer"]).get(policyPath());
    expect(shown.json).toMatchObject({
      leadDays: [21, 3],
      digest: true,
      pending: null,
      setBy: {
        proposalId,
        proposedOn: TEST_TODAY,
        proposedBy: { orgNumber: NOK.orgNumber, organisation: NOK.name },
        acceptedOn: TEST_TODAY,
        acceptedBy: { orgNumber: LTU.orgNumber, organisation: LTU.name, name: "Test Person" },
      },
    });
    const types = (
      await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}/events?limit=200`)
    ).json.items.map((e: { type: string }) => e.type);
    expect(types.filter((type: string) => type.startsWith("ReminderPolicy"))).toEqual([
      "ReminderPolicyProposed",
      "ReminderPolicyDeclined",
      "ReminderPolicyProposed",
      "ReminderPolicyAccepted",
    ]);
  });

  it("R23 a proposal is withdrawn by its own party only; bad lead times are 400", async () => {
    for (const body of [
      { leadDays: [], digest: true },
      { leadDays: [-1], digest: true },
      { leadDays: [3, 3], digest: true },
      { leadDays: [3], digest: "yes" },
      { leadDays: Array.from({ length: 11 }, (_, i) => i), digest: false },
    ])
      expect((await ltu().post(proposals(), body)).status).toBe(400);
    const proposed = await ltu().post(proposals(), { leadDays: [7], digest: false });
    const proposalId = proposed.json.pending.id as string;
    const byOther = await nok().post(answer(proposalId, "withdraw"));
    expect(byOther.status).toBe(422);
    expect(byOther.json.code).toBe("not-the-proposing-party");
    const withdrawn = await t
      .as(LTU, ["coordinator", "signatory"])
      .post(answer(proposalId, "withdraw"));
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.json).toMatchObject({ leadDays: [21, 3], pending: null });
    expect((await ltu().post(answer("not-a-proposal", "accept"))).status).toBe(422);
    expect((await ltu().post(answer("bad id!", "accept"))).status).toBe(400);
  });
});
