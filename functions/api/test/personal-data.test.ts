import { getItem, personIdOf, previewRun, queryLetterItems } from "@samverkan/core";
import { addDays, date } from "@samverkan/domain";
import { keys } from "@samverkan/table";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, LTU, NOK, TEST_TODAY, type TestApp } from "./support/test-app";

// Issue #22 item 4: personal data inventoried, exportable and erasable. A name recorded in an
// event is sealed with the person's own key (D-58); erasure under a deletion decision deletes the
// key, the directory entry and the contact entries (D-59); the export shows what is kept (D-60).

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Person = { sub: string; org: string; name: string; roles: string[] };
const NAME = "Nora Nilsson";
const ADDRESS = "nora.nilsson@nok.example";
const nora: Person = {
  sub: "nora-sub",
  org: NOK.orgNumber,
  name: NAME,
  roles: ["signatory", "coordinator"],
};
const karin: Person = {
  sub: "karin-sub",
  org: NOK.orgNumber,
  name: "Karin Kvist",
  roles: ["coordinator"],
};
const ville: Person = { sub: "ville-sub", org: NOK.orgNumber, name: "Ville", roles: ["viewer"] };
const lars: Person = {
  sub: "lars-sub",
  org: LTU.orgNumber,
  name: "Lars Lindqvist",
  roles: ["signatory", "coordinator"],
};
const noraId = personIdOf({ orgNumber: NOK.orgNumber, sub: nora.sub });
/** D-65: a collaboration-group member, typed by a coordinator, who never signs in. */
const MEMBER = "Gunnel Gruppsson";
let memberId = "";

/** A real HTTP request as `person` (test-app's `callAs`). */
const as: TestApp["callAs"] = (...args) => t.callAs(...args);

/** Every `GET /v1/agreements/{id}…` route of the OpenAPI document with no other parameter. */
async function letterGetRoutes(id: string) {
  const document = (await t.call("GET", "/openapi.json")).json as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(document.paths)
    .filter(([path, methods]) => "get" in methods && /^\/v1\/agreements\/\{id\}/.test(path))
    .map(([path]) => path)
    .filter((path) => !/\{(?!id\})/.test(path))
    .map((path) => path.replace("{id}", id))
    .map((path) => (path.endsWith("/reports/follow-up") ? `${path}?year=${YEAR}` : path))
    .map((path) => (path.endsWith("/events") ? `${path}?limit=200` : path))
    .concat("/v1/agreements");
}
const YEAR = TEST_TODAY.slice(0, 4);

/** Every string in a JSON value (keys and values), walked to the bottom. */
function stringsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === "string") found.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, found);
  else if (value !== null && typeof value === "object")
    for (const [key, item] of Object.entries(value)) {
      found.push(key);
      stringsIn(item, found);
    }
  return found;
}

const mentions = (text: string) =>
  [NAME, ADDRESS, "Nora", nora.sub, MEMBER, "Gunnel"].filter((needle) => text.includes(needle));

let letterId = "";
let etagBefore = "";
let noraFeedUrl = "";

describe("issue #22 personal data: sealed, exported, erased (D-58, D-59, D-60)", () => {
  beforeAll(async () => {
    // Nora drafts and signs for NoK, proposes a reminder policy; Lars signs for LTU; Karin lists
    // Nora as a contact, so reminders reach her.
    const draft = await as(nora, "POST", "/v1/agreements", {
      title: "Avsiktsförklaring LTU–NoK",
      parties: [NOK, LTU],
      terms: { noticeMonths: 3, dialogsPerYear: 2, basisLeadDays: 14, structureReviewsPerYear: 1 },
      focusAreas: ["education"],
      draftedOn: "2025-09-01",
    });
    expect(draft.status).toBe(201);
    letterId = draft.json.id;
    for (const signer of [nora, lars])
      expect(
        (
          await as(signer, "POST", `/v1/agreements/${letterId}/signatures`, {
            signedOn: "2025-10-01",
          })
        ).status,
      ).toBe(201);
    expect(
      (
        await as(nora, "POST", `/v1/agreements/${letterId}/reminder-policy/proposals`, {
          leadDays: [30, 7],
          digest: false,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await as(karin, "PUT", `/v1/agreements/${letterId}/contacts`, {
          orgNumber: NOK.orgNumber,
          contacts: [
            { name: NAME, email: ADDRESS, roles: ["signatory"] },
            { name: "Karin Kvist", email: "karin@nok.example", roles: ["coordinator"] },
          ],
        })
      ).status,
    ).toBe(200);
    // Karin appoints the collaboration group: Gunnel for NoK (a person by id, D-65), Lars for LTU.
    const appointed = await as(karin, "PUT", `/v1/agreements/${letterId}/collaboration-group`, {
      members: [
        { name: MEMBER, orgNumber: NOK.orgNumber, role: "ordförande" },
        { name: "Lars Lindqvist", orgNumber: LTU.orgNumber },
      ],
    });
    expect(appointed.status).toBe(200);
    memberId = appointed.json.collaborationGroup.members[0].id;
    // Nora's own calendar feed: personal (D-36), its item names its maker.
    const feed = await as(nora, "POST", `/v1/agreements/${letterId}/calendar-feeds`);
    expect(feed.status).toBe(201);
    noraFeedUrl = feed.json.url;
    // A dialog soon, so the next days' run has reminders to send to the contacts.
    expect(
      (
        await as(karin, "POST", `/v1/agreements/${letterId}/dialogs`, {
          scheduledOn: addDays(date(TEST_TODAY), 20),
        })
      ).status,
    ).toBe(201);
  });

  it("D-58 a name recorded in an event is sealed with the person's key: no plain name in the stored trail or head, and views open it", async () => {
    const events = await t.runtime.runPromise(queryLetterItems(letterId, "EVT#", 200));
    const head = await t.runtime.runPromise(getItem(keys.letter(letterId)));
    const trailAndHead = [...events.items, head];
    expect(trailAndHead.length).toBeGreaterThan(3);
    expect(JSON.stringify(trailAndHead)).not.toContain(NAME);
    expect(JSON.stringify(trailAndHead)).toContain(`pk1.${noraId}.`);
    const agreement = await as(lars, "GET", `/v1/agreements/${letterId}`);
    expect(agreement.json.parties[0].signature.signedBy).toEqual({ id: noraId, name: NAME });
    const policy = await as(lars, "GET", `/v1/agreements/${letterId}/reminder-policy`);
    expect(policy.json.pending.proposedBy).toMatchObject({ name: NAME });
    expect(policy.text).not.toContain("pk1.");
    const trail = await as(lars, "GET", `/v1/agreements/${letterId}/events?limit=200`);
    expect(trail.text).toContain(NAME);
    expect(trail.text).not.toContain("pk1.");
  });

  it("D-60 export (GDPR art. 15): the person themself or a coordinator of their organisation; nobody else learns the person exists", async () => {
    const own = await as(nora, "GET", `/v1/people/${noraId}/export`);
    expect(own.status).toBe(200);
    expect(own.json).toMatchObject({
      personId: noraId,
      orgNumber: NOK.orgNumber,
      directory: { name: NAME, erased: false },
      erasure: null,
      complete: true,
    });
    expect(own.json.key.createdAt).toBeTypeOf("string");
    expect(own.json.contacts).toEqual([
      expect.objectContaining({ letterId, listOf: NOK.orgNumber, name: NAME, email: ADDRESS }),
    ]);
    const types = own.json.acts.map((act: { type: string }) => act.type);
    expect(types).toEqual(
      expect.arrayContaining(["LetterDrafted", "LetterSigned", "ReminderPolicyProposed"]),
    );
    const signed = own.json.acts.find((act: { type: string }) => act.type === "LetterSigned");
    expect(signed).toMatchObject({ as: "signer", nameRecorded: NAME });
    // The key is a fact in the export, never the key itself.
    expect(own.text).not.toContain("wrapped");
    etagBefore = own.headers.get("etag") ?? "";
    expect(etagBefore).toMatch(/^"\d+"$/);

    const byCoordinator = await as(karin, "GET", `/v1/people/${noraId}/export`);
    expect(byCoordinator.status).toBe(200);
    expect(byCoordinator.json.directory.name).toBe(NAME);
    expect((await as(ville, "GET", `/v1/people/${noraId}/export`)).json).toMatchObject({
      status: 403,
      code: "not-a-coordinator",
    });
    const otherOrganisation = await as(lars, "GET", `/v1/people/${noraId}/export`);
    expect(otherOrganisation.status).toBe(404);
    expect(otherOrganisation.text).not.toContain(NAME);
    expect((await as(karin, "GET", "/v1/people/AAAAAAAAAAAAAAAAAAAAAA/export")).status).toBe(404);
    expect((await as(karin, "GET", "/v1/people/not-an-id/export")).status).toBe(400);
  });

  it("D-60 an export reads at most its bound of events and says when it stopped (complete: false)", async () => {
    const small = await createTestApp({ maxExportEvents: 2 });
    try {
      const token = await small.issuer.sign({
        sub: nora.sub,
        org: NOK.orgNumber,
        roles: nora.roles,
        name: NAME,
      });
      const draft = await small.call("POST", "/v1/agreements", {
        token,
        body: {
          title: "Avsiktsförklaring LTU–NoK",
          parties: [NOK, LTU],
          terms: {
            noticeMonths: 3,
            dialogsPerYear: 2,
            basisLeadDays: 14,
            structureReviewsPerYear: 1,
          },
          focusAreas: ["education"],
          draftedOn: "2025-09-01",
        },
      });
      await small.call("POST", `/v1/agreements/${draft.json.id}/signatures`, {
        token,
        body: { signedOn: "2025-10-01" },
      });
      const exported = await small.call("GET", `/v1/people/${noraId}/export`, { token });
      expect(exported.json).toMatchObject({ eventsRead: 2, complete: false });
    } finally {
      await small.close();
    }
  });

  it("D-59 erasure is a coordinator's of the person's organisation, under If-Match and a decision dated no later than today", async () => {
    const decision = { reference: "NoK 2026/123", decidedOn: TEST_TODAY };
    const path = `/v1/people/${noraId}/erasure`;
    expect((await as(lars, "POST", path, { decision }, { "if-match": "*" })).status).toBe(404);
    expect((await as(ville, "POST", path, { decision }, { "if-match": "*" })).status).toBe(403);
    const without = await as(karin, "POST", path, { decision });
    expect(without.status).toBe(428);
    expect(without.json.code).toBe("if-match-required");
    expect((await as(karin, "POST", path, { decision }, { "if-match": '"999"' })).status).toBe(412);
    const later = { ...decision, decidedOn: addDays(date(TEST_TODAY), 1) };
    expect(
      (await as(karin, "POST", path, { decision: later }, { "if-match": "*" })).json.code,
    ).toBe("decision-after-today");
    expect(
      (
        await as(
          karin,
          "POST",
          path,
          { decision: { reference: "", decidedOn: TEST_TODAY } },
          { "if-match": "*" },
        )
      ).status,
    ).toBe(400);
    // Nothing was erased by the refusals.
    expect((await as(lars, "GET", `/v1/agreements/${letterId}`)).text).toContain(NAME);
  });

  it("finding: personal data has no way to be erased — after erasure the name and address are gone from every letter route, the trail, the report (JSON and CSV), the calendar feed and the mail the run would send; the signature's fact stays (D-59)", async () => {
    const day = addDays(date(TEST_TODAY), 20);
    const before = await t.runtime.runPromise(previewRun(day));
    expect(JSON.stringify(before)).toContain(ADDRESS);
    // The walk below sees her before erasure: it would find her if anything still named her.
    const seenBefore: string[] = [];
    for (const path of await letterGetRoutes(letterId)) {
      const response = await as(karin, "GET", path);
      seenBefore.push(...mentions(stringsIn(response.json).join("\n")));
      expect(response.text, path).not.toContain("pk1.");
    }
    expect(seenBefore).toEqual(expect.arrayContaining([NAME, ADDRESS, MEMBER]));
    const eventsBefore = (await t.runtime.runPromise(queryLetterItems(letterId, "EVT#", 200))).items
      .length;

    // R25: Karin names Nora her substitute for a week; the substitution keeps Nora's subject.
    const appointed = await as(karin, "POST", "/v1/substitutions", {
      substitute: nora.sub,
      from: TEST_TODAY,
      to: addDays(date(TEST_TODAY), 7),
    });
    expect(appointed.status).toBe(201);

    const erased = await as(
      karin,
      "POST",
      `/v1/people/${noraId}/erasure`,
      { decision: { reference: "NoK 2026/123", decidedOn: TEST_TODAY }, addresses: [ADDRESS] },
      { "if-match": etagBefore },
    );
    expect(erased.status).toBe(200);
    expect(erased.json).toMatchObject({
      personId: noraId,
      alreadyErased: false,
      decision: {
        reference: "NoK 2026/123",
        decidedOn: TEST_TODAY,
        recordedBy: personIdOf({ orgNumber: NOK.orgNumber, sub: karin.sub }),
      },
      removed: { contacts: 1, calendarFeeds: 1, substitutions: 1 },
    });
    // D-65: the group member is erased by her id as any person is, by a coordinator of NoK.
    const memberErased = await as(
      karin,
      "POST",
      `/v1/people/${memberId}/erasure`,
      { decision: { reference: "NoK 2026/124", decidedOn: TEST_TODAY } },
      { "if-match": "*" },
    );
    expect(memberErased.status).toBe(200);
    expect(memberErased.json).toMatchObject({ personId: memberId, alreadyErased: false });
    // The substitution naming her is gone with her (D-59 reaches the organisation's stores).
    const substitutions = await as(karin, "GET", "/v1/substitutions");
    expect(substitutions.json.items).toEqual([]);
    // Her feed's secret URL no longer answers.
    expect((await t.call("GET", noraFeedUrl)).status).toBe(404);

    // Every letter route, as JSON, walked to the bottom, for both parties.
    const routes = await letterGetRoutes(letterId);
    expect(routes.length).toBeGreaterThan(8);
    for (const viewer of [lars, karin])
      for (const path of routes) {
        const response = await as(viewer, "GET", path);
        expect(response.status, path).toBe(200);
        const text =
          typeof response.json === "object" ? stringsIn(response.json).join("\n") : response.text;
        expect(mentions(text), `${path} as ${viewer.sub}`).toEqual([]);
        // A sealed value never leaves the API (D-58).
        expect(response.text, path).not.toContain("pk1.");
      }
    // The report as CSV, and the calendar feed a calendar app reads.
    const csv = await as(
      karin,
      "GET",
      `/v1/agreements/${letterId}/reports/follow-up?year=${YEAR}`,
      undefined,
      {
        accept: "text/csv",
      },
    );
    expect(csv.status).toBe(200);
    expect(mentions(csv.text)).toEqual([]);
    const feed = await as(karin, "POST", `/v1/agreements/${letterId}/calendar-feeds`);
    const ics = await t.call("GET", feed.json.url);
    expect(ics.text).toContain("BEGIN:VCALENDAR");
    expect(mentions(ics.text)).toEqual([]);
    // The mail the next run would send no longer reaches her.
    const after = await t.runtime.runPromise(previewRun(day));
    expect(JSON.stringify(after)).toContain("karin@nok.example");
    expect(mentions(JSON.stringify(after))).toEqual([]);

    // The signature's fact stays, by nobody's name; the trail keeps every event.
    const agreement = await as(lars, "GET", `/v1/agreements/${letterId}`);
    expect(agreement.json.parties[0].signature).toEqual({
      signedOn: "2025-10-01",
      // The signature's hash of the document signed stays with its fact (issue #22).
      documentSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      signedBy: { id: noraId, name: null, erased: true },
    });
    const trail = (await as(karin, "GET", `/v1/agreements/${letterId}/events?limit=200`)).json
      .items as { type: string; actor: Record<string, unknown> }[];
    expect(trail.find((event) => event.type === "LetterDrafted")?.actor).toEqual({
      id: noraId,
      kind: "person",
      name: null,
      orgNumber: NOK.orgNumber,
      erased: true,
    });
    expect((await t.runtime.runPromise(queryLetterItems(letterId, "EVT#", 200))).items.length).toBe(
      eventsBefore,
    );
    // The group keeps its member's place, party and role, by nobody's name (D-65).
    expect(agreement.json.collaborationGroup.members).toEqual([
      { id: memberId, erased: true, orgNumber: NOK.orgNumber, role: "ordförande" },
      {
        id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
        name: "Lars Lindqvist",
        orgNumber: LTU.orgNumber,
      },
    ]);
    expect(await t.runtime.runPromise(getItem(keys.personKey(memberId)))).toBeNull();

    // In the store: no key, a tombstone without name, the decision without her data.
    expect(await t.runtime.runPromise(getItem(keys.personKey(noraId)))).toBeNull();
    const tombstone = await t.runtime.runPromise(getItem(keys.person(noraId)));
    expect(tombstone).toMatchObject({ erased: true, orgNumber: NOK.orgNumber });
    expect(tombstone?.name).toBeUndefined();
    const decision = await t.runtime.runPromise(getItem(keys.erasure(noraId)));
    expect(decision).toMatchObject({ reference: "NoK 2026/123" });
    expect(mentions(JSON.stringify(decision))).toEqual([]);
    // The sealed names are still in the stored events, and open to nothing.
    const export_ = await as(karin, "GET", `/v1/people/${noraId}/export`);
    expect(export_.json).toMatchObject({
      directory: { name: null, erased: true },
      key: null,
      contacts: [],
      erasure: { reference: "NoK 2026/123" },
    });
    expect(
      export_.json.acts.every((act: { nameRecorded: string | null }) => act.nameRecorded === null),
    ).toBe(true);
  });

  it("D-59 a second erasure is a no-op that says so: 200, alreadyErased, the first decision", async () => {
    const again = await as(
      karin,
      "POST",
      `/v1/people/${noraId}/erasure`,
      { decision: { reference: "NoK 2026/999", decidedOn: TEST_TODAY } },
      { "if-match": "*" },
    );
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({
      alreadyErased: true,
      decision: { reference: "NoK 2026/123" },
    });
  });
});
