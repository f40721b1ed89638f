import {
  builtInTemplate,
  EXAMPLE_TEMPLATE_ID,
  type LetterTemplate,
  LTU_NOK_TEMPLATE_ID,
} from "@samverkan/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, KIRUNA, LTU, NOK, OUTSIDER, type TestApp } from "./support/test-app";

const REGION = { orgNumber: "232100-0230", name: "Region Norrbotten" };
const example = builtInTemplate(EXAMPLE_TEMPLATE_ID) as LetterTemplate;
// The example's next version: nine months' notice. Letters drafted from version 1 keep it.
const exampleV2: LetterTemplate = {
  ...example,
  version: 2,
  terms: { ...example.terms, noticeMonths: 9 },
};

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    templates: [builtInTemplate(LTU_NOK_TEMPLATE_ID) as LetterTemplate, example, exampleV2],
  });
});
afterAll(() => t.close());

const fromExample = (extra: Record<string, unknown> = {}) => ({
  templateId: EXAMPLE_TEMPLATE_ID,
  templateVersion: 1,
  parties: [REGION, { orgNumber: LTU.orgNumber, name: LTU.name }],
  draftedOn: "2026-12-01",
  ...extra,
});

describe("D-45 GET /v1/templates", () => {
  it("lists each template at its latest version, the example marked, paged", async () => {
    const res = await t.as(OUTSIDER, ["viewer"]).get("/v1/templates?limit=1");
    expect(res.status).toBe(200);
    expect(res.json.items).toEqual([
      expect.objectContaining({ id: LTU_NOK_TEMPLATE_ID, version: 1, example: false }),
    ]);
    const next = await t
      .as(OUTSIDER, ["viewer"])
      .get(`/v1/templates?limit=1&cursor=${encodeURIComponent(res.json.nextCursor)}`);
    expect(next.json.items).toEqual([
      expect.objectContaining({ id: EXAMPLE_TEMPLATE_ID, version: 2, example: true }),
    ]);
    expect(next.json.nextCursor).toBeNull();
  });

  it("R4 R12 gives a template with its clauses, any version asked for, 404 for one it never had", async () => {
    const latest = await t.as(NOK, ["viewer"]).get(`/v1/templates/${EXAMPLE_TEMPLATE_ID}`);
    expect(latest.json).toMatchObject({ version: 2, terms: { noticeMonths: 9 } });
    const first = await t.as(NOK, ["viewer"]).get(`/v1/templates/${EXAMPLE_TEMPLATE_ID}?version=1`);
    expect(first.json.terms.noticeMonths).toBe(6);
    expect(first.json.focusAreas).toHaveLength(4);
    expect(first.json.clauses[0].sentences[1].rules).toContain("R1");
    expect((await t.as(NOK, ["viewer"]).get("/v1/templates/none")).status).toBe(404);
    const missing = await t
      .as(NOK, ["viewer"])
      .get(`/v1/templates/${EXAMPLE_TEMPLATE_ID}?version=7`);
    expect(missing.status).toBe(404);
    expect(
      (await t.as(NOK, ["viewer"]).get(`/v1/templates/${EXAMPLE_TEMPLATE_ID}?version=x`)).status,
    ).toBe(400);
  });

  it("anyone without a token gets 401", async () => {
    expect((await t.call("GET", "/v1/templates")).status).toBe(401);
  });
});

describe("D-45 POST /v1/templates/check", () => {
  it("finding: a template that does not validate — 422 naming each field, at most 20", async () => {
    const broken = structuredClone(example) as LetterTemplate;
    broken.terms = { ...broken.terms, dialogsPerYear: 12, basisLeadDays: 40 };
    broken.focusAreas.push({ ...(broken.focusAreas[0] as LetterTemplate["focusAreas"][number]) });
    const res = await t.as(NOK, ["coordinator"]).post("/v1/templates/check", broken);
    expect(res.status).toBe(422);
    expect(res.json.code).toBe("template-invalid");
    expect(res.json.errors.map((e: { path: string }) => e.path)).toEqual([
      "terms.basisLeadDays",
      "focusAreas[4].id",
    ]);
    const many = structuredClone(example) as LetterTemplate;
    for (const clause of many.clauses) for (const s of clause.sentences) s.rules.push("R77");
    const capped = await t.as(NOK, ["coordinator"]).post("/v1/templates/check", many);
    expect(capped.status).toBe(422);
    expect(capped.json.errors.length).toBeLessThanOrEqual(20);
    const garbage = await t.as(NOK, ["coordinator"]).post("/v1/templates/check", "{not json");
    expect(garbage.status).toBe(400);
  });

  it("a valid template answers its id and version", async () => {
    const res = await t.as(NOK, ["coordinator"]).post("/v1/templates/check", example);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ valid: true, id: EXAMPLE_TEMPLATE_ID, version: 1 });
  });
});

describe("D-45 POST /v1/agreements from a template", () => {
  it("R1 R4 R18 a letter drafted from a template takes its terms and focus areas and records id and version", async () => {
    const res = await t.as(LTU, ["coordinator"]).post("/v1/agreements", fromExample());
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      title: example.title.sv,
      template: { id: EXAMPLE_TEMPLATE_ID, version: 1 },
      terms: { noticeMonths: 6, dialogsPerYear: 1 },
      focusAreas: example.focusAreas.map((area) => area.id),
      memberOrganisations: [],
    });
  });

  it("finding: a letter drafted from a template version that later changes keeps the version it was drafted from", async () => {
    const drafted = await t.as(LTU, ["coordinator"]).post("/v1/agreements", fromExample());
    // The catalogue already holds version 2 (nine months); the letter stays on version 1.
    const read = await t.as(LTU, ["viewer"]).get(`/v1/agreements/${drafted.json.id}`);
    expect(read.json.template).toEqual({ id: EXAMPLE_TEMPLATE_ID, version: 1 });
    expect(read.json.terms.noticeMonths).toBe(6);
    // Without a version, a draft takes the latest.
    const latest = await t
      .as(LTU, ["coordinator"])
      .post("/v1/agreements", fromExample({ templateVersion: undefined }));
    expect(latest.json).toMatchObject({ template: { version: 2 }, terms: { noticeMonths: 9 } });
  });

  it("R3 a letter from the LTU–NoK template represents the configured municipalities", async () => {
    const res = await t.as(NOK, ["coordinator"]).post("/v1/agreements", {
      templateId: LTU_NOK_TEMPLATE_ID,
      parties: [NOK, LTU],
    });
    expect(res.status).toBe(201);
    expect(res.json.memberOrganisations).toEqual([KIRUNA]);
  });

  it("bad input: an unknown template or version is 422 naming the field; template and terms together 400", async () => {
    const as = t.as(LTU, ["coordinator"]);
    const unknown = await as.post("/v1/agreements", fromExample({ templateId: "no-such" }));
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors[0].path).toBe("templateId");
    const version = await as.post("/v1/agreements", fromExample({ templateVersion: 9 }));
    expect(version.status).toBe(422);
    expect(version.json.errors[0].path).toBe("templateVersion");
    const both = await as.post("/v1/agreements", fromExample({ terms: example.terms }));
    expect(both.status).toBe(400);
    expect(both.json.errors[0].path).toBe("terms");
    const neither = await as.post(
      "/v1/agreements",
      fromExample({ templateId: undefined, templateVersion: undefined }),
    );
    expect(neither.status).toBe(400);
    const badId = await as.post("/v1/agreements", fromExample({ templateId: "../etc" }));
    expect(badId.status).toBe(400);
  });

  it("the list of my letters gives each its template, next thing due and my relation", async () => {
    const res = await t.as(LTU, ["viewer"]).get("/v1/agreements?limit=200");
    expect(res.status).toBe(200);
    const drafted = res.json.items.find(
      (item: { template: { id: string } | null }) => item.template?.id === EXAMPLE_TEMPLATE_ID,
    );
    expect(drafted).toMatchObject({ relation: "party", status: "draft", nextDue: null });
  });
});
