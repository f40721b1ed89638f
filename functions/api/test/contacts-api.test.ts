import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  KIRUNA,
  LTU,
  NOK,
  OUTSIDER,
  signedAgreement,
  type TestApp,
} from "./support/test-app";

let t: TestApp;
let id = "";
const anna = {
  name: "Anna Lind",
  email: "anna.lind@ltu.se",
  roles: ["coordinator"],
  language: "en",
};
const per = { name: "Per Berg", email: "per.berg@nok.se", roles: ["group", "signatory"] };

beforeAll(async () => {
  t = await createTestApp();
  id = await signedAgreement(t);
});
afterAll(() => t.close());

const path = () => `/v1/agreements/${id}/contacts`;

describe("R23 GET, PUT /v1/agreements/{id}/contacts", () => {
  it("R23 a coordinator keeps its own organisation's list; another organisation's list is 403", async () => {
    const put = await t
      .as(LTU, ["coordinator"])
      .put(path(), { orgNumber: LTU.orgNumber, contacts: [anna] });
    expect(put.status).toBe(200);
    expect(put.headers.get("etag")).toBe('"1"');
    expect(put.json.contacts[0]).toEqual(anna);
    const other = await t
      .as(LTU, ["coordinator"])
      .put(path(), { orgNumber: NOK.orgNumber, contacts: [per] });
    expect(other.status).toBe(403);
    expect(other.json.code).toBe("not-own-organisation");
    const viewer = await t
      .as(NOK, ["viewer", "signatory"])
      .put(path(), { orgNumber: NOK.orgNumber, contacts: [per] });
    expect(viewer.status).toBe(403);
    const nok = await t
      .as(NOK, ["coordinator"])
      .put(path(), { orgNumber: "2220000653", contacts: [per] });
    expect(nok.status).toBe(200);
    expect(nok.json.contacts[0].language).toBe("sv");
  });

  it("R23 every party sees names and roles of all; e-mail addresses only of its own organisation", async () => {
    const seen = await t.as(NOK, ["viewer"]).get(path());
    expect(seen.status).toBe(200);
    expect(seen.json.items).toEqual([
      { orgNumber: NOK.orgNumber, contacts: [{ ...per, language: "sv" }] },
      { orgNumber: LTU.orgNumber, contacts: [{ name: anna.name, roles: anna.roles }] },
    ]);
    expect(JSON.stringify((await t.as(KIRUNA, ["viewer"]).get(path())).json)).not.toContain("@");
    expect((await t.as(OUTSIDER, ["coordinator"]).get(path())).status).toBe(404);
  });

  it("R23 a stale If-Match is 412, a malformed one 400; the current one replaces the list", async () => {
    const put = (ifMatch: string) =>
      t
        .as(LTU, ["coordinator"])
        .put(path(), { orgNumber: LTU.orgNumber, contacts: [anna] }, { "if-match": ifMatch });
    expect((await put('"7"')).status).toBe(412);
    expect((await put("not a tag")).status).toBe(400);
    const current = await put('"1"');
    expect(current.status).toBe(200);
    expect(current.headers.get("etag")).toBe('"2"');
  });

  it("R23 400 for a malformed address, an unknown role or language, a repeated address, too many contacts", async () => {
    const put = (contacts: unknown[]) =>
      t.as(LTU, ["coordinator"]).put(path(), { orgNumber: LTU.orgNumber, contacts });
    for (const contact of [
      { ...anna, email: "anna at ltu" },
      { ...anna, roles: ["chief"] },
      { ...anna, roles: [] },
      { ...anna, language: "fi" },
      { ...anna, phone: "070" },
    ])
      expect((await put([contact])).status).toBe(400);
    expect((await put([anna, { ...anna, email: "ANNA.LIND@ltu.se" }])).status).toBe(400);
    const many = Array.from({ length: 51 }, (_, i) => ({ ...anna, email: `p${i}@ltu.se` }));
    expect((await put(many)).status).toBe(400);
    expect((await put(many.slice(0, 50))).status).toBe(200);
  });
});

describe("finding: one party can write to the other party's people — R23 D-39 PUT …/contacts", () => {
  let letter = "";
  const at = () => `/v1/agreements/${letter}/contacts`;
  const lars = { name: "Lars Nilsson", email: "lars@ltu.se", roles: ["coordinator"] };
  beforeAll(async () => {
    letter = await signedAgreement(t);
  });

  it("finding: one party can write to the other party's people — R23 D-39 with mail domains declared, a contact elsewhere is 400 naming the rule, on its field", async () => {
    const res = await t.as(LTU, ["coordinator"]).put(at(), {
      orgNumber: LTU.orgNumber,
      mailDomains: ["ltu.se"],
      contacts: [lars, { ...lars, email: "lars@gmail.example" }],
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.json).toMatchObject({
      code: "contact-outside-mail-domains",
      rule: "R23",
      errors: [{ path: "contacts.1.email", message: "Contact 2 must have an address at ltu.se" }],
    });
    const bad = await t
      .as(LTU, ["coordinator"])
      .put(at(), { orgNumber: LTU.orgNumber, mailDomains: ["ltu"], contacts: [lars] });
    expect(bad.status).toBe(400);
    expect(bad.json.code).toBe("invalid-input");
  });

  it("finding: one party can write to the other party's people — R23 D-39 once LTU declares ltu.se, NoK can neither list an address there nor claim the domain", async () => {
    const declared = await t
      .as(LTU, ["coordinator"])
      .put(at(), { orgNumber: LTU.orgNumber, mailDomains: ["LTU.se"], contacts: [lars] });
    expect(declared.status).toBe(200);
    expect(declared.json.mailDomains).toEqual(["ltu.se"]);
    const bait = {
      name: "Lars - your LTU access expires, confirm at https://evil.example",
      email: "Lars@LTU.se",
      roles: ["group"],
      language: "en",
    };
    const listed = await t
      .as(NOK, ["coordinator"])
      .put(at(), { orgNumber: NOK.orgNumber, contacts: [per, bait] });
    expect(listed.status).toBe(400);
    expect(listed.json).toMatchObject({
      code: "address-of-another-organisation",
      rule: "R23",
      errors: [{ path: "contacts.1.email" }],
    });
    const claimed = await t
      .as(NOK, ["coordinator"])
      .put(at(), { orgNumber: NOK.orgNumber, mailDomains: ["ltu.se"], contacts: [] });
    expect(claimed.status).toBe(400);
    expect(claimed.json.code).toBe("mail-domain-of-another-organisation");
    // NoK's own people are still its to list; everyone sees which domains LTU declared.
    const own = await t
      .as(NOK, ["coordinator"])
      .put(at(), { orgNumber: NOK.orgNumber, contacts: [per] });
    expect(own.status).toBe(200);
    const seen = await t.as(NOK, ["viewer"]).get(at());
    expect(seen.json.items).toContainEqual({
      orgNumber: LTU.orgNumber,
      mailDomains: ["ltu.se"],
      contacts: [{ name: "Lars Nilsson", roles: ["coordinator"] }],
    });
  });
});
