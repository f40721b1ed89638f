import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  KIRUNA,
  LTU,
  NOK,
  OUTSIDER,
  RISE,
  signedAgreement,
  type TestApp,
} from "./support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const draftBody = {
  title: "Avsiktsförklaring LTU–NoK",
  parties: [
    { orgNumber: "2220000653", name: "Norrbottens Kommuner" },
    { orgNumber: "202100-2841", name: "Luleå tekniska universitet" },
  ],
  terms: { noticeMonths: 3, dialogsPerYear: 2, basisLeadDays: 14, structureReviewsPerYear: 1 },
  focusAreas: ["education", "digitalisation"],
  draftedOn: "2025-09-01",
};

describe("POST /v1/agreements", () => {
  it("R1 R2 a coordinator of a party drafts a letter; numbers come back with the dash", async () => {
    const res = await t.as(NOK, ["coordinator"]).post("/v1/agreements", draftBody);
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe(`/v1/agreements/${res.json.id}`);
    expect(res.headers.get("etag")).toBe('"1"');
    expect(res.json).toMatchObject({
      status: "draft",
      parties: [
        { orgNumber: "222000-0653", signature: null },
        { orgNumber: "202100-2841", signature: null },
      ],
      inForceFrom: null,
      notice: null,
    });
  });

  it("R2 refuses an invalid organisation number with 400 naming the Luhn check", async () => {
    const res = await t.as(NOK, ["coordinator"]).post("/v1/agreements", {
      ...draftBody,
      parties: [draftBody.parties[0], { orgNumber: "202100-2847", name: "LTU" }],
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.json.errors[0]).toMatchObject({ path: "parties.1.orgNumber" });
    expect(res.json.errors[0].message).toContain("Luhn");
  });

  it("R1 refuses two identical parties with 422", async () => {
    const res = await t.as(NOK, ["coordinator"]).post("/v1/agreements", {
      ...draftBody,
      parties: [draftBody.parties[0], draftBody.parties[0]],
    });
    expect(res.status).toBe(422);
    expect(res.json).toMatchObject({ rule: "R1", code: "parties-not-distinct" });
  });

  it("R16 refuses a draft by a viewer (403) and by a coordinator of neither party (403)", async () => {
    expect((await t.as(NOK, ["viewer"]).post("/v1/agreements", draftBody)).status).toBe(403);
    const outsider = await t.as(OUTSIDER, ["coordinator"]).post("/v1/agreements", draftBody);
    expect(outsider.status).toBe(403);
    expect(outsider.json.code).toBe("not-a-principal-party");
  });

  it("refuses unknown fields, missing fields and wrong types with 400", async () => {
    expect(
      (await t.as(NOK, ["coordinator"]).post("/v1/agreements", { ...draftBody, extra: 1 })).status,
    ).toBe(400);
    expect((await t.as(NOK, ["coordinator"]).post("/v1/agreements", { title: "x" })).status).toBe(
      400,
    );
    expect(
      (
        await t.as(NOK, ["coordinator"]).post("/v1/agreements", {
          ...draftBody,
          terms: { ...draftBody.terms, dialogsPerYear: 5 },
        })
      ).status,
    ).toBe(400);
    expect((await t.as(NOK, ["coordinator"]).post("/v1/agreements", "{not json")).status).toBe(400);
  });
});

describe("GET /v1/agreements/{id} and the list", () => {
  it("R17 shows the signed letter in force, with signatures and an ETag", async () => {
    const id = await signedAgreement(t);
    const res = await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe(`"${res.json.version}"`);
    expect(res.json).toMatchObject({ status: "in-force", inForceFrom: "2025-10-01" });
    expect(res.json.parties[0].signature).toMatchObject({
      signedOn: "2025-10-01",
      signedBy: { id: expect.any(String), name: "Test Person" },
    });
    // NoK's signatory's subject is not LTU's to see (D-34).
    expect(res.json.parties[0].signature.signedBy).not.toHaveProperty("sub");
  });

  it("R3 a member municipality sees NoK's letters; an outsider gets 404, as for an id that does not exist", async () => {
    const id = await signedAgreement(t);
    expect((await t.as(KIRUNA, ["viewer"]).get(`/v1/agreements/${id}`)).status).toBe(200);
    const foreign = await t.as(OUTSIDER, ["viewer"]).get(`/v1/agreements/${id}`);
    const missing = await t.as(OUTSIDER, ["viewer"]).get("/v1/agreements/no-such-letter");
    expect(foreign.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(foreign.json.detail.replace(id, "X")).toBe(
      missing.json.detail.replace("no-such-letter", "X"),
    );
  });

  it("R3 the agreement names the member municipalities it represents, as drafted", async () => {
    const id = await signedAgreement(t);
    const view = await t.as(LTU, ["viewer"]).get(`/v1/agreements/${id}`);
    expect(view.json.memberOrganisations).toEqual([
      { orgNumber: KIRUNA.orgNumber, name: KIRUNA.name },
    ]);
  });

  it("lists the caller's agreements with a cursor, and nothing for an outsider", async () => {
    const fresh = await createTestApp();
    try {
      const ids = [
        await signedAgreement(fresh),
        await signedAgreement(fresh),
        await signedAgreement(fresh),
      ];
      const first = await fresh.as(LTU, ["viewer"]).get("/v1/agreements?limit=2");
      expect(first.status).toBe(200);
      expect(first.json.items).toHaveLength(2);
      expect(first.json.items[0]).toMatchObject({ relation: "party", status: "in-force" });
      const second = await fresh
        .as(LTU, ["viewer"])
        .get(`/v1/agreements?limit=2&cursor=${first.json.nextCursor}`);
      expect(second.json.items).toHaveLength(1);
      expect(second.json.nextCursor).toBeNull();
      expect(
        [...first.json.items, ...second.json.items].map((a: { id: string }) => a.id).sort(),
      ).toEqual(ids.sort());
      expect(
        (await fresh.as(KIRUNA, ["viewer"]).get("/v1/agreements")).json.items[0].relation,
      ).toBe("member");
      expect((await fresh.as(RISE, ["viewer"]).get("/v1/agreements")).json).toEqual({
        items: [],
        nextCursor: null,
      });
      expect((await fresh.as(LTU, ["viewer"]).get("/v1/agreements?cursor=garbage")).status).toBe(
        400,
      );
      expect((await fresh.as(LTU, ["viewer"]).get("/v1/agreements?limit=500")).status).toBe(400);
      expect(
        (await fresh.as(LTU, ["viewer"]).get("/v1/agreements?limit=200")).json.items,
      ).toHaveLength(3);
    } finally {
      await fresh.close();
    }
  });

  it("lists more agreements than one BatchGetItem holds (limit 200 > DynamoDB's 100 keys)", async () => {
    const fresh = await createTestApp();
    try {
      const coordinator = fresh.as(NOK, ["coordinator"]);
      for (let i = 0; i < 105; i += 15) {
        await Promise.all(
          Array.from({ length: Math.min(15, 105 - i) }, () =>
            coordinator.post("/v1/agreements", draftBody),
          ),
        );
      }
      const page = await fresh.as(LTU, ["viewer"]).get("/v1/agreements?limit=200");
      expect(page.status).toBe(200);
      expect(page.json.items).toHaveLength(105);
      expect(page.json.nextCursor).toBeNull();
    } finally {
      await fresh.close();
    }
  });
});
