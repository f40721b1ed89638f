import { addDays, date } from "@samverkan/domain";
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
let id = "";
beforeAll(async () => {
  t = await createTestApp();
  id = await signedAgreement(t);
});
afterAll(() => t.close());

const tomorrow = addDays(date(TEST_TODAY), 1);
const yesterday = addDays(date(TEST_TODAY), -1);
const amendments = () => `/v1/agreements/${id}/amendments`;
const nok = () => t.as(NOK, ["signatory"]);
const ltu = () => t.as(LTU, ["signatory"]);
const versionOf = (etag: string | null) => Number((etag ?? "").replaceAll('"', ""));

describe("R26 finding: one party could change the terms alone — an amendment binds only when both principal parties signed", () => {
  let amendmentId = "";

  it("R26 NoK's signatory proposes four dialogs a year from tomorrow: pending, what changes from what", async () => {
    const proposed = await nok().post(amendments(), {
      effectiveFrom: tomorrow,
      changes: { dialogsPerYear: 4 },
    });
    expect(proposed.status).toBe(201);
    amendmentId = proposed.json.id;
    expect(proposed.headers.get("location")).toBe(`${amendments()}/${amendmentId}`);
    expect(proposed.json).toMatchObject({
      status: "pending",
      effectiveFrom: tomorrow,
      changes: [{ field: "dialogsPerYear", from: 2, to: 4 }],
      terms: { noticeMonths: 3, dialogsPerYear: 4, basisLeadDays: 14 },
      proposedOn: TEST_TODAY,
      proposedBy: { orgNumber: NOK.orgNumber, organisation: NOK.name, name: "Test Person" },
      inForceFrom: null,
    });
    expect(proposed.json.parties.map((p: { signature: unknown }) => p.signature)).toEqual([
      null,
      null,
    ]);
    const shown = await t.as(KIRUNA, ["viewer"]).get(amendments());
    expect(shown.status).toBe(200);
    expect(shown.json).toMatchObject({ amendments: [], pending: { id: amendmentId } });
    expect(shown.json.termsInForce.dialogsPerYear).toBe(2);
  });

  it("R26 D-52 a second proposal waits; a coordinator or another organisation cannot propose", async () => {
    const second = await ltu().post(amendments(), {
      effectiveFrom: tomorrow,
      changes: { noticeMonths: 6 },
    });
    expect(second.status).toBe(422);
    expect(second.json).toMatchObject({ rule: "R26", code: "amendment-pending" });
    const coordinator = await t
      .as(NOK, ["coordinator"])
      .post(amendments(), { effectiveFrom: tomorrow, changes: { noticeMonths: 6 } });
    expect(coordinator.status).toBe(403);
    const outsider = await t
      .as(OUTSIDER, ["signatory"])
      .post(amendments(), { effectiveFrom: tomorrow, changes: { noticeMonths: 6 } });
    expect([403, 404]).toContain(outsider.status);
  });

  it("R26 signed by NoK it is not in force; signed by LTU with If-Match it is, from today", async () => {
    const sign = `${amendments()}/${amendmentId}/signatures`;
    const first = await nok().post(sign);
    expect(first.status).toBe(201);
    expect(first.json.status).toBe("pending");
    expect(first.json.parties[0].signature).toMatchObject({
      signedOn: TEST_TODAY,
      signedBy: { name: "Test Person" },
    });
    const again = await nok().post(sign);
    expect(again.status).toBe(422);
    expect(again.json).toMatchObject({ rule: "R26", code: "already-signed" });
    const version = versionOf(first.headers.get("etag"));
    const stale = await ltu().post(sign, undefined, { "if-match": `"${version - 1}"` });
    expect(stale.status).toBe(412);
    const second = await ltu().post(sign, undefined, { "if-match": `"${version}"` });
    expect(second.status).toBe(201);
    expect(second.json).toMatchObject({ status: "in-force", inForceFrom: TEST_TODAY });
    const shown = await t.as(KIRUNA, ["viewer"]).get(amendments());
    expect(shown.json.pending).toBeNull();
    expect(shown.json.amendments).toHaveLength(1);
    expect(shown.json.amendments[0]).toMatchObject({
      id: amendmentId,
      effectiveFrom: tomorrow,
      changes: [{ field: "dialogsPerYear", from: 2, to: 4 }],
    });
    const types = (
      await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}/events?limit=200`)
    ).json.items.map((e: { type: string }) => e.type);
    expect(types.filter((type: string) => type.startsWith("Amendment"))).toEqual([
      "AmendmentProposed",
      "AmendmentSigned",
      "AmendmentSigned",
      "AmendmentEnteredIntoForce",
    ]);
    // Issue #22: the amendment and each signature are official documents in each party's
    // registry (diarium), linked to where they can be read.
    const registry = await t
      .as(NOK, ["viewer"])
      .get(`/v1/agreements/${id}/registry?party=${NOK.orgNumber}`);
    expect(registry.status).toBe(200);
    const amendmentEntries = registry.json.items.filter((entry: { description: string }) =>
      entry.description.includes("tillägg"),
    );
    expect(amendmentEntries.map((entry: { description: string }) => entry.description)).toEqual([
      "Förslag till tillägg till avsiktsförklaringen",
      "Underskrift av tillägg till avsiktsförklaringen",
      "Underskrift av tillägg till avsiktsförklaringen",
    ]);
  });

  it("finding: an amendment could rewrite the past — R26 a backdated one is refused with 422", async () => {
    const backdated = await nok().post(amendments(), {
      effectiveFrom: yesterday,
      changes: { noticeMonths: 6 },
    });
    expect(backdated.status).toBe(422);
    expect(backdated.json).toMatchObject({ rule: "R26", code: "amendment-backdated" });
  });

  it("R26 bad input is 400, never 500: an unknown field, a cadence that does not divide the year, no date", async () => {
    for (const body of [
      { effectiveFrom: tomorrow, changes: { dialogsPerYear: 5 } },
      { effectiveFrom: tomorrow, changes: { colour: "red" } },
      { effectiveFrom: "tomorrow", changes: { noticeMonths: 6 } },
      { changes: { noticeMonths: 6 } },
      { effectiveFrom: tomorrow, changes: { noticeMonths: 6 }, extra: 1 },
    ]) {
      const res = await nok().post(amendments(), body);
      expect(res.status).toBe(400);
    }
    const bad = await nok().post(`${amendments()}/not%20an%20id/signatures`);
    expect(bad.status).toBe(400);
    const none = await nok().post(`${amendments()}/no-such-amendment/signatures`);
    expect(none.status).toBe(422);
    expect(none.json).toMatchObject({ rule: "R26", code: "amendment-not-pending" });
  });

  it("R26 the other party's signatory declines (withdraws) a pending amendment", async () => {
    const later = addDays(date(TEST_TODAY), 40);
    const proposed = await nok().post(amendments(), {
      effectiveFrom: later,
      changes: { noticeMonths: 6 },
    });
    expect(proposed.status).toBe(201);
    const withdrawn = await ltu().post(`${amendments()}/${proposed.json.id}/withdraw`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.json.pending).toBeNull();
    expect(withdrawn.json.amendments).toHaveLength(1);
  });

  it("R26 R10 once the date has come, the agreement shows the new terms and the duties run by quarter from it", async () => {
    // Three months on: the first quarter under the new terms is over.
    t.setToday(addDays(date(TEST_TODAY), 92));
    const agreement = await t.as(KIRUNA, ["viewer"]).get(`/v1/agreements/${id}`);
    expect(agreement.json.terms.dialogsPerYear).toBe(4);
    const before = await t.as(KIRUNA, ["viewer"]).get(`/v1/agreements/${id}?asOf=${TEST_TODAY}`);
    expect(before.json.terms.dialogsPerYear).toBe(2);
    const obligations = await t
      .as(KIRUNA, ["viewer"])
      .get(`/v1/agreements/${id}/obligations?limit=200`);
    const ids = obligations.json.items.map((o: { id: string }) => o.id);
    expect(ids).toContain("half-year-dialog:2026-H2");
    expect(ids).toContain("half-year-dialog:2027-Q1");
    expect(ids).not.toContain("half-year-dialog:2027-H1");
    t.setToday(TEST_TODAY);
  });
});

describe("R26 R13 an amendment to the needs reviews' cadence over HTTP (D-63)", () => {
  it("R26 R13 finding: the template's needs-review cadence is not read by any rule — NoK proposes two needs reviews a year, both sign, and the terms in force say so", async () => {
    const letter = await signedAgreement(t);
    const path = `/v1/agreements/${letter}/amendments`;
    const before = await nok().get(path);
    expect(before.json.termsInForce.needsReviewsPerYear).toBe(1);
    const proposed = await nok().post(path, {
      effectiveFrom: tomorrow,
      changes: { needsReviewsPerYear: 2 },
    });
    expect(proposed.status).toBe(201);
    expect(proposed.json.changes).toEqual([{ field: "needsReviewsPerYear", from: 1, to: 2 }]);
    const cadence = await ltu().post(path, {
      effectiveFrom: tomorrow,
      changes: { needsReviewsPerYear: 5 },
    });
    expect(cadence.status).toBe(400);
    for (const signer of [nok(), ltu()])
      expect((await signer.post(`${path}/${proposed.json.id}/signatures`)).status).toBe(201);
    const after = await nok().get(path);
    expect(after.json.amendments[0].terms.needsReviewsPerYear).toBe(2);
    expect(after.json.amendments[0].status).toBe("in-force");
  });
});
