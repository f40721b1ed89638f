import { createHash } from "node:crypto";
import { LTU_NOK_TITLE } from "@samverkan/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfFonts, pdfMetadata, pdfText } from "../../../packages/core/test/documents/pdf-tools";
import { getBytes as getBytesOf } from "./support/get-bytes";
import {
  createTestApp,
  KIRUNA,
  LTU,
  NOK,
  RISE,
  type Role,
  signedAgreement,
  TEST_TODAY,
  type TestApp,
} from "./support/test-app";

// Issue #22 items 1 and 2: a party's registry extract, and the documents as PDF/A-2b whose
// SHA-256 each signature records (D-53, D-54, D-55).
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

const getBytes = (path: string, org = NOK, roles: Role[] = ["viewer"]) =>
  getBytesOf(t, path, org, roles);

/** The LTU–NoK letter with its own title (so its clauses are printed), signed by both parties. */
async function ltuNokLetter() {
  const draft = await t.as(NOK, ["coordinator"]).post("/v1/agreements", {
    title: LTU_NOK_TITLE,
    parties: [NOK, LTU],
    terms: { noticeMonths: 3, dialogsPerYear: 2, basisLeadDays: 14, structureReviewsPerYear: 1 },
    focusAreas: ["competence-development", "health-and-care"],
    draftedOn: "2026-09-01",
  });
  expect(draft.status).toBe(201);
  const id = draft.json.id as string;
  for (const party of [NOK, LTU])
    expect(
      (
        await t
          .as(party, ["signatory"])
          .post(`/v1/agreements/${id}/signatures`, { signedOn: "2026-10-01" })
      ).status,
    ).toBe(201);
  return id;
}

/** The events of a letter's trail of one type (the first page is the whole trail here). */
async function eventsOf(id: string, type: string) {
  const trail = await t.as(NOK, ["viewer"]).get(`/v1/agreements/${id}/events?limit=200`);
  return trail.json.items.filter((e: { type: string }) => e.type === type);
}

async function activityWithAgreement(id: string) {
  const need = await t.as(NOK, ["coordinator"]).post(`/v1/agreements/${id}/needs`, {
    title: "Sjuksköterskor på distans",
    raisedBy: KIRUNA.orgNumber,
    focusAreas: ["health-and-care"],
  });
  const defined = await t.as(LTU, ["coordinator"]).post(`/v1/agreements/${id}/activities`, {
    title: "Distansutbildning i Kiruna",
    kind: "distance-education",
    focusAreas: ["health-and-care"],
    needIds: [need.json.id],
    projectParties: [{ orgNumber: RISE.orgNumber, name: "RISE" }],
    terms: "Parterna delar kostnaden lika. Sekretessbelagd uppgift: X.",
  });
  expect(defined.status).toBe(201);
  return defined.json.id as string;
}

describe("documents as PDF/A-2b, bound to signatures (issue #22 item 2, D-53, D-54)", () => {
  it("finding: signatures name no document that was signed — R17 the letter's PDF reads back (title, parties, clause text) and its SHA-256 is the one both signatures recorded in the trail", async () => {
    const id = await ltuNokLetter();
    const pdf = await getBytes(`/v1/agreements/${id}/documents/letter.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const text = pdfText(pdf.bytes);
    expect(text).toContain(LTU_NOK_TITLE);
    expect(text).toContain("Norrbottens Kommuner, org. nr 222000-0653");
    expect(text).toContain("Luleå tekniska universitet, org. nr 202100-2841");
    expect(text).toContain("övergripande inriktning mot en bred samverkan");
    const hash = sha256(pdf.bytes);
    expect(pdf.headers.get("x-document-sha256")).toBe(hash);
    const signed = await eventsOf(id, "LetterSigned");
    expect(signed).toHaveLength(2);
    for (const event of signed) expect(event.data.documentSha256).toBe(hash);
    // The same document again: the same bytes (deterministic), so the hash can be checked later.
    const again = await getBytes(`/v1/agreements/${id}/documents/letter.pdf`, LTU);
    expect(sha256(again.bytes)).toBe(hash);
    // The signatures' document names each signer and says they signed this version.
    const signatures = pdfText(
      (await getBytes(`/v1/agreements/${id}/documents/letter-signatures.pdf`)).bytes,
    );
    expect(signatures).toContain("Test Person");
    expect(signatures).toContain(
      `SHA-256: ${hash}. Underskriften gäller den här versionen av dokumentet.`,
    );
  });

  it("finding: a signature could belong to a text that later changed — a special agreement revised after one party signed: that signature stays bound to version 1's PDF, which is still served, and version 2's signatures to version 2's (R14, D-54)", async () => {
    const id = await signedAgreement(t);
    const activityId = await activityWithAgreement(id);
    const path = `/v1/agreements/${id}/activities/${activityId}`;
    const v1 = await getBytes(`${path}/special-agreement.pdf`, RISE);
    expect(v1.status).toBe(200);
    const v1Text = pdfText(v1.bytes);
    expect(v1Text).toContain("Distansutbildning i Kiruna (version 1)");
    expect(v1Text).toContain("RISE");
    expect(v1Text).toContain("Parterna delar kostnaden lika.");
    await t.as(NOK, ["signatory"]).post(`${path}/special-agreement/signatures`, {});
    const [first] = await eventsOf(id, "SpecialAgreementSigned");
    expect(first.data.documentSha256).toBe(sha256(v1.bytes));
    await t
      .as(NOK, ["coordinator"])
      .put(`${path}/special-agreement`, { projectParties: [], terms: "Utan RISE." });
    const v2 = await getBytes(`${path}/special-agreement.pdf`);
    expect(sha256(v2.bytes)).not.toBe(sha256(v1.bytes));
    expect(pdfText(v2.bytes)).toContain("Utan RISE.");
    await t.as(LTU, ["signatory"]).post(`${path}/special-agreement/signatures`, {});
    const second = (await eventsOf(id, "SpecialAgreementSigned"))[1];
    expect(second.data).toMatchObject({ version: 2, documentSha256: sha256(v2.bytes) });
    // Version 2's signatures: LTU's, bound to this version; NoK's belonged to version 1 only.
    const v2Signatures = pdfText(
      (await getBytes(`${path}/special-agreement-signatures.pdf`)).bytes,
    );
    expect(v2Signatures).toContain(`SHA-256: ${sha256(v2.bytes)}. Underskriften gäller den här`);
    expect(v2Signatures).not.toContain(sha256(v1.bytes));
    // Version 1 is still there, read from the trail: the same bytes NoK signed, and its signature.
    const again = await getBytes(`${path}/special-agreement.pdf?version=1`);
    expect(sha256(again.bytes)).toBe(sha256(v1.bytes));
    const v1Signatures = pdfText(
      (await getBytes(`${path}/special-agreement-signatures.pdf?version=1`)).bytes,
    );
    expect(v1Signatures).toContain(`SHA-256: ${sha256(v1.bytes)}. Underskriften gäller den här`);
    expect((await getBytes(`${path}/special-agreement.pdf?version=3`)).status).toBe(404);
    expect((await getBytes(`${path}/special-agreement.pdf?version=0`)).status).toBe(400);
  });

  it("PDF/A markers: XMP pdfaid part 2 conformance B, an sRGB output intent, all fonts embedded", async () => {
    const id = await signedAgreement(t);
    const { bytes } = await getBytes(`/v1/agreements/${id}/documents/letter.pdf`);
    const meta = pdfMetadata(bytes);
    expect(meta).toContain("<pdfaid:part>2</pdfaid:part>");
    expect(meta).toContain("<pdfaid:conformance>B</pdfaid:conformance>");
    expect(Buffer.from(bytes).toString("latin1")).toMatch(/\/OutputIntents[\s\S]*GTS_PDFA1/);
    const fonts = pdfFonts(bytes).split("\n").slice(2).filter(Boolean);
    for (const line of fonts) expect(line).toMatch(/\syes\s+yes\s+yes\s/);
  });

  it("a dialog's record and a structure review as PDF; 404 for a dialog not held, a year without review, another organisation's letter", async () => {
    const id = await signedAgreement(t);
    const coordinator = t.as(NOK, ["coordinator"]);
    const dialogId = (
      await coordinator.post(`/v1/agreements/${id}/dialogs`, { scheduledOn: "2026-11-15" })
    ).json.id;
    expect((await getBytes(`/v1/agreements/${id}/dialogs/${dialogId}/record.pdf`)).status).toBe(
      404,
    );
    const held = await coordinator.post(`/v1/agreements/${id}/dialogs/${dialogId}/record`, {
      heldOn: "2026-11-15",
      topics: {
        outsideWorld: "EU-medel",
        trends: "AI i vården",
        futureChallenges: "Lärarförsörjning",
        directionAdjustments: "Ingen justering",
      },
    });
    expect(held.status).toBe(201);
    const record = await getBytes(`/v1/agreements/${id}/dialogs/${dialogId}/record.pdf`, LTU);
    expect(record.status).toBe(200);
    const text = pdfText(record.bytes);
    expect(text).toContain("Protokoll från ledningsdialog 2026-11-15");
    expect(text).toContain("AI i vården");
    await coordinator.post(`/v1/agreements/${id}/structure-reviews`, {
      year: 2026,
      reviewedOn: "2026-11-20",
      summary: "Forumen sågs över",
    });
    const review = await getBytes(`/v1/agreements/${id}/structure-reviews/2026/review.pdf`);
    expect(pdfText(review.bytes)).toContain("Forumen sågs över");
    expect((await getBytes(`/v1/agreements/${id}/structure-reviews/2025/review.pdf`)).status).toBe(
      404,
    );
    expect((await getBytes(`/v1/agreements/${id}/documents/letter.pdf`, RISE)).status).toBe(404);
  });
});

describe("registry extract per party (issue #22 item 1, D-55)", () => {
  it("finding: nothing can be registered in a party's diarium — every official document with a stable number, date, counterpart, a description without secrets and a link", async () => {
    const id = await signedAgreement(t);
    const activityId = await activityWithAgreement(id);
    await t
      .as(NOK, ["signatory"])
      .post(`/v1/agreements/${id}/activities/${activityId}/special-agreement/signatures`, {});
    const extract = await t.as(NOK, ["viewer"]).get(`/v1/agreements/${id}/registry`);
    expect(extract.status).toBe(200);
    const kinds = extract.json.items.map((e: { description: string }) => e.description);
    expect(kinds).toEqual([
      "Avsiktsförklaring om samverkan, upprättad",
      "Underskrift av avsiktsförklaringen",
      "Underskrift av avsiktsförklaringen",
      "Särskild överenskommelse om en aktivitet, version 1",
      "Underskrift av särskild överenskommelse, version 1",
    ]);
    const [letter, , , agreement] = extract.json.items;
    expect(letter).toMatchObject({
      registeredOn: TEST_TODAY,
      documentDate: "2025-09-01",
      kind: "Avsiktsförklaring",
      counterparts: [{ orgNumber: LTU.orgNumber }],
      link: `/v1/agreements/${id}/documents/letter.pdf`,
    });
    expect(letter.documentNumber).toMatch(/^SVK-[0-9A-F]{8}-\d{6}$/);
    expect(agreement.counterparts.map((o: { orgNumber: string }) => o.orgNumber)).toEqual([
      LTU.orgNumber,
      RISE.orgNumber,
    ]);
    // OSL 5 kap. 1 §: no title, no terms, no free text in the registry.
    expect(JSON.stringify(extract.json)).not.toMatch(/Sekretess|Distansutbildning|Kiruna/);
    // Stable across calls and callers of the same party.
    const again = await t.as(NOK, ["coordinator"]).get(`/v1/agreements/${id}/registry`);
    expect(again.json.items).toEqual(extract.json.items);
    // A project party's registry: the special agreement and its signature only.
    const rise = await t.as(RISE, ["viewer"]).get(`/v1/agreements/${id}/registry`);
    expect(rise.json.items.map((e: { kind: string }) => e.kind)).toEqual([
      "Särskild överenskommelse",
      "Underskrift",
    ]);
  });

  it("pages with a signed cursor and a bounded limit; from and to filter by registration day", async () => {
    const id = await signedAgreement(t);
    const nok = t.as(NOK, ["viewer"]);
    const first = await nok.get(`/v1/agreements/${id}/registry?limit=2`);
    expect(first.json.items).toHaveLength(2);
    const second = await nok.get(
      `/v1/agreements/${id}/registry?limit=2&cursor=${first.json.nextCursor}`,
    );
    expect(second.json.items).toHaveLength(1);
    expect(second.json.nextCursor).toBeNull();
    expect([...first.json.items, ...second.json.items].map((e) => e.documentNumber)).toEqual(
      (await nok.get(`/v1/agreements/${id}/registry`)).json.items.map(
        (e: { documentNumber: string }) => e.documentNumber,
      ),
    );
    expect((await nok.get(`/v1/agreements/${id}/registry?limit=201`)).status).toBe(400);
    expect((await nok.get(`/v1/agreements/${id}/registry?limit=2&cursor=forged`)).status).toBe(400);
    const before = await nok.get(`/v1/agreements/${id}/registry?to=2026-12-30`);
    expect(before.json.items).toEqual([]);
    const within = await nok.get(
      `/v1/agreements/${id}/registry?from=${TEST_TODAY}&to=${TEST_TODAY}`,
    );
    expect(within.json.items).toHaveLength(3);
    expect(
      (await nok.get(`/v1/agreements/${id}/registry?from=2026-12-31&to=2026-01-01`)).status,
    ).toBe(400);
  });

  it("404 for a letter the caller cannot see, 403 for another party's registry, 400 for a bad party", async () => {
    const id = await signedAgreement(t);
    expect((await t.as(RISE, ["viewer"]).get(`/v1/agreements/${id}/registry`)).status).toBe(404);
    const other = await t
      .as(NOK, ["coordinator"])
      .get(`/v1/agreements/${id}/registry?party=${LTU.orgNumber}`);
    expect(other.status).toBe(403);
    expect(other.json.code).toBe("not-own-registry");
    const own = await t
      .as(NOK, ["coordinator"])
      .get(`/v1/agreements/${id}/registry?party=${NOK.orgNumber}`);
    expect(own.status).toBe(200);
    expect(
      (await t.as(NOK, ["viewer"]).get(`/v1/agreements/${id}/registry?party=nonsense`)).status,
    ).toBe(400);
  });

  it("CSV for Swedish Excel: a byte order mark, semicolons, Swedish headers (cells through the shared writeCsv)", async () => {
    const id = await signedAgreement(t);
    const token = await t.token(LTU, ["viewer"]);
    const response = await t.app.request(`http://localhost/v1/agreements/${id}/registry`, {
      headers: { authorization: `Bearer ${token}`, accept: "text/csv" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const lines = text.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "Dokumentnummer;Registreringsdatum;Dokumentdatum;Handlingstyp;Beskrivning;Motpart;Länk",
    );
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(";Avsiktsförklaring;");
    expect(lines[1]).toContain("Norrbottens Kommuner (222000-0653)");
  });
});

describe("the registry's CSV and a party's own words (D-55)", () => {
  it('finding: a name can start a formula in Excel — a counterpart named "=1+1" by the drafter is written as text', async () => {
    const draft = await t.as(NOK, ["coordinator"]).post("/v1/agreements", {
      title: "Avsiktsförklaring",
      parties: [NOK, { orgNumber: LTU.orgNumber, name: "=1+1" }],
      terms: { noticeMonths: 3, dialogsPerYear: 2, basisLeadDays: 14, structureReviewsPerYear: 1 },
      focusAreas: ["education"],
    });
    expect(draft.status).toBe(201);
    const token = await t.token(NOK, ["viewer"]);
    const response = await t.app.request(
      `http://localhost/v1/agreements/${draft.json.id}/registry`,
      { headers: { authorization: `Bearer ${token}`, accept: "text/csv" } },
    );
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    const [, row] = text.slice(1).split("\r\n");
    expect(row?.split(";")[5]).toBe(`'=1+1 (${LTU.orgNumber})`);
  });
});

describe("the registry's bounds (D-55)", () => {
  it("a page reads at most its events and comes back short with a cursor; a CSV beyond its rows is 400 registry-too-large", async () => {
    const small = await createTestApp({ registryBounds: { eventsPerPage: 2, csvRows: 2 } });
    try {
      const id = await signedAgreement(small);
      const nok = small.as(NOK, ["viewer"]);
      // Three documents in four events (the letter entered into force is none): two pages of two
      // events each, then the end.
      const first = await nok.get(`/v1/agreements/${id}/registry`);
      expect(first.json.items).toHaveLength(2);
      expect(first.json.nextCursor).not.toBeNull();
      const second = await nok.get(`/v1/agreements/${id}/registry?cursor=${first.json.nextCursor}`);
      expect(second.json.items).toHaveLength(1);
      const numbers = [...first.json.items, ...second.json.items].map(
        (e: { documentNumber: string }) => e.documentNumber,
      );
      expect(new Set(numbers).size).toBe(3);
      const csv = await nok.get(`/v1/agreements/${id}/registry`, { accept: "text/csv" });
      expect(csv.status).toBe(400);
      expect(csv.json.code).toBe("registry-too-large");
      const shorter = await nok.get(`/v1/agreements/${id}/registry?to=2026-12-30`, {
        accept: "text/csv",
      });
      expect(shorter.status).toBe(200);
    } finally {
      await small.close();
    }
  });
});
