import {
  type AmendmentInForce,
  type CalendarDate,
  foldLetter,
  type LetterOfIntent,
  LULEA_TEKNISKA_UNIVERSITET,
  MAX_AMENDMENTS_PER_LETTER,
  NORRBOTTENS_KOMMUNER,
  signedLtuNokLetterEvents,
} from "@samverkan/domain";
import { describe, expect, it } from "vitest";
import {
  renderAmendmentPdf,
  renderLetterDocuments,
  renderLetterPdf,
  renderLetterWithAmendmentsPdf,
} from "../../src/documents";
import { pdfMetadata, pdfText } from "./pdf-tools";

// D-64: the letter's signed PDF never changes with amendments; each amendment is its own
// document; the letter with amendments lists them all, up to the bound of amendments in force.
const signed = foldLetter(
  signedLtuNokLetterEvents({
    letterId: "00000000-0000-4000-8000-000000000011",
    signedOn: "2025-10-01" as CalendarDate,
    signers: { [LULEA_TEKNISKA_UNIVERSITET.orgNumber]: { sub: "ltu-1", name: "Anna Rektor" } },
  }),
);
if (!signed) throw new Error("no letter");
const letter: LetterOfIntent = signed;

/** The n-th amendment in force: monthly effective dates from 2026, each four dialogs a year. */
const amendment = (n: number): AmendmentInForce => {
  const month = new Date(Date.UTC(2026, n, 1)).toISOString().slice(0, 10) as CalendarDate;
  return {
    amendmentId: `amendment-${n + 1}`,
    effectiveFrom: month,
    changes: { dialogsPerYear: n % 2 === 0 ? 4 : 2 },
    terms: { ...letter.terms, dialogsPerYear: n % 2 === 0 ? 4 : 2 },
    proposedOn: "2025-12-01" as CalendarDate,
    proposedBy: { orgNumber: NORRBOTTENS_KOMMUNER.orgNumber, sub: "nok-1", name: "Nora Nilsson" },
    signatures: [
      {
        orgNumber: NORRBOTTENS_KOMMUNER.orgNumber,
        signedOn: "2025-12-02" as CalendarDate,
        signedBy: { sub: "nok-1", name: "Nora Nilsson" },
        documentSha256: "a".repeat(64),
      },
    ],
    inForceFrom: "2025-12-03" as CalendarDate,
  };
};
const amended = (count: number): LetterOfIntent => ({
  ...letter,
  amendments: Array.from({ length: count }, (_, n) => amendment(n)),
});

describe("amendments as documents (R26, D-53, D-64)", () => {
  it("finding: an amendment in force would change the signed letter — the letter's PDF is the same bytes with 0 and with 20 amendments in force", async () => {
    const before = await renderLetterPdf(letter);
    const after = await renderLetterPdf(amended(MAX_AMENDMENTS_PER_LETTER));
    expect(after.sha256).toBe(before.sha256);
  });

  it(`D-52 D-64 the letter with amendments lists every amendment in force, up to the bound of ${MAX_AMENDMENTS_PER_LETTER}, and is deterministic`, async () => {
    const full = amended(MAX_AMENDMENTS_PER_LETTER);
    const pdf = await renderLetterWithAmendmentsPdf(full);
    const text = pdfText(pdf.bytes);
    expect(text).toContain("Bilaga: Tillägg");
    expect(text).toContain(`Tillägg ${MAX_AMENDMENTS_PER_LETTER}: från`);
    expect(text).toContain(`(dokumentets SHA-256: ${(await renderLetterPdf(letter)).sha256})`);
    expect(pdfMetadata(pdf.bytes)).toContain("<pdfaid:conformance>B</pdfaid:conformance>");
    const again = await renderLetterWithAmendmentsPdf(structuredClone(full));
    expect(again.sha256).toBe(pdf.sha256);
    const none = pdfText((await renderLetterWithAmendmentsPdf(letter)).bytes);
    expect(none).toContain("Inga tillägg gäller.");
  });

  it("D-64 an amendment's document names the proposing organisation, never the person, so an erasure cannot change its bytes", async () => {
    const first = amendment(0);
    const pdf = await renderAmendmentPdf(letter, first);
    const text = pdfText(pdf.bytes);
    expect(text).toContain(`Föreslaget 2025-12-01 av ${NORRBOTTENS_KOMMUNER.name}.`);
    expect(text).toContain("Ledningsdialoger per år: 4.");
    expect(text).not.toContain("Nora");
    const erased = {
      ...first,
      proposedBy: { orgNumber: first.proposedBy.orgNumber, sub: "nok-1" },
    };
    expect((await renderAmendmentPdf(letter, erased)).sha256).toBe(pdf.sha256);
  });

  it("R14 R26 an amendment of the special-agreement terms reads as words in its document, not as data", async () => {
    const relaxed = { required: false, signedBy: "principal-parties" } as const;
    const first = {
      ...amendment(0),
      changes: { specialAgreement: relaxed },
      terms: { ...letter.terms, specialAgreement: relaxed },
    };
    const text = pdfText((await renderAmendmentPdf(letter, first)).bytes);
    expect(text).toContain("Särskild överenskommelse: krävs inte för en konkret aktivitet.");
    expect(text).not.toContain("required");
  });

  it("D-64 every document of a letter: each amendment and its signatures, and the letter with amendments", async () => {
    const documents = await renderLetterDocuments({
      letter: amended(2),
      activities: [],
      dialogs: [],
    });
    expect(documents.map((d) => d.path)).toEqual([
      "documents/letter.pdf",
      "documents/letter-signatures.pdf",
      "amendments/amendment-1/amendment.pdf",
      "amendments/amendment-1/amendment-signatures.pdf",
      "amendments/amendment-2/amendment.pdf",
      "amendments/amendment-2/amendment-signatures.pdf",
      "documents/letter-with-amendments.pdf",
    ]);
  });
});
