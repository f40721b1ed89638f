import {
  builtInTemplate,
  checkTemplate,
  type LetterTemplate,
  LTU_NOK_TEMPLATE_ID,
} from "@samverkan/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  KIRUNA,
  LTU,
  NOK,
  RISE,
  signedAgreement,
  TEST_TODAY,
  type TestApp,
} from "./support/test-app";

// D-63: a test-only template, LTU–NoK's parties and focus areas with terms under which an activity
// needs no special agreement signed (`required: false`) and only the principal parties would sign.
const ltuNok = builtInTemplate(LTU_NOK_TEMPLATE_ID) as LetterTemplate;
const checked = checkTemplate({
  ...ltuNok,
  id: "test-no-special-agreement",
  name: { sv: "Test: inget särskilt avtal krävs", en: "Test: no special agreement required" },
  terms: { ...ltuNok.terms, specialAgreement: { required: false, signedBy: "principal-parties" } },
});
if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
const noAgreement = checked.template;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ templates: [ltuNok, noAgreement] });
});
afterAll(() => t.close());

/** A letter drafted through the API from `templateId`, signed by both, with one need. */
async function letterWithNeed(templateId?: string) {
  let id: string;
  if (templateId) {
    const draft = await t.as(NOK, ["coordinator"]).post("/v1/agreements", {
      templateId,
      parties: [NOK, LTU],
      draftedOn: "2025-09-01",
    });
    expect(draft.status).toBe(201);
    id = draft.json.id;
    for (const party of [NOK, LTU])
      expect(
        (
          await t
            .as(party, ["signatory"])
            .post(`/v1/agreements/${id}/signatures`, { signedOn: "2025-10-01" })
        ).status,
      ).toBe(201);
  } else id = await signedAgreement(t);
  const need = await t.as(NOK, ["coordinator"]).post(`/v1/agreements/${id}/needs`, {
    title: "Nurses by distance",
    raisedBy: KIRUNA.orgNumber,
    focusAreas: ["health-and-care"],
  });
  expect(need.status).toBe(201);
  return { id, needId: need.json.id as string };
}

const activityBody = (needId: string) => ({
  title: "Distance nursing in Kiruna",
  kind: "distance-education",
  focusAreas: ["health-and-care"],
  needIds: [needId],
  projectParties: [{ orgNumber: RISE.orgNumber, name: "RISE" }],
});

describe("D-63 R14 special agreements under the letter's terms, over HTTP", () => {
  it("finding: the template's needs-review cadence and special-agreement terms are not read by any rule — R14 on a letter whose terms do not require a special agreement, the activity starts without one", async () => {
    const { id, needId } = await letterWithNeed(noAgreement.id);
    const defined = await t
      .as(LTU, ["coordinator"])
      .post(`/v1/agreements/${id}/activities`, activityBody(needId));
    expect(defined.status).toBe(201);
    // Still defined and recorded with its agreement and parties; no signature is waited for.
    expect(defined.json).toMatchObject({
      status: "ready-to-start",
      specialAgreement: { version: 1, missingSignatories: [] },
    });
    expect(
      defined.json.specialAgreement.parties.map((p: { orgNumber: string }) => p.orgNumber),
    ).toEqual([NOK.orgNumber, LTU.orgNumber, RISE.orgNumber]);
    const started = await t
      .as(LTU, ["coordinator"])
      .post(`/v1/agreements/${id}/activities/${defined.json.id}/start`, {
        startedOn: TEST_TODAY,
      });
    expect(started.status).toBe(201);
    expect(started.json).toMatchObject({ status: "running", startedOn: TEST_TODAY });
  });

  it("finding: the template's needs-review cadence and special-agreement terms are not read by any rule — R14 on LTU–NoK the activity still cannot start without every signature (not weakened)", async () => {
    const { id, needId } = await letterWithNeed();
    const defined = await t
      .as(LTU, ["coordinator"])
      .post(`/v1/agreements/${id}/activities`, activityBody(needId));
    expect(defined.json.status).toBe("awaiting-signatures");
    const early = await t
      .as(LTU, ["coordinator"])
      .post(`/v1/agreements/${id}/activities/${defined.json.id}/start`, {
        startedOn: TEST_TODAY,
      });
    expect(early.status).toBe(422);
    expect(early.json).toMatchObject({
      rule: "R14",
      code: "special-agreement-not-fully-signed",
      missingSignatories: [NOK.orgNumber, LTU.orgNumber, RISE.orgNumber],
    });
  });
});
