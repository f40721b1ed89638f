import { stringify } from "csv-stringify/sync";

/**
 * Every CSV the API writes goes through here, so no cell can start a formula in a spreadsheet
 * (OWASP's CSV injection rule): a text cell that begins with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is prefixed with a single quote, which Excel and LibreOffice show as text.
 *
 * Numbers the API computes (counts, amounts, days, which may be negative) are written as numbers:
 * they are not user text and a spreadsheet must still be able to add them up. Only values of type
 * `number` are exempt; text that merely looks like a number ("-1+1", "-5") is prefixed like any
 * other text.
 */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as it may be written: text that could start a formula gets a leading `'`. */
export function neutraliseCell(cell: CsvCell): string | number {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : "";
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * Rows as CSV: semicolons and CRLF, so a spreadsheet set to Swedish keeps the columns apart.
 * Every cell is neutralised first.
 */
export function writeCsv(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(
    rows.map((row) => row.map(neutraliseCell)),
    { delimiter: ";", record_delimiter: "\r\n" },
  );
}
