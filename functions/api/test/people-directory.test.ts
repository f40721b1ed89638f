import {
  createLetter,
  enforce,
  getItem,
  logNotifier,
  MAX_PEOPLE_PER_VIEW,
  MAX_PERSON_NAME,
  personIdOf,
  queryLetterItems,
} from "@samverkan/core";
import { date, signedLtuNokLetterEvents } from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, LTU, NOK, type TestApp } from "./support/test-app";

// Issue #17, "ids instead of people": the web showed "Undertecknat … av seed", "… av nora" and
// the actor "pnpm dev". A person's name is now kept once in the people directory (D-34); the
// trail and the signatures name people from it, and never show another organisation's subject.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Person = { sub: string; org: string; name?: string };
const nora: Person = { sub: "nora-sub", org: NOK.orgNumber, name: "Nora Nilsson" };
const lars: Person = { sub: "lars-sub", org: LTU.orgNumber, name: "Lars Lindqvist" };

/** A request as one person, with their token's `name` claim (or none). */
async function as(person: Person, method: string, path: string, body?: unknown) {
  const token = await t.issuer.sign({
    sub: person.sub,
    org: person.org,
    roles: ["signatory", "coordinator"],
    ...(person.name !== undefined ? { name: person.name } : {}),
  });
  return t.call(method, path, { token, ...(body !== undefined ? { body } : {}) });
}

/** A letter drafted by `drafter` (NoK) and signed by `nokSigner` and `ltuSigner`. */
async function letterBy(drafter: Person, nokSigner: Person, ltuSigner: Person) {
  const draft = await as(drafter, "POST", "/v1/agreements", {
    title: "Avsiktsförklaring LTU–NoK",
    parties: [NOK, LTU],
    terms: { noticeMonths: 3, dialogsPerYear: 2, basisLeadDays: 14, structureReviewsPerYear: 1 },
    focusAreas: ["education"],
    draftedOn: "2025-09-01",
  });
  expect(draft.status).toBe(201);
  const id = draft.json.id as string;
  for (const signer of [nokSigner, ltuSigner])
    expect(
      (await as(signer, "POST", `/v1/agreements/${id}/signatures`, { signedOn: "2025-10-01" }))
        .status,
    ).toBe(201);
  return id;
}

const trail = async (viewer: Person, id: string) =>
  (await as(viewer, "GET", `/v1/agreements/${id}/events?limit=200`)).json.items as {
    type: string;
    actor: Record<string, unknown> | null;
  }[];

describe("D-34 names, not ids", () => {
  it("finding: ids instead of people — the trail names each person from the people directory, the daily run as itself, and another organisation's subject never shows", async () => {
    const id = await letterBy(nora, nora, lars);
    expect((await as(lars, "POST", `/v1/agreements/${id}/termination`, {})).status).toBe(201);
    // The notice ends the letter three months on; the run the day after records that it ended.
    await t.runtime.runPromise(enforce(date("2027-04-01")).pipe(Effect.provide(logNotifier)));

    const seenByLtu = await trail(lars, id);
    const drafted = seenByLtu.find((event) => event.type === "LetterDrafted");
    expect(drafted?.actor).toEqual({
      id: personIdOf({ orgNumber: NOK.orgNumber, sub: "nora-sub" }),
      kind: "person",
      name: "Nora Nilsson",
      orgNumber: NOK.orgNumber,
    });
    const ltuSigned = seenByLtu.filter((event) => event.type === "LetterSigned")[1];
    // LTU's own person: LTU sees the subject too.
    expect(ltuSigned?.actor).toMatchObject({ name: "Lars Lindqvist", sub: "lars-sub" });
    expect(seenByLtu.find((event) => event.type === "LetterEnded")?.actor).toEqual({
      id: "system:daily-run",
      kind: "system",
      name: "Samverkan (automatic)",
    });
    expect(JSON.stringify(seenByLtu)).not.toContain("nora-sub");
    const seenByNok = await trail(nora, id);
    expect(seenByNok.find((event) => event.type === "LetterDrafted")?.actor).toMatchObject({
      sub: "nora-sub",
    });
    expect(JSON.stringify(seenByNok)).not.toContain("lars-sub");

    // The events refer to the person; the name is kept once, in the directory.
    const stored = await t.runtime.runPromise(queryLetterItems(id, keys.eventPrefix, 1));
    expect(stored.items[0]?.actor).toEqual({ sub: "nora-sub", orgNumber: NOK.orgNumber });
    const person = await t.runtime.runPromise(
      getItem(keys.person(personIdOf({ orgNumber: NOK.orgNumber, sub: "nora-sub" }))),
    );
    expect(person).toMatchObject({ name: "Nora Nilsson", orgNumber: NOK.orgNumber });
  });

  it("finding: ids instead of people — signatures name their signers; a new name for a person names their earlier acts too", async () => {
    const id = await letterBy(nora, nora, lars);
    const agreement = (await as(lars, "GET", `/v1/agreements/${id}`)).json;
    expect(agreement.parties[0].signature.signedBy).toEqual({
      id: personIdOf({ orgNumber: NOK.orgNumber, sub: "nora-sub" }),
      name: "Nora Nilsson",
    });
    expect(agreement.parties[1].signature.signedBy).toMatchObject({
      name: "Lars Lindqvist",
      sub: "lars-sub",
    });
    // Nora's name changes at her identity provider; her next write keeps the new one.
    const renamed = { ...nora, name: "Nora Berg" };
    await letterBy(renamed, renamed, lars);
    const drafted = (await trail(lars, id)).find((event) => event.type === "LetterDrafted");
    expect(drafted?.actor).toMatchObject({ name: "Nora Berg" });
  });

  it("finding: ids instead of people — a person the directory does not know shows as a neutral null name, never as a subject of another organisation", async () => {
    const nameless: Person = { sub: "197001011234", org: NOK.orgNumber };
    const id = await letterBy(nameless, nameless, lars);
    const seenByLtu = await trail(lars, id);
    expect(seenByLtu.find((event) => event.type === "LetterDrafted")?.actor).toEqual({
      id: personIdOf({ orgNumber: NOK.orgNumber, sub: "197001011234" }),
      kind: "person",
      name: null,
      orgNumber: NOK.orgNumber,
    });
    const agreement = await as(lars, "GET", `/v1/agreements/${id}`);
    expect(agreement.json.parties[0].signature.signedBy.name).toBeNull();
    expect(agreement.text).not.toContain("197001011234");
    expect(JSON.stringify(seenByLtu)).not.toContain("197001011234");
  });

  it(`D-34 a name is kept only when it can be shown: at most ${MAX_PERSON_NAME} characters, no hidden characters (control characters are refused outright, D-42)`, async () => {
    const cases: [string, string, boolean][] = [
      ["longest", "Å".repeat(MAX_PERSON_NAME), true],
      ["too-long", "Å".repeat(MAX_PERSON_NAME + 1), false],
      ["bidi", "Eve \u202Eliam", false],
      ["zero-width", "Ev\u200Be", false],
      ["blank", "   ", false],
    ];
    for (const [sub, name, kept] of cases) {
      const person = { sub, org: NOK.orgNumber, name };
      const draft = await as(person, "POST", "/v1/agreements", {
        title: `Letter by ${sub}`,
        parties: [NOK, LTU],
        terms: {
          noticeMonths: 3,
          dialogsPerYear: 2,
          basisLeadDays: 14,
          structureReviewsPerYear: 1,
        },
        focusAreas: ["education"],
      });
      // The token still proves who it is: the act goes through, only the name is not taken.
      expect(draft.status, sub).toBe(201);
      const item = await t.runtime.runPromise(
        getItem(keys.person(personIdOf({ orgNumber: NOK.orgNumber, sub }))),
      );
      expect(item?.name ?? null, sub).toBe(kept ? name : null);
      const [event] = await trail(person, draft.json.id);
      expect(event?.actor?.name, sub).toBe(kept ? name : null);
    }
  });

  it("D-34 one directory item per person: writing again with the same name changes nothing", async () => {
    const person = { sub: "repeat-sub", org: NOK.orgNumber, name: "Rita Repeat" };
    const key = keys.person(personIdOf({ orgNumber: NOK.orgNumber, sub: "repeat-sub" }));
    await letterBy(person, person, lars);
    const first = await t.runtime.runPromise(getItem(key));
    await letterBy(person, person, lars);
    expect(await t.runtime.runPromise(getItem(key))).toEqual(first);
  });
});

describe("D-34 replies and replays", () => {
  it("finding: ids instead of people — an idempotent replay of a signature names the signers as the first reply did, without another organisation's subject", async () => {
    const draft = await as(nora, "POST", "/v1/agreements", {
      title: "Avsiktsförklaring LTU–NoK",
      parties: [NOK, LTU],
      terms: { noticeMonths: 3, dialogsPerYear: 2, basisLeadDays: 14, structureReviewsPerYear: 1 },
      focusAreas: ["education"],
      draftedOn: "2025-09-01",
    });
    const id = draft.json.id as string;
    await as(nora, "POST", `/v1/agreements/${id}/signatures`, { signedOn: "2025-10-01" });
    const token = await t.issuer.sign({
      sub: lars.sub,
      org: lars.org,
      roles: ["signatory"],
      name: lars.name as string,
    });
    const sign = () =>
      t.call("POST", `/v1/agreements/${id}/signatures`, {
        token,
        body: { signedOn: "2025-10-01" },
        headers: { "idempotency-key": `sign-${id}` },
      });
    const first = await sign();
    const replay = await sign();
    expect(first.status).toBe(201);
    expect(replay.headers.get("idempotent-replay")).toBe("true");
    expect(replay.json).toEqual(first.json);
    expect(replay.json.parties[0].signature.signedBy).toEqual({
      id: personIdOf({ orgNumber: NOK.orgNumber, sub: "nora-sub" }),
      name: "Nora Nilsson",
    });
    expect(replay.text).not.toContain("nora-sub");
  });
});

describe("D-34 the directory read is bounded", () => {
  it(`D-34 a list naming more signers without a name than ${MAX_PEOPLE_PER_VIEW} looks up ${MAX_PEOPLE_PER_VIEW} and answers 200`, async () => {
    const fresh = await createTestApp();
    try {
      // 110 letters, each signed by two people whose tokens carried no name: 220 to look up.
      for (let i = 0; i < 110; i += 10)
        await Promise.all(
          Array.from({ length: 10 }, (_, j) =>
            fresh.runtime.runPromise(
              createLetter(
                `bounded-${i + j}`,
                signedLtuNokLetterEvents({
                  letterId: `bounded-${i + j}`,
                  signers: {
                    [NOK.orgNumber]: { sub: `nok-${i + j}` },
                    [LTU.orgNumber]: { sub: `ltu-${i + j}` },
                  },
                }),
                {
                  actor: { sub: `nok-${i + j}`, orgNumber: NOK.orgNumber },
                  requestId: "bounded",
                  recordedAt: "2025-10-01T10:00:00Z",
                  reply: () => null,
                },
              ),
            ),
          ),
        );
      const page = await fresh.as(LTU, ["viewer"]).get("/v1/agreements?limit=200");
      expect(page.status).toBe(200);
      expect(page.json.items).toHaveLength(110);
      for (const item of page.json.items)
        expect(item.parties[0].signature.signedBy).toEqual({
          id: expect.any(String),
          name: null,
        });
    } finally {
      await fresh.close();
    }
  });
});
