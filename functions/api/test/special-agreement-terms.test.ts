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

describe("R26 R14 the special-agreement terms amended over HTTP, by both principal parties", () => {
  it("R26 R14 finding: the special-agreement terms could not be amended — LTU proposes that activities need none from today: pending, an activity still waits for every signature; both sign, and the next activity starts without one", async () => {
    const { id, needId } = await letterWithNeed();
    const path = `/v1/agreements/${id}/amendments`;
    const before = await t.as(NOK, ["viewer"]).get(path);
    expect(before.json.termsInForce.specialAgreement).toEqual({
      required: true,
      signedBy: "principal-and-project-parties",
    });
    const relaxed = { required: false, signedBy: "principal-parties" };
    const proposed = await t
      .as(LTU, ["signatory"])
      .post(path, { effectiveFrom: TEST_TODAY, changes: { specialAgreement: relaxed } });
    expect(proposed.status).toBe(201);
    expect(proposed.json.changes).toEqual([
      {
        field: "specialAgreement",
        from: { required: true, signedBy: "principal-and-project-parties" },
        to: relaxed,
      },
    ]);
    // One party's proposal changes nothing (R26): the activity waits for every signature.
    const waiting = await t
      .as(LTU, ["coordinator"])
      .post(`/v1/agreements/${id}/activities`, activityBody(needId));
    expect(waiting.json.status).toBe("awaiting-signatures");
    // A malformed term is a 400, never a 500.
    const malformed = await t
      .as(NOK, ["signatory"])
      .post(path, { effectiveFrom: TEST_TODAY, changes: { specialAgreement: { required: "no" } } });
    expect(malformed.status).toBe(400);
    for (const party of [LTU, NOK])
      expect(
        (await t.as(party, ["signatory"]).post(`${path}/${proposed.json.id}/signatures`)).status,
      ).toBe(201);
    const after = await t.as(NOK, ["viewer"]).get(path);
    expect(after.json.termsInForce.specialAgreement).toEqual(relaxed);
    const next = await t
      .as(LTU, ["coordinator"])
      .post(`/v1/agreements/${id}/activities`, { ...activityBody(needId), title: "Second" });
    expect(next.status).toBe(201);
    expect(next.json.status).toBe("ready-to-start");
    const started = await t
      .as(LTU, ["coordinator"])
      .post(`/v1/agreements/${id}/activities/${next.json.id}/start`, { startedOn: TEST_TODAY });
    expect(started.status).toBe(201);
  });
});
