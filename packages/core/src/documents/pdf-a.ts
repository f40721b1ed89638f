import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { CalendarDate } from "@samverkan/domain";
import type { PDFFont, PDFPage } from "pdf-lib";
import { BoundedMap } from "../bounded-map";

/** A block of a document: a heading, or a paragraph (wrapped to the page's width). */
export type DocumentBlock =
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string };

/** What a PDF/A document says: everything its bytes are made from, and nothing else (D-53). */
export interface DocumentSpec {
  readonly title: string;
  /** Short, for the XMP description and the Info dictionary's Subject. */
  readonly subject: string;
  /** The document's own date: its creation and modification dates, so the bytes never drift. */
  readonly createdOn: CalendarDate;
  readonly blocks: readonly DocumentBlock[];
}

// The assets are vendored beside this module with their licences (assets/LICENSE-*.txt): DejaVu
// Sans (Bitstream Vera licence) and the sRGB profile of Debian's icc-profiles-free (zlib). They
// are read on first use only, so a bundle that renders no PDF never reads them. A Lambda bundle
// has no folder beside this module: it copies them and names the folder in
// SAMVERKAN_DOCUMENT_ASSETS (infra/api.ts).
let assets: { regular: Uint8Array; bold: Uint8Array; srgb: Uint8Array } | undefined;
const assetsOf = () => {
  const folder = process.env.SAMVERKAN_DOCUMENT_ASSETS;
  const file = (name: string) =>
    readFileSync(folder ? `${folder}/${name}` : new URL(`./assets/${name}`, import.meta.url));
  assets ??= {
    regular: file("DejaVuSans.ttf"),
    bold: file("DejaVuSans-Bold.ttf"),
    srgb: file("sRGB.icc"),
  };
  return assets;
};

const PAGE = { width: 595.28, height: 841.89 } as const; // A4
const MARGIN = 56;
const TEXT_SIZE = 10.5;
const HEADING_SIZE = 13;
const TITLE_SIZE = 16;
const PRODUCER = "Samverkan (pdf-lib 1.17.1)";

/** C0 and C1 control characters (a newline included: the callers keep it where it means one). */
const isControl = (c: string) => {
  const code = c.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
};
/** A lone surrogate or a non-character, which no font can draw. */
const isUnpaired = (c: string) => {
  const code = c.codePointAt(0) ?? 0;
  return (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff;
};

/** Escapes text for XML (the XMP packet). */
const xml = (text: string) =>
  [...text]
    .map((c) => (/[<>&"']/.test(c) ? `&#${c.charCodeAt(0)};` : isControl(c) ? " " : c))
    .join("");

/** The XMP packet PDF/A-2b asks for: pdfaid part 2, conformance B, and the Info's values. */
function xmpOf(spec: DocumentSpec, isoDate: string, documentId: string): string {
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(spec.title)}</rdf:li></rdf:Alt></dc:title>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(spec.subject)}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>sv</rdf:li></rdf:Bag></dc:language>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreateDate>${isoDate}</xmp:CreateDate>
<xmp:ModifyDate>${isoDate}</xmp:ModifyDate>
<xmp:MetadataDate>${isoDate}</xmp:MetadataDate>
<xmp:CreatorTool>Samverkan</xmp:CreatorTool>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>${xml(PRODUCER)}</pdf:Producer>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
<xmpMM:DocumentID>uuid:${documentId}</xmpMM:DocumentID>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** Splits text into lines that fit `width` at `size`; a word longer than a line is broken. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  return text.split("\n").flatMap((paragraph) => wrapParagraph(paragraph, font, size, width));
}

// Measuring runs fontkit's whole shaping for every candidate line, and a letter's clauses are the
// same text in every letter of a template: paragraphs already broken into lines are kept, so the
// daily run or a registry of many letters renders each clause once. Exact: the same font, size
// and width give the same lines. Bounded: paragraphs of at most 2 000 characters, 2 000 of them
// (≤ 8 MB); the oldest leave first.
export const MAX_KEPT_PARAGRAPHS = 2_000;
export const MAX_KEPT_PARAGRAPH_LENGTH = 2_000;

/** Paragraphs broken into lines, at most `max` of them; the oldest leave first. */
export class KeptParagraphs extends BoundedMap<string, string[]> {
  constructor(max = MAX_KEPT_PARAGRAPHS) {
    super(max);
  }
}

const keptLines = new KeptParagraphs();
/** How many broken paragraphs the process keeps (for the test of the bound). */
export const paragraphsKept = () => keptLines.size;

/** How many characters from the start of `text` fit in `width` (at least one). */
function fittingPrefix(text: string, font: PDFFont, size: number, width: number): number {
  const fits = (n: number) => font.widthOfTextAtSize(text.slice(0, n), size) <= width;
  // A line holds a few hundred characters at most: look there first, not along the whole text.
  let high = Math.min(text.length, 1_024);
  if (fits(high)) {
    if (high === text.length) return high;
    high = text.length;
    if (fits(high)) return high;
  }
  let low = 1;
  high -= 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

function wrapParagraph(paragraph: string, font: PDFFont, size: number, width: number): string[] {
  const keep = paragraph.length <= MAX_KEPT_PARAGRAPH_LENGTH;
  const key = `${font.name}|${size}|${width}|${paragraph}`;
  const kept = keep ? keptLines.get(key) : undefined;
  if (kept) return kept;
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    // A word wider than the line (a long address, or free text without spaces, up to 10 000
    // characters) is cut where the longest part that fits ends, found by halving: measuring one
    // character less each time made such a word take minutes.
    let rest = word;
    for (let cut = fittingPrefix(rest, font, size, width); cut < rest.length; ) {
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
      cut = fittingPrefix(rest, font, size, width);
    }
    line = rest;
  }
  lines.push(line);
  if (keep) keptLines.set(key, lines);
  return lines;
}

// Characters DejaVu Sans cannot draw (controls, lone surrogates) would stop pdf-lib; free text is
// the parties' own, so such characters become a space rather than a failed document.
const drawable = (text: string) =>
  [...text].map((c) => (c !== "\n" && (isControl(c) || isUnpaired(c)) ? " " : c)).join("");

/**
 * Renders a document as PDF/A-2b: fonts embedded (subsets of DejaVu Sans), XMP metadata with
 * pdfaid part 2 conformance B, an sRGB output intent with its ICC profile, and no
 * transparency. Deterministic (D-53): the dates are the document's own, the file identifier and
 * the XMP DocumentID are derived from the content, so the same spec gives the same bytes.
 */
export async function renderPdfA(spec: DocumentSpec): Promise<Uint8Array> {
  const contentHash = createHash("sha256")
    .update(JSON.stringify([spec.title, spec.subject, spec.createdOn, spec.blocks]))
    .digest("hex");
  const kept = recentlyRendered.get(contentHash);
  if (kept) return kept.slice();
  const bytes = await render(spec, contentHash);
  recentlyRendered.set(contentHash, bytes);
  return bytes.slice();
}

/**
 * How many rendered documents a process keeps, by the hash of their content. Rendering embeds
 * font subsets (a few hundred milliseconds); a signature and the GET that follows it render the
 * same content, so they share one rendering. The bytes are the same either way (D-53). Bound:
 * 32 documents of some 40–200 KB each.
 */
export const RENDERED_KEPT = 32;
const recentlyRendered = new BoundedMap<string, Uint8Array>(RENDERED_KEPT);
/** How many renderings are kept now (for the test of the bound). */
export const renderingsKept = () => recentlyRendered.size;

async function render(spec: DocumentSpec, contentHash: string): Promise<Uint8Array> {
  // Loaded on the first document only: pdf-lib and fontkit stay out of the API's cold start.
  const { PDFDocument, PDFHexString, PDFName, PDFString, rgb } = await import("pdf-lib");
  const fontkit = (await import("@pdf-lib/fontkit")).default;
  const { regular, bold, srgb } = assetsOf();
  const documentId = [
    contentHash.slice(0, 8),
    contentHash.slice(8, 12),
    contentHash.slice(12, 16),
    contentHash.slice(16, 20),
    contentHash.slice(20, 32),
  ].join("-");
  const date = new Date(`${spec.createdOn}T00:00:00Z`);
  const isoDate = `${spec.createdOn}T00:00:00Z`;

  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  // A fixed subset tag instead of pdf-lib's random one, so the bytes do not change run to run.
  const font = await pdf.embedFont(regular, { subset: true, customName: "SVKAAA+DejaVuSans" });
  const boldFont = await pdf.embedFont(bold, {
    subset: true,
    customName: "SVKAAB+DejaVuSans-Bold",
  });

  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - MARGIN;
  const width = PAGE.width - 2 * MARGIN;
  const black = rgb(0, 0, 0);
  const draw = (text: string, f: PDFFont, size: number, gapAfter: number) => {
    for (const line of wrap(drawable(text), f, size, width)) {
      if (y - size < MARGIN) {
        page = pdf.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - MARGIN;
      }
      y -= size * 1.35;
      if (line) page.drawText(line, { x: MARGIN, y, size, font: f, color: black });
    }
    y -= gapAfter;
  };
  draw(spec.title, boldFont, TITLE_SIZE, 10);
  for (const block of spec.blocks) {
    if (block.kind === "heading") {
      y -= 6;
      draw(block.text, boldFont, HEADING_SIZE, 4);
    } else draw(block.text, font, TEXT_SIZE, 6);
  }
  // Page numbers, so a printed copy shows that none is missing.
  const pages = pdf.getPages();
  pages.forEach((p, index) => {
    const label = `Sida ${index + 1} av ${pages.length}`;
    p.drawText(label, {
      x: PAGE.width - MARGIN - font.widthOfTextAtSize(label, 8),
      y: MARGIN / 2,
      size: 8,
      font,
      color: black,
    });
  });

  pdf.setTitle(spec.title, { showInWindowTitleBar: true });
  pdf.setSubject(spec.subject);
  pdf.setProducer(PRODUCER);
  pdf.setCreator("Samverkan");
  pdf.setLanguage("sv-SE");
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);

  const context = pdf.context;
  const metadata = context.stream(xmpOf(spec, isoDate, documentId), {
    Type: "Metadata",
    Subtype: "XML",
  });
  pdf.catalog.set(PDFName.of("Metadata"), context.register(metadata));
  const profile = context.flateStream(srgb, { N: 3 });
  const intent = context.obj({
    Type: "OutputIntent",
    S: "GTS_PDFA1",
    OutputConditionIdentifier: PDFString.of("sRGB IEC61966-2.1"),
    Info: PDFString.of("sRGB IEC61966-2.1"),
    DestOutputProfile: context.register(profile),
  });
  pdf.catalog.set(PDFName.of("OutputIntents"), context.obj([intent]));
  const id = PDFHexString.of(contentHash.slice(0, 32));
  context.trailerInfo.ID = context.obj([id, id]);
  return pdf.save({ useObjectStreams: false });
}

/** The SHA-256 of a document's bytes, as lower-case hex: what a signature records (D-54). */
export const sha256Of = (bytes: Uint8Array): string =>
  createHash("sha256").update(bytes).digest("hex");
