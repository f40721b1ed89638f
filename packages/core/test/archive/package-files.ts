// Test helpers: a ZIP stream read to its end and unpacked in memory (fflate), and a small real
// PDF made with pdf-lib.
import { unzipSync } from "fflate";
import { PDFDocument, StandardFonts } from "pdf-lib";

export async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return new Uint8Array(Buffer.concat(chunks));
}

export const unzip = (zip: Uint8Array) => new Map(Object.entries(unzipSync(zip)));

export async function smallPdf(title: string, lines: readonly string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage();
  for (const [index, line] of [title, ...lines].entries())
    page.drawText(line, { x: 50, y: 780 - index * 20, size: 12, font });
  return pdf.save({ useObjectStreams: false });
}
