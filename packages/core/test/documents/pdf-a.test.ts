import {
  type Activity,
  type CalendarDate,
  foldLetter,
  LULEA_TEKNISKA_UNIVERSITET,
  NORRBOTTENS_KOMMUNER,
  signedLtuNokLetterEvents,
} from "@samverkan/domain";
import { describe, expect, it } from "vitest";
import {
  renderLetterDocuments,
  renderLetterPdf,
  renderLetterSignaturesPdf,
  renderSpecialAgreementSignaturesPdf,
} from "../../src/documents";
import {
  KeptParagraphs,
  MAX_KEPT_PARAGRAPH_LENGTH,
  MAX_KEPT_PARAGRAPHS,
  paragraphsKept,
  RENDERED_KEPT,
  renderingsKept,
  renderPdfA,
} from "../../src/documents/pdf-a";
import { pdfFonts, pdfInfo, pdfMetadata, pdfText } from "./pdf-tools";

const letter = foldLetter(
  signedLtuNokLetterEvents({
    letterId: "00000000-0000-4000-8000-000000000001",
    signedOn: "2025-10-01" as CalendarDate,
    signers: { [LULEA_TEKNISKA_UNIVERSITET.orgNumber]: { sub: "ltu-1", name: "Anna Rektor" } },
  }),
);
if (!letter) throw new Error("no letter");

const activity: Activity = {
  activityId: "00000000-0000-4000-8000-000000000002",
  letterId: letter.letterId,
  title: "Kompetenslyft i vård",
  kind: "commissioned-education",
  focusAreas: letter.focusAreas.slice(0, 1),
  needIds: ["00000000-0000-4000-8000-000000000003"],
  definedOn: "2025-11-01" as CalendarDate,
  specialAgreement: {
    version: 2,
    parties: [NORRBOTTENS_KOMMUNER, LULEA_TEKNISKA_UNIVERSITET],
    terms: "Parterna delar kostnaden lika.",
    draftedOn: "2025-11-02" as CalendarDate,
    signatures: [],
  },
  startedOn: null,
  completedOn: null,
  outcome: null,
  flaggedForReviewOn: null,
  version: 3,
} as Activity;

describe("documents as PDF/A-2b (issue #22 item 2, D-53)", () => {
  it("the letter reads back with its title, parties and clause text", async () => {
    const pdf = await renderLetterPdf(letter);
    const text = pdfText(pdf.bytes);
    expect(text).toContain("Avsiktsförklaring om strategisk samverkan");
    expect(text).toContain("Norrbottens Kommuner, org. nr 222000-0653");
    expect(text).toContain("Luleå tekniska universitet, org. nr 202100-2841");
    // A sentence of the letter's own text (the Syfte clause), whole across wrapped lines.
    expect(text).toContain("övergripande inriktning mot en bred samverkan");
    expect(pdfInfo(pdf.bytes)).toMatch(/Title:\s+Avsiktsförklaring om strategisk samverkan/);
  });

  it("carries the PDF/A-2b markers: XMP pdfaid part 2 conformance B, an sRGB output intent, every font embedded", async () => {
    const { bytes } = await renderLetterPdf(letter);
    const meta = pdfMetadata(bytes);
    expect(meta).toContain("<pdfaid:part>2</pdfaid:part>");
    expect(meta).toContain("<pdfaid:conformance>B</pdfaid:conformance>");
    const raw = Buffer.from(bytes).toString("latin1");
    expect(raw).toContain("/OutputIntents");
    expect(raw).toMatch(/\/S \/GTS_PDFA1/);
    expect(raw).toContain("/DestOutputProfile");
    const fonts = pdfFonts(bytes).split("\n").slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    // pdffonts' "emb" column: every font is embedded.
    for (const line of fonts)
      expect(line).toMatch(/DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes/);
  });

  it("is deterministic: the same letter gives the same bytes, so its SHA-256 means something", async () => {
    const first = await renderLetterPdf(letter);
    const second = await renderLetterPdf(structuredClone(letter));
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    expect(second.sha256).toBe(first.sha256);
    const other = await renderLetterPdf({ ...letter, title: `${letter.title} (ändrad)` });
    expect(other.sha256).not.toBe(first.sha256);
  });

  it("finding: a signature names no document — each now shows whether it signed this version or an earlier one (D-54)", async () => {
    const current = await renderLetterPdf(letter);
    const [nok, ltu] = letter.signatures;
    if (!nok || !ltu) throw new Error("two signatures");
    const signed = {
      ...letter,
      signatures: [
        { ...nok, documentSha256: current.sha256 },
        { ...ltu, documentSha256: "0".repeat(64) },
      ],
    };
    const text = pdfText((await renderLetterSignaturesPdf(signed)).bytes);
    expect(text).toContain("Anna Rektor");
    expect(text).toContain(`SHA-256: ${current.sha256}. Underskriften gäller den här versionen`);
    expect(text).toContain(`SHA-256: ${"0".repeat(64)}. Underskriften gäller en tidigare version`);
  });

  it("lists every document of a letter with its path, title, bytes and date for the archive", async () => {
    const documents = await renderLetterDocuments({ letter, activities: [activity], dialogs: [] });
    expect(documents.map((d) => d.path)).toEqual([
      "documents/letter.pdf",
      "documents/letter-signatures.pdf",
      `activities/${activity.activityId}/special-agreement.pdf`,
      `activities/${activity.activityId}/special-agreement-signatures.pdf`,
    ]);
    const agreement = documents[2];
    expect(agreement?.createdOn).toBe("2025-11-02");
    expect(pdfText(agreement?.bytes ?? new Uint8Array())).toContain(
      "Parterna delar kostnaden lika.",
    );
    const signatures = await renderSpecialAgreementSignaturesPdf(letter, activity);
    expect(pdfText(signatures.bytes)).toContain("Ingen har undertecknat än.");
  });

  it(`keeps at most ${RENDERED_KEPT} renderings, and a kept one is the same bytes`, async () => {
    const spec = (n: number) => ({
      title: `Dokument ${n}`,
      subject: "Prov",
      createdOn: "2026-01-01" as CalendarDate,
      blocks: [{ kind: "paragraph" as const, text: `Stycke ${n}` }],
    });
    const first = await renderPdfA(spec(0));
    for (let n = 1; n <= RENDERED_KEPT + 2; n++) await renderPdfA(spec(n));
    expect(renderingsKept()).toBe(RENDERED_KEPT);
    // The first was let go and is rendered anew: the same bytes all the same (D-53).
    expect(Buffer.from(await renderPdfA(spec(0))).equals(Buffer.from(first))).toBe(true);
  }, 120_000);

  it(`keeps at most ${MAX_KEPT_PARAGRAPHS} paragraphs broken into lines, none longer than ${MAX_KEPT_PARAGRAPH_LENGTH} characters, and breaks a kept one the same`, async () => {
    const words = (n: number) => Array.from({ length: 40 }, (_, i) => `ord${n}-${i}`).join(" ");
    const spec = (texts: string[], subject: string) => ({
      title: "Styckena",
      subject,
      createdOn: "2026-01-01" as CalendarDate,
      blocks: texts.map((text) => ({ kind: "paragraph" as const, text })),
    });
    const first = pdfText(await renderPdfA(spec([words(0)], "en gång")));
    const kept = paragraphsKept();
    // Another document with the same paragraph breaks it from what was kept: the same lines.
    const again = pdfText(await renderPdfA(spec([words(0)], "en gång till")));
    expect(paragraphsKept()).toBe(kept);
    expect(again.trim().split("\n").slice(1)).toEqual(first.trim().split("\n").slice(1));
    const long = "x".repeat(MAX_KEPT_PARAGRAPH_LENGTH + 1);
    await renderPdfA(spec([long], "långt"));
    expect(paragraphsKept()).toBe(kept);
    // The bound itself, on the store the renderer keeps them in.
    const store = new KeptParagraphs();
    for (let n = 0; n < MAX_KEPT_PARAGRAPHS + 10; n++) store.set(`p${n}`, [`Stycke ${n}`]);
    expect(store.size).toBe(MAX_KEPT_PARAGRAPHS);
    expect(store.get("p9")).toBeUndefined();
    expect(store.get("p10")).toEqual(["Stycke 10"]);
  }, 30_000);

  it("finding: free text of 10 000 characters without a space (a summary's bound) took minutes to break into lines — it is cut where each line is full, and every character is in the PDF", async () => {
    const word = "abcdefghij".repeat(1_000);
    const bytes = await renderPdfA({
      title: "Ett långt ord",
      subject: "Prov",
      createdOn: "2026-01-01" as CalendarDate,
      blocks: [{ kind: "paragraph", text: word }],
    });
    const lines = pdfText(bytes)
      .split(/\s+/)
      .filter((line) => /^[a-j]+$/.test(line));
    expect(lines.join("")).toBe(word);
    // Every line but the last is full: cut at the longest part that fits, not shorter.
    const lengths = new Set(lines.slice(0, -1).map((line) => line.length));
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(2);
  });
});
