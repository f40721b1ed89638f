import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Reads a PDF back with poppler-utils (pdftotext, pdfinfo, pdffonts), as a reader's tools do.
const dir = mkdtempSync(join(tmpdir(), "samverkan-pdf-"));
let count = 0;
const fileOf = (bytes: Uint8Array) => {
  const file = join(dir, `document-${++count}.pdf`);
  writeFileSync(file, bytes);
  return file;
};
const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: "utf8" });

/** The PDF's text, lines joined by spaces so that wrapped sentences read whole. */
export const pdfText = (bytes: Uint8Array) =>
  run("pdftotext", "-enc", "UTF-8", fileOf(bytes), "-").replace(/\s+/g, " ");
/** `pdfinfo`'s fields, `-meta` adds the XMP packet after them. */
export const pdfInfo = (bytes: Uint8Array) => run("pdfinfo", fileOf(bytes));
export const pdfMetadata = (bytes: Uint8Array) => run("pdfinfo", "-meta", fileOf(bytes));
export const pdfFonts = (bytes: Uint8Array) => run("pdffonts", fileOf(bytes));
