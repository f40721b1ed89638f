import { builtInTemplate, EXAMPLE_TEMPLATE_ID, type LetterTemplate } from "@samverkan/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, LTU, NOK, type TestApp } from "./support/test-app";

// D-61: the letter view names its focus areas from the letter's own template, so a client needs
// no list of names of its own (the example template's four areas are not the LTU–NoK five).

const REGION = { orgNumber: "232100-0230", name: "Region Norrbotten" };
const example = builtInTemplate(EXAMPLE_TEMPLATE_ID) as LetterTemplate;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("D-61 focus-area names in the letter view", () => {
  it("finding: the example letter's focus areas showed as raw slugs — the view names them from its template", async () => {
    const drafted = await t.as(LTU, ["coordinator"]).post("/v1/agreements", {
      templateId: EXAMPLE_TEMPLATE_ID,
      templateVersion: 1,
      parties: [REGION, { orgNumber: LTU.orgNumber, name: LTU.name }],
    });
    expect(drafted.status).toBe(201);
    const read = await t.as(LTU, ["viewer"]).get(`/v1/agreements/${drafted.json.id}`);
    expect(read.status).toBe(200);
    expect(read.json.focusAreaNames).toEqual(example.focusAreas);
    expect(read.json.focusAreaNames.map((a: { sv: string }) => a.sv)).toEqual([
      "regional utveckling",
      "folkhälsa",
      "kompetensförsörjning",
      "transporter och infrastruktur",
    ]);
  });

  it("R4 a letter drafted without a template: a built-in template's name for a known slug, else the slug", async () => {
    const drafted = await t.as(NOK, ["coordinator"]).post("/v1/agreements", {
      title: "Avsiktsförklaring utan mall",
      parties: [
        { orgNumber: NOK.orgNumber, name: NOK.name },
        { orgNumber: LTU.orgNumber, name: LTU.name },
      ],
      terms: { noticeMonths: 3, dialogsPerYear: 2, basisLeadDays: 14, structureReviewsPerYear: 1 },
      focusAreas: ["education", "space-industry"],
    });
    expect(drafted.status).toBe(201);
    expect(drafted.json.focusAreaNames).toEqual([
      { id: "education", sv: "utbildning", en: "Education" },
      { id: "space-industry", sv: "space-industry", en: "space-industry" },
    ]);
  });
});
