import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, LTU, NOK, signedAgreement, type TestApp } from "./support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("smoke", () => {
  it("R17 drafts and signs a letter through HTTP", async () => {
    const id = await signedAgreement(t);
    const got = await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}`);
    expect(got.status).toBe(200);
    expect(got.json).toMatchObject({ status: "in-force", inForceFrom: "2025-10-01" });
    expect(got.headers.get("etag")).toBe('"4"');
    const notice = await t
      .as(NOK, ["signatory"])
      .post(`/v1/agreements/${id}/termination`, { receivedOn: "2026-12-31" });
    expect(notice.status).toBe(201);
    expect(notice.json).toMatchObject({
      givenBy: NOK.orgNumber,
      receivedOn: "2026-12-31",
      endsOn: "2027-03-31",
      state: "in-effect",
    });
  });
});
