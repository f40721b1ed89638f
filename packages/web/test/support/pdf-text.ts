// A printed PDF read back as text with pdf.js (through unpdf), as a person reading the paper
// would: the words, and where each piece stands, so that a label can be read with its numbers.
import { extractText, getDocumentProxy } from "unpdf";

/** One piece of text on a page, at x, y in points from the page's bottom left corner. */
export interface PlacedText {
  readonly page: number;
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

export interface PdfText {
  /** Width and height of the first page, in points. */
  readonly pageSize: readonly [number, number];
  readonly pages: number;
  /** All the words, pages after one another, with any run of white space as one space. */
  readonly words: string;
  readonly placed: readonly PlacedText[];
}

export async function readPdf(pdf: Uint8Array): Promise<PdfText> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const placed: PlacedText[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    for (const item of (await page.getTextContent()).items) {
      if (!("str" in item) || item.str.trim() === "") continue;
      const [, , , , x, y] = item.transform as number[];
      placed.push({ page: number, text: item.str, x: x ?? 0, y: y ?? 0 });
    }
  }
  const first = await document.getPage(1);
  const [, , width, height] = first.view as [number, number, number, number];
  const { text } = await extractText(document, { mergePages: true });
  return {
    pageSize: [Math.round(width), Math.round(height)],
    pages: document.numPages,
    words: text.replace(/\s+/g, " "),
    placed,
  };
}

/**
 * The texts written to the right of the piece that starts with `label`, on its line (a chart's
 * bar: its label, then the numbers on it and after it), left to right.
 */
export function rightOf(pdf: PdfText, label: string, tolerance = 8): string[] {
  const start = pdf.placed.find((piece) => piece.text.startsWith(label));
  if (!start) throw new Error(`no "${label}" in the PDF`);
  return pdf.placed
    .filter((p) => p.page === start.page && p.x > start.x && Math.abs(p.y - start.y) <= tolerance)
    .sort((a, b) => a.x - b.x)
    .map((p) => p.text.trim());
}
