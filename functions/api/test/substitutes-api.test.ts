import { addDays, date, MAX_SUBSTITUTIONS_PER_PERSON } from "@samverkan/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  KIRUNA,
  LTU,
  NOK,
  type Role,
  TEST_TODAY,
  type TestApp,
} from "./support/test-app";

// R25 through the API: appoint, act for (`Acting-For`), "X for Y" in the trail and on the
// signature, the edges, the end by itself and revocation. Dates are relative to the test clock.

let t: TestApp;
let letterId = "";
const today = date(TEST_TODAY);
const day = (n: number) => addDays(today, n);

type Person = { sub: string; org: string; name: string; roles: Role[] };
const anna: Person = { sub: "anna", org: LTU.orgNumber, name: "Anna Lind", roles: ["signatory"] };
const bo: Person = { sub: "bo", org: LTU.orgNumber, name: "Bo Berg", roles: ["viewer"] };
const cia: Person = { sub: "cia", org: LTU.orgNumber, name: "Cia Ek", roles: ["coordinator"] };
const boAtKiruna: Person = { ...bo, org: KIRUNA.orgNumber };

/** A real HTTP request as `person` (test-app's `callAs`). */
const as: TestApp["callAs"] = (...args) => t.callAs(...args);

const appoint = (
  by: Person,
  substitute: string,
  from: string,
  to: string,
  headers?: Record<string, string>,
) => as(by, "POST", "/v1/substitutions", { substitute, from, to }, headers);

beforeAll(async () => {
  t = await createTestApp();
  // A letter NoK has signed and LTU has not: Anna, LTU's signatory, is away.
  const nok: Person = {
    sub: "nora",
    org: NOK.orgNumber,
    name: "Nora",
    roles: ["coordinator", "signatory"],
  };
  const draft = await as(nok, "POST", "/v1/agreements", {
    title: "Avsiktsförklaring LTU–NoK",
    parties: [NOK, LTU],
    terms: { noticeMonths: 3, dialogsPerYear: 2, basisLeadDays: 14, structureReviewsPerYear: 1 },
    focusAreas: ["education"],
    draftedOn: day(-30),
  });
  letterId = draft.json.id;
  expect(
    (await as(nok, "POST", `/v1/agreements/${letterId}/signatures`, { signedOn: day(-1) })).status,
  ).toBe(201);
  // Bo has acted before, so the directory knows his name (D-34).
  await as(bo, "POST", "/v1/substitutions", { substitute: "x", from: today, to: today });
});
afterAll(() => t.close());

describe("R25 substitutes act for an absent signatory or coordinator", () => {
  let substitutionId = "";

  it("R25 a signatory appoints a substitute of their organisation for a date range; the organisation sees it by name", async () => {
    const made = await appoint(anna, "bo", today, day(6));
    expect(made.status).toBe(201);
    expect(made.headers.get("etag")).toBe('"1"');
    expect(made.json).toMatchObject({
      appointer: { name: "Anna Lind", sub: "anna" },
      substitute: { name: "Bo Berg", sub: "bo" },
      roles: ["signatory"],
      from: today,
      to: day(6),
      appointedOn: today,
      runsToday: true,
      version: 1,
    });
    substitutionId = made.json.id;
    const listed = await as(cia, "GET", "/v1/substitutions");
    expect(listed.json.items.map((s: { id: string }) => s.id)).toEqual([substitutionId]);
    // Another organisation does not see it.
    expect(
      (await as({ ...cia, org: KIRUNA.orgNumber }, "GET", "/v1/substitutions")).json.items,
    ).toEqual([]);
  });

  it("R25 the substitute signs for the appointer, and the trail records X for Y", async () => {
    const path = `/v1/agreements/${letterId}/signatures`;
    // As himself Bo is a viewer: he may not sign.
    expect((await as(bo, "POST", path, { signedOn: today })).status).toBe(403);
    const signed = await as(
      bo,
      "POST",
      path,
      { signedOn: today },
      { "acting-for": substitutionId },
    );
    expect(signed.status).toBe(201);
    const ltu = signed.json.parties.find(
      (p: { orgNumber: string }) => p.orgNumber === LTU.orgNumber,
    );
    expect(ltu.signature.signedBy).toMatchObject({
      name: "Bo Berg",
      sub: "bo",
      onBehalfOf: { name: "Anna Lind", sub: "anna" },
    });
    const trail = await as(cia, "GET", `/v1/agreements/${letterId}/events`);
    // biome-ignore lint/suspicious/noExplicitAny: events of the trail, read as JSON.
    const signedEvents = (items: any[]) => items.filter((event) => event.type === "LetterSigned");
    const last = signedEvents(trail.json.items).at(-1);
    expect(last.actor).toMatchObject({
      name: "Bo Berg",
      onBehalfOf: { name: "Anna Lind", sub: "anna" },
    });
    expect(last.data.signedBy.onBehalfOf).toMatchObject({ name: "Anna Lind" });
    // NoK sees who signed for whom, by name, without LTU's subjects.
    const seenByNok = await as(
      { sub: "nora", org: NOK.orgNumber, name: "Nora", roles: ["viewer"] },
      "GET",
      `/v1/agreements/${letterId}/events`,
    );
    const nokView = signedEvents(seenByNok.json.items).at(-1).actor;
    expect(nokView.onBehalfOf).toEqual({ id: expect.any(String), name: "Anna Lind" });
    expect(nokView.sub).toBeUndefined();
  });

  it("edge R25: a substitute cannot appoint a substitute, also not while acting for someone", async () => {
    const acting = await appoint(bo, "cia", today, day(1), { "acting-for": substitutionId });
    expect(acting.status).toBe(403);
    expect(acting.json).toMatchObject({ code: "substitute-cannot-appoint", rule: "R25" });
    // Nor revoke while acting.
    const revoke = await as(bo, "DELETE", `/v1/substitutions/${substitutionId}`, undefined, {
      "acting-for": substitutionId,
    });
    expect(revoke.json.code).toBe("substitute-cannot-revoke");
  });

  it("edge R25: only the named substitute of the same organisation acts by it; a malformed Acting-For is 400", async () => {
    const path = "/v1/substitutions";
    expect(
      (await as(cia, "GET", path, undefined, { "acting-for": substitutionId })).json.code,
    ).toBe("not-acting-for");
    expect(
      (await as(boAtKiruna, "GET", path, undefined, { "acting-for": substitutionId })).status,
    ).toBe(403);
    expect((await as(bo, "GET", path, undefined, { "acting-for": "no-such-id" })).status).toBe(403);
    const malformed = await as(bo, "GET", path, undefined, { "acting-for": "a b/c" });
    expect(malformed.status).toBe(400);
    expect(malformed.json.code).toBe("invalid-acting-for");
  });

  it("edge R25: a substitution starting before today, or ending before it starts, is refused", async () => {
    const past = await appoint(anna, "cia", day(-1), day(3));
    expect(past.status).toBe(422);
    expect(past.json).toMatchObject({ code: "substitution-starts-in-the-past", rule: "R25" });
    const backwards = await appoint(anna, "cia", day(3), day(2));
    expect(backwards.json.code).toBe("substitution-ends-before-it-starts");
    expect((await appoint(bo, "cia", today, today)).json.code).toBe(
      "signatory-or-coordinator-required",
    );
    expect((await appoint(anna, "anna", today, today)).json.code).toBe("substitute-is-appointer");
    expect((await appoint(anna, "cia", "2026-02-30", today)).status).toBe(400);
    expect((await appoint(anna, "c\r\nia", today, today)).status).toBe(400);
    // Appointing creates: an If-Match cannot match (D-38).
    expect((await appoint(anna, "cia", today, today, { "if-match": '"1"' })).status).toBe(412);
  });

  it(`edge R25: a person is in at most ${MAX_SUBSTITUTIONS_PER_PERSON} substitutions not yet ended`, async () => {
    const dora: Person = { sub: "dora", org: LTU.orgNumber, name: "Dora", roles: ["coordinator"] };
    for (let i = 0; i < MAX_SUBSTITUTIONS_PER_PERSON; i++)
      expect((await appoint(dora, `helper-${i}`, day(10), day(12))).status).toBe(201);
    const over = await appoint(dora, "helper-x", day(10), day(12));
    expect(over.status).toBe(422);
    expect(over.json).toMatchObject({
      code: "too-many-substitutions-for-person",
      max: MAX_SUBSTITUTIONS_PER_PERSON,
    });
  });

  it(`edge R25: the bound of ${MAX_SUBSTITUTIONS_PER_PERSON} holds when appointments race`, async () => {
    const eva: Person = { sub: "eva", org: LTU.orgNumber, name: "Eva", roles: ["signatory"] };
    const racing = await Promise.all(
      Array.from({ length: MAX_SUBSTITUTIONS_PER_PERSON + 3 }, (_, i) =>
        appoint(eva, `racer-${i}`, day(20), day(21)),
      ),
    );
    const statuses = racing.map((answer) => answer.status);
    // Never more than the bound, whatever the interleaving; the rest refused, never a 5xx.
    expect(statuses.filter((status) => status === 201).length).toBeLessThanOrEqual(
      MAX_SUBSTITUTIONS_PER_PERSON,
    );
    expect(statuses.every((status) => [201, 409, 422].includes(status))).toBe(true);
    const evas = (await as(cia, "GET", "/v1/substitutions?limit=100")).json.items.filter(
      (s: { appointer: { sub: string } }) => s.appointer.sub === "eva",
    );
    expect(evas.length).toBe(statuses.filter((status) => status === 201).length);
  });

  it("R25 an appointment retried with its Idempotency-Key is made once", async () => {
    const key = { "idempotency-key": "appoint-fia-once" };
    const first = await appoint(cia, "fia", day(30), day(31), key);
    const again = await appoint(cia, "fia", day(30), day(31), key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.json.id).toBe(first.json.id);
    const other = await appoint(cia, "fia", day(30), day(32), key);
    expect(other.status).toBe(422);
    expect(other.json.code).toBe("idempotency-key-reused");
  });

  it("R25 the list pages with signed cursors and a bounded page size", async () => {
    const first = await as(cia, "GET", "/v1/substitutions?limit=2");
    expect(first.json.items).toHaveLength(2);
    expect(first.json.nextCursor).toEqual(expect.any(String));
    const next = await as(
      cia,
      "GET",
      `/v1/substitutions?limit=2&cursor=${encodeURIComponent(first.json.nextCursor)}`,
    );
    expect(next.status).toBe(200);
    expect(next.json.items[0].id).not.toBe(first.json.items[0].id);
    expect((await as(cia, "GET", "/v1/substitutions?limit=101")).status).toBe(400);
  });

  it("R25 a substitution ends by itself after its last day", async () => {
    t.setToday(day(7));
    try {
      const after = await as(bo, "GET", "/v1/substitutions", undefined, {
        "acting-for": substitutionId,
      });
      expect(after.status).toBe(403);
      const listed = await as(cia, "GET", "/v1/substitutions");
      expect(listed.json.items.map((s: { id: string }) => s.id)).not.toContain(substitutionId);
    } finally {
      t.setToday(TEST_TODAY);
    }
  });

  it("R25 the appointer or a coordinator revokes it, with If-Match; then the substitute no longer acts", async () => {
    const path = `/v1/substitutions/${substitutionId}`;
    const byBo = await as(bo, "DELETE", path);
    expect(byBo.status).toBe(403);
    expect(byBo.json.code).toBe("appointer-or-coordinator-required");
    expect((await as(anna, "DELETE", path, undefined, { "if-match": '"2"' })).status).toBe(412);
    expect((await as(anna, "DELETE", path, undefined, { "if-match": "nonsense" })).status).toBe(
      400,
    );
    expect((await as(anna, "DELETE", path, undefined, { "if-match": '"1"' })).status).toBe(204);
    expect((await as(anna, "DELETE", path)).status).toBe(404);
    expect(
      (await as(bo, "GET", "/v1/substitutions", undefined, { "acting-for": substitutionId }))
        .status,
    ).toBe(403);
    // A coordinator revokes another person's substitution.
    const other = await appoint(anna, "bo", day(1), day(2));
    expect((await as(cia, "DELETE", `/v1/substitutions/${other.json.id}`)).status).toBe(204);
  });
});
