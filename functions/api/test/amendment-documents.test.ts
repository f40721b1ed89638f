import { createHash } from "node:crypto";
import { personIdOf } from "@samverkan/core";
import { validateWithXmllint, verifyArchivePackage } from "@samverkan/core/archive";
import { addDays, date } from "@samverkan/domain";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfMetadata, pdfText } from "../../../packages/core/test/documents/pdf-tools";
import { getBytes as getBytesOf } from "./support/get-bytes";
import {
  createTestApp,
  LTU,
  NOK,
  OUTSIDER,
  type Role,
  signedAgreement,
  TEST_TODAY,
  type TestApp,
} from "./support/test-app";

// Issue #22 item 2's open point (D-64): an amendment is its own PDF/A-2b document whose SHA-256
// each of its signatures records; the letter's PDF stays the text as signed, and "the letter with
// amendments" is a separate rendering with an appendix "Tillägg".
let t: TestApp;
let id = "";
beforeAll(async () => {
  t = await createTestApp();
  id = await signedAgreement(t);
});
afterAll(() => t.close());

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const inAWeek = addDays(date(TEST_TODAY), 7);

const getBytes = (path: string, org = NOK, roles: Role[] = ["viewer"]) =>
  getBytesOf(t, path, org, roles);

async function eventsOf(type: string) {
  const trail = await t.as(NOK, ["viewer"]).get(`/v1/agreements/${id}/events?limit=200`);
  return trail.json.items.filter((e: { type: string }) => e.type === type);
}

describe("the letter's amendments as documents (issue #22 item 2, R26, D-54, D-64)", () => {
  let amendmentId = "";
  let letterHash = "";
  let amendmentHash = "";

  it("finding: an amendment has no document that was signed — its PDF reads back what changes, from when and by which party, and both signatures record its SHA-256 in the trail (R26, D-64)", async () => {
    const letter = await getBytes(`/v1/agreements/${id}/documents/letter.pdf`);
    letterHash = sha256(letter.bytes);
    const proposed = await t.as(NOK, ["signatory"]).post(`/v1/agreements/${id}/amendments`, {
      effectiveFrom: inAWeek,
      changes: { dialogsPerYear: 4, noticeMonths: 6 },
    });
    expect(proposed.status).toBe(201);
    amendmentId = proposed.json.id;
    const base = `/v1/agreements/${id}/amendments/${amendmentId}`;
    const pdf = await getBytes(`${base}/amendment.pdf`, LTU);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    amendmentHash = sha256(pdf.bytes);
    expect(pdf.headers.get("x-document-sha256")).toBe(amendmentHash);
    const text = pdfText(pdf.bytes);
    expect(text).toContain(`gäller från ${inAWeek}`);
    expect(text).toContain(`Föreslaget ${TEST_TODAY} av ${NOK.name}.`);
    expect(text).toContain("Ledningsdialoger per år: 4.");
    expect(text).toContain("Uppsägningstid: 6 månader.");
    expect(text).not.toContain("Basis");
    expect(pdfMetadata(pdf.bytes)).toContain("<pdfaid:part>2</pdfaid:part>");
    // Both sign; each signature records the hash of the amendment's PDF, not of the letter's.
    const sign = `${base}/signatures`;
    expect((await t.as(NOK, ["signatory"]).post(sign)).status).toBe(201);
    expect((await t.as(LTU, ["signatory"]).post(sign)).status).toBe(201);
    const signed = await eventsOf("AmendmentSigned");
    expect(signed).toHaveLength(2);
    for (const event of signed) expect(event.data.documentSha256).toBe(amendmentHash);
    // The document is the same bytes once in force: the signatures still verify.
    expect(sha256((await getBytes(`${base}/amendment.pdf`)).bytes)).toBe(amendmentHash);
    const signatures = pdfText((await getBytes(`${base}/amendment-signatures.pdf`)).bytes);
    expect(signatures).toContain(`Föreslaget ${TEST_TODAY} av Test Person, ${NOK.name}.`);
    expect(signatures).toContain(`i kraft sedan ${TEST_TODAY}`);
    expect(signatures).toContain(`undertecknad ${TEST_TODAY} av Test Person`);
    expect(signatures).toContain(
      `SHA-256: ${amendmentHash}. Underskriften gäller den här versionen av dokumentet.`,
    );
  });

  it("finding: an amendment in force would change the signed letter's bytes — letter.pdf keeps the hash both letter signatures recorded, and the letter with amendments lists it in an appendix 'Tillägg' (D-64)", async () => {
    const letter = await getBytes(`/v1/agreements/${id}/documents/letter.pdf`, LTU);
    expect(sha256(letter.bytes)).toBe(letterHash);
    for (const event of await eventsOf("LetterSigned"))
      expect(event.data.documentSha256).toBe(letterHash);
    const letterSignatures = pdfText(
      (await getBytes(`/v1/agreements/${id}/documents/letter-signatures.pdf`)).bytes,
    );
    expect(letterSignatures).toContain("Underskriften gäller den här versionen av dokumentet.");
    expect(letterSignatures).not.toContain("tidigare version");
    const amended = await getBytes(`/v1/agreements/${id}/documents/letter-with-amendments.pdf`);
    expect(amended.status).toBe(200);
    const text = pdfText(amended.bytes);
    expect(text).toContain("(med tillägg)");
    // The letter's own terms as signed, then the appendix with the changed terms.
    expect(text).toContain("Ledningsdialoger per år: 2.");
    expect(text).toContain("Bilaga: Tillägg");
    expect(text).toContain(`dokumentets SHA-256: ${letterHash}`);
    expect(text).toContain(`Tillägg 1: från ${inAWeek}`);
    expect(text).toContain(`i kraft sedan ${TEST_TODAY} (tillägg ${amendmentId})`);
    expect(text).toContain("Ledningsdialoger per år: 4.");
    expect(text).toContain(`Undertecknat dokument, SHA-256: ${amendmentHash}.`);
  });

  it("the registry links an amendment and its signatures to their PDFs, which answer (D-55, D-64)", async () => {
    const registry = await t
      .as(NOK, ["viewer"])
      .get(`/v1/agreements/${id}/registry?party=${NOK.orgNumber}`);
    expect(registry.status).toBe(200);
    const entries = registry.json.items as { kind: string; link: string; description: string }[];
    const proposal = entries.find((e) => e.link.endsWith(`${amendmentId}/amendment.pdf`));
    expect(proposal?.kind).toBe("Tillägg");
    const signatures = entries.filter((e) =>
      e.link.endsWith(`${amendmentId}/amendment-signatures.pdf`),
    );
    expect(signatures).toHaveLength(2);
    for (const entry of [proposal, ...signatures]) {
      const path = new URL(entry?.link ?? "", "http://localhost").pathname;
      expect((await getBytes(path)).status, path).toBe(200);
    }
  });

  it("a withdrawn amendment's PDF is still served, read from the trail; 404 for an unknown one and for a letter the caller cannot see; 400 for a bad id", async () => {
    const proposed = await t.as(LTU, ["signatory"]).post(`/v1/agreements/${id}/amendments`, {
      effectiveFrom: addDays(date(TEST_TODAY), 30),
      changes: { basisLeadDays: 21 },
    });
    expect(proposed.status).toBe(201);
    const base = `/v1/agreements/${id}/amendments/${proposed.json.id}`;
    const pending = pdfText((await getBytes(`${base}/amendment-signatures.pdf`)).bytes);
    expect(pending).toContain("väntar på underskrifter");
    expect((await t.as(NOK, ["signatory"]).post(`${base}/withdraw`)).status).toBe(200);
    const pdf = await getBytes(`${base}/amendment.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdfText(pdf.bytes)).toContain("Underlag till dialog: senast 21 dagar före.");
    const withdrawn = pdfText((await getBytes(`${base}/amendment-signatures.pdf`)).bytes);
    expect(withdrawn).toContain(`drogs tillbaka ${TEST_TODAY}`);
    const unknown = await getBytes(`/v1/agreements/${id}/amendments/nope/amendment.pdf`);
    expect(unknown.status).toBe(404);
    const outsider = await getBytes(`${base}/amendment.pdf`, OUTSIDER);
    expect(outsider.status).toBe(404);
    const bad = await getBytes(`/v1/agreements/${id}/amendments/${"x".repeat(101)}/amendment.pdf`);
    expect(bad.status).toBe(400);
  });

  it("the archive package carries the amendment's PDF and signatures and the letter with amendments, listed in METS, PREMIS and ERMS with checksums that hold; xmllint finds the XML valid (D-56, D-64)", async () => {
    const { bytes } = await getBytes(`/v1/agreements/${id}/archive-package`, LTU);
    const entries = new Map(Object.entries(unzipSync(bytes)));
    expect(verifyArchivePackage(entries)).toEqual([]);
    const xml = await validateWithXmllint(entries);
    expect(xml.problems).toEqual([]);
    const root = [...entries.keys()].find((name) => name.endsWith("/METS.xml"))?.split("/")[0];
    const data = `${root}/representations/rep1/data`;
    const amendmentPdf = entries.get(`${data}/amendments/${amendmentId}/amendment.pdf`);
    expect(amendmentPdf && sha256(amendmentPdf)).toBe(amendmentHash);
    expect(entries.has(`${data}/amendments/${amendmentId}/amendment-signatures.pdf`)).toBe(true);
    expect(entries.has(`${data}/documents/letter-with-amendments.pdf`)).toBe(true);
    const decoded = (name: string) => new TextDecoder().decode(entries.get(name));
    const repMets = decoded(`${root}/representations/rep1/METS.xml`);
    const premis = decoded(`${root}/metadata/preservation/PREMIS.xml`);
    const erms = [...entries.keys()].find((name) => /metadata\/descriptive\/.*\.xml$/.test(name));
    for (const listing of [repMets, premis, decoded(erms ?? "")])
      expect(listing).toContain(`amendments/${amendmentId}/amendment.pdf`);
    expect(premis).toContain(amendmentHash);
    expect(pdfText(amendmentPdf ?? new Uint8Array())).toContain("Ledningsdialoger per år: 4.");
  });

  it("finding: erasing a signer would change what they signed — after NoK's signatory is erased the amendment's PDF and the letter's keep their bytes and hashes; the signatures' document says '(raderad person)' (D-59, D-64)", async () => {
    const signatoryId = personIdOf({ orgNumber: NOK.orgNumber, sub: "user-signatory" });
    const erased = await t
      .as(NOK, ["coordinator"])
      .post(
        `/v1/people/${signatoryId}/erasure`,
        { decision: { reference: "NoK 2026/7", decidedOn: TEST_TODAY } },
        { "if-match": "*" },
      );
    expect(erased.status).toBe(200);
    const base = `/v1/agreements/${id}/amendments/${amendmentId}`;
    expect(sha256((await getBytes(`${base}/amendment.pdf`, LTU)).bytes)).toBe(amendmentHash);
    expect(sha256((await getBytes(`/v1/agreements/${id}/documents/letter.pdf`)).bytes)).toBe(
      letterHash,
    );
    const signatures = pdfText((await getBytes(`${base}/amendment-signatures.pdf`, LTU)).bytes);
    expect(signatures).toContain(`Föreslaget ${TEST_TODAY} av (raderad person), ${NOK.name}.`);
    expect(signatures).toContain(
      `${NOK.name} (org. nr ${NOK.orgNumber}): undertecknad ${TEST_TODAY} av (raderad person).`,
    );
    expect(signatures).toContain(
      `SHA-256: ${amendmentHash}. Underskriften gäller den här versionen av dokumentet.`,
    );
  });
});
