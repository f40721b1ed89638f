import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { letterPath, PEOPLE, pagePerTest, settled, signIn } from "../support/browser";
import { shown } from "../support/locator-checks";
import { apiOfPage } from "../support/page-api";
import { readPdf } from "../support/pdf-text";

// Issue #22 items 1 and 2 in the workspace: the Diarium page lists the organisation's official
// documents and gives each as PDF, and the whole extract as CSV for Excel (D-53, D-54, D-55).

const openPage = pagePerTest();
let page: Page;

async function openRegistry() {
  page = await openPage();
  await signIn(page, PEOPLE.veraLtuViewer, letterPath());
  await page.getByRole("navigation").getByRole("link", { name: "Diarium", exact: true }).click();
  await shown(page.getByRole("heading", { name: "Diarium", level: 1 }));
  await settled(page);
}

/** Clicks a button that downloads a file, and gives the file's bytes and name. */
async function download(name: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name, exact: true }).first().click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path()) as string) };
}

interface Agreement {
  readonly title: string;
  readonly parties: ReadonlyArray<{ signature: { documentSha256: string | null } | null }>;
}

describe("Diarium (issue #22)", () => {
  it("finding: nothing can be registered in a party's diarium — the page lists the letter and its signatures with number, counterpart and a description without secrets", async () => {
    await openRegistry();
    const table = page.getByRole("table", { name: "Diarium" });
    await shown(table);
    const rows = table.getByRole("row");
    await shown(rows.filter({ hasText: "Underskrift av avsiktsförklaringen" }).first());
    const letterRow = rows.filter({ hasText: "Avsiktsförklaring om samverkan, upprättad" });
    await shown(letterRow);
    expect(await letterRow.textContent()).toMatch(/SVK-[0-9A-Z-]+-\d{6}/);
    expect(await letterRow.textContent()).toContain("Norrbottens Kommuner");
  });

  it("R17 the letter downloads as PDF: its words are the letter's, and its SHA-256 is the one the signatures recorded (D-54)", async () => {
    await openRegistry();
    const pdf = await download("Avsiktsförklaringen (PDF)");
    expect(pdf.name).toBe("letter.pdf");
    const get = await apiOfPage(page);
    const agreement = await get<Agreement>(`/v1/agreements/${inject("letterId")}`);
    const text = await readPdf(new Uint8Array(pdf.bytes));
    expect(text.words).toContain(agreement.title);
    const hash = createHash("sha256").update(pdf.bytes).digest("hex");
    for (const party of agreement.parties) expect(party.signature?.documentSha256).toBe(hash);
  });

  it("the whole extract downloads as CSV for Swedish Excel: a byte order mark, semicolons, Swedish headers", async () => {
    await openRegistry();
    const csv = await download("Ladda ner som CSV (för Excel)");
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.bytes.toString("utf8").slice(1).split("\r\n")[0]).toBe(
      "Dokumentnummer;Registreringsdatum;Dokumentdatum;Handlingstyp;Beskrivning;Motpart;Länk",
    );
  });
});
