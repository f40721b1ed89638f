import { readFileSync } from "node:fs";
import type { FollowUpReport } from "@samverkan/domain";
import type { Locator, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import {
  expectAccessible,
  letterPath,
  PEOPLE,
  pagePerTest,
  screenshot,
  settled,
  signIn,
} from "../support/browser";
import { todayInStockholm } from "../support/dates";
import { absent, shown } from "../support/locator-checks";
import { apiOfPage } from "../support/page-api";
import { readPdf, rightOf } from "../support/pdf-text";

// The report page (R24) against the API's own report of the year, read with the page's token:
// every chart is checked for the numbers it draws and for its text alternative, and the printed
// PDF for the letter, the year, its maker and its figures.

const openPage = pagePerTest();
let page: Page;

const year = todayInStockholm().slice(0, 4);

/** The Swedish words of the report's outcomes, as the charts write them. */
const OUTCOME_WORDS: Record<string, string> = {
  "on-time": "i tid",
  late: "sent",
  "recorded-late": "registrerat i efterhand",
  missed: "missat",
  open: "öppet",
  "not-due": "behövdes inte",
};
const HALF_YEARS: Record<string, string> = { H1: "Första halvåret", H2: "Andra halvåret" };
const halfYear = (label: string) => `${HALF_YEARS[label.slice(5)]} ${label.slice(0, 4)}`;

interface Agreement {
  readonly title: string;
  readonly parties: ReadonlyArray<{ name: string; orgNumber: string }>;
  readonly memberOrganisations: ReadonlyArray<{ name: string; orgNumber: string }>;
}

/** Opens this year's report as Vera (LTU, viewer); the API's report and letter with her token. */
async function openReport() {
  page = await openPage();
  await signIn(page, PEOPLE.veraLtuViewer, letterPath());
  await page
    .getByRole("navigation")
    .getByRole("link", { name: "Uppföljning", exact: true })
    .click();
  await shown(page.getByRole("heading", { name: `Uppföljning ${year}`, level: 1 }));
  await settled(page);
  const get = await apiOfPage(page);
  const letter = `/v1/agreements/${inject("letterId")}`;
  const report = await get<FollowUpReport>(`${letter}/reports/follow-up?year=${year}`);
  const agreement = await get<Agreement>(letter);
  return { report, agreement };
}

/** A chart by its caption: the figure, its picture's name and its drawn SVG. */
async function chart(caption: RegExp) {
  const figure = page.getByRole("figure", { name: caption });
  await shown(figure);
  const picture = figure.getByRole("img");
  await shown(picture.locator("svg").first());
  return { figure, picture, svg: picture.locator("svg.plot") };
}

/** The texts a mark of the chart writes (Plot names each mark's group: "bar", "cell", "text"). */
const written = (svg: Locator) => svg.locator('g[aria-label="text"] text').allTextContents();

/** The chart's table, opened as a person would, as rows of cell texts (headings first). */
async function figuresOf(figure: Locator): Promise<string[][]> {
  const details = figure.locator("details");
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await figure.getByText("Visa diagrammets siffror som tabell").click();
  const table = figure.getByRole("table");
  await shown(table);
  const rows = await table.getByRole("row").all();
  return Promise.all(rows.map((row) => row.locator("th, td").allTextContents()));
}

/** Every chart has a name, a description with its figures, and its numbers in a table. */
async function expectTextAlternative(picture: Locator, summary: RegExp) {
  expect(await picture.getAttribute("aria-label")).toMatch(summary);
  // The library's drawing (an SVG, or a figure with its legend) is the picture's only child.
  expect(await picture.locator(":scope > *").getAttribute("aria-hidden")).toBe("true");
}

describe("the follow-up report", () => {
  it("R24 R15 opens the year's report, the basis of the structure review, and downloads it as CSV", async () => {
    await openReport();
    await shown(page.getByText(/^Rapporten togs fram .* av Vera Viklund\.$/));
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Ladda ner som CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`uppfoljning-${inject("letterId")}-${year}.csv`);
    // Opened as text, as a spreadsheet would: the byte order mark first, then Swedish headers
    // and words (#16.6).
    const bytes = readFileSync((await download.path()) as string);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines.slice(0, 2)).toEqual([
      "Ledningsdialoger per halvår (R10)",
      "Halvår;Från;Till;Ska hållas;Utfall;Hölls;Registrerad i efterhand",
    ]);
    expect(lines).toContain("Från behov till avslutad aktivitet");
    expect(lines.some((line) => line.startsWith("Kiruna;Kommun;"))).toBe(true);
    for (const code of ["on-time", "health-and-care", "212000-"])
      expect(bytes.toString("utf8")).not.toContain(code);
  });

  it("R24 R10 draws the dialogs due and held per half-year, with their outcomes", async () => {
    const { report } = await openReport();
    const { periods, totals } = report.dialogs;
    expect(periods.length).toBeGreaterThan(0);
    const { figure, picture, svg } = await chart(/^Planerade och genomförda ledningsdialoger/);
    await expect
      .poll(() => svg.locator('g[aria-label="bar"] rect').count())
      .toBe(periods.length * 2);
    const texts = await written(svg);
    for (const p of periods) {
      const held = p.held.length + (p.heldLate ? 1 : 0);
      expect(texts).toContain(`${held} (${OUTCOME_WORDS[p.outcome]})`);
    }
    expect(await svg.textContent()).toContain(halfYear(periods[0]?.period ?? ""));
    await expectTextAlternative(
      picture,
      new RegExp(`skulle ${totals.due.count} dialoger hållas: ${totals.onTime.count} i tid`),
    );
    const rows = await figuresOf(figure);
    expect(rows.slice(1)).toEqual(
      periods.map((p) => [
        halfYear(p.period),
        String(p.due),
        String(p.held.length + (p.heldLate ? 1 : 0)),
        OUTCOME_WORDS[p.outcome]?.replace(/^./, (c) => c.toUpperCase()),
      ]),
    );
  });

  it("R24 R21 draws the obligations met per rule: on time, late, missed, open, lapsed", async () => {
    const { report } = await openReport();
    const rules = Object.values(report.obligations).sort(
      (a, b) => Number(a.rule.slice(1)) - Number(b.rule.slice(1)),
    );
    const outcomes = ["onTime", "late", "missed", "open", "lapsed", "recordedLate"] as const;
    const parts = rules.flatMap((r) => outcomes.filter((o) => r[o].count > 0));
    const { figure, picture, svg } = await chart(/^Åtaganden per regel/);
    await expect.poll(() => svg.locator('g[aria-label="bar"] rect').count()).toBe(parts.length);
    const texts = await written(svg);
    for (const r of rules.filter((r) => r.due.count > 0))
      expect(texts).toContain(`${r.due.count} att göra`);
    const busiest = rules.reduce((a, b) => (b.due.count > a.due.count ? b : a));
    await expectTextAlternative(
      picture,
      new RegExp(
        `${busiest.rule}: ${busiest.due.count} att göra, ${busiest.onTime.count} i tid, ${busiest.late.count} sent, ${busiest.missed.count} missat`,
      ),
    );
    const rows = await figuresOf(figure);
    expect(rows.map((row) => row[0]?.split(" ")[0])).toEqual([
      "Regel",
      ...rules.map((r) => r.rule),
    ]);
    expect(rows.slice(1).map((row) => row.slice(1))).toEqual(
      rules.map((r) => [r.due, ...outcomes.map((o) => r[o])].map((n) => String(n.count))),
    );
  });

  it("R24 R6 draws the needs as a heat map: municipalities, then parties, then dialogs × focus areas", async () => {
    const { report, agreement } = await openReport();
    const { bySource, focusAreas, raised } = report.needs;
    expect(bySource.map((s) => s.kind)).toEqual(expect.arrayContaining(["municipality", "party"]));
    // The seed raises needs in Kiruna, Piteå and Luleå: one row each.
    expect(bySource.filter((s) => s.kind === "municipality")).toHaveLength(3);
    const names = new Map(
      [...agreement.memberOrganisations, ...agreement.parties].map((o) => [o.orgNumber, o.name]),
    );
    const byName = new Intl.Collator("sv").compare;
    const ordered = (kind: string) =>
      bySource
        .filter((s) => s.kind === kind)
        .map((s) => ({ ...s, name: kind === "dialog" ? "Ledningsdialoger" : names.get(s.source) }))
        .sort((a, b) => byName(a.name ?? "", b.name ?? ""));
    const rows = [...ordered("municipality"), ...ordered("party"), ...ordered("dialog")];

    const { figure, picture, svg } = await chart(
      new RegExp(`fokusområde \\(${raised.count} behov\\)`),
    );
    await expect
      .poll(() => svg.locator('g[aria-label="cell"] rect').count())
      .toBe(bySource.length * focusAreas.length);
    expect(await written(svg)).toEqual(
      rows.flatMap((row) => focusAreas.map((area) => String(row.byFocusArea[area]?.count ?? 0))),
    );
    const yLabels = await svg.locator('g[aria-label="y-axis tick label"] text').allTextContents();
    expect(yLabels).toEqual(rows.map((row) => row.name));
    await expectTextAlternative(picture, new RegExp(`Värmekarta: ${raised.count} behov`));
    const table = await figuresOf(figure);
    expect(table.slice(1)).toEqual(
      rows.map((row) => [
        row.name,
        ...focusAreas.map((area) => String(row.byFocusArea[area]?.count ?? 0)),
        String(row.total.count),
      ]),
    );
  });

  it("R24 R14 draws the funnel from needs to completed activities", async () => {
    const { report } = await openReport();
    const { funnel } = report.activities;
    const { figure, picture, svg } = await chart(/^Årets behov från registrering/);
    await expect.poll(() => svg.locator('g[aria-label="bar"] rect').count()).toBe(funnel.length);
    expect(await written(svg)).toEqual(funnel.map((step) => String(step.count)));
    // A funnel never widens: each step is part of the one before.
    const widths = await svg
      .locator('g[aria-label="bar"] rect')
      .evaluateAll((rects) => rects.map((rect) => Number(rect.getAttribute("width"))));
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    await expectTextAlternative(
      picture,
      new RegExp(
        `Behov registrerade ${funnel[0]?.count}, .* Aktiviteten avslutad ${funnel.at(-1)?.count}`,
      ),
    );
    const rows = await figuresOf(figure);
    expect(rows.slice(1).map((row) => row[1])).toEqual(funnel.map((step) => String(step.count)));
  });

  it("R24 R15 prints a clean A4 report: the letter, the year, who made it and its figures", async () => {
    const { report, agreement } = await openReport();
    await chart(/^Åtaganden per regel/);
    await screenshot(page, "follow-up-report-1280");

    await page.emulateMedia({ media: "print" });
    const figure = page.getByRole("figure").first();
    expect(await figure.evaluate((f) => getComputedStyle(f).breakInside)).toBe("avoid");
    const pdf = await readPdf(await page.pdf({ format: "A4" }));
    const millimetres = pdf.pageSize.map((points) => Math.round((points / 72) * 25.4));
    expect(millimetres).toEqual([210, 297]);

    expect(pdf.words).toContain(agreement.title);
    expect(pdf.words).toContain(`Uppföljning ${year}`);
    expect(pdf.words).toMatch(
      /Rapporten togs fram \d+ \p{L}+ \d{4} kl\. \d\d:\d\d av Vera Viklund\./u,
    );
    expect(pdf.words).toContain(`(${report.needs.raised.count} behov)`);
    // The printed report starts with its summary, before the first chart (#16.6).
    const summary = pdf.words.indexOf("Sammanfattning");
    expect(summary).toBeGreaterThan(-1);
    expect(summary).toBeLessThan(pdf.words.indexOf("Planerade och genomförda ledningsdialoger"));
    expect(pdf.words).toContain(`Behov: ${report.needs.raised.count} nya behov registrerades.`);
    // Each rule's bar as printed: its parts' numbers, each with its outcome in words where the
    // part is wide enough (colour is not the only cue, #16.2), then how many were due.
    const words = {
      onTime: "i tid",
      late: "sent",
      missed: "missat",
      open: "öppet",
      lapsed: "behövdes inte längre",
      recordedLate: "registrerat i efterhand",
    } as const;
    for (const rule of Object.values(report.obligations).filter((r) => r.due.count > 0)) {
      const parts = (Object.keys(words) as (keyof typeof words)[])
        .map((o) => ({ count: rule[o].count, word: words[o] }))
        .filter(({ count }) => count > 0);
      const printed = rightOf(pdf, `${rule.rule} `);
      expect(printed).toHaveLength(parts.length + 1);
      for (const [i, { count, word }] of parts.entries())
        expect([String(count), `${count} ${word}`]).toContain(printed[i]);
      expect(printed.at(-1)).toBe(`${rule.due.count} att göra`);
    }
    const [raised] = report.activities.funnel;
    expect(rightOf(pdf, "Behov registrerade")).toEqual([String(raised?.count)]);
    // Navigation, buttons and forms, and the tables behind the charts, stay off the paper.
    const offPaper = [
      "Logga ut",
      "Ladda ner som CSV",
      "Händelselogg",
      "Visa diagrammets",
      "Dokumentera strukturuppföljningen",
    ];
    for (const absent of offPaper) expect(pdf.words).not.toContain(absent);
  });
});

describe("the structure review held on the report", () => {
  it("R15 R24 R16 a viewer sees who may record the year's structure review, in place of the form", async () => {
    await openReport();
    await shown(page.getByRole("heading", { name: `Strukturuppföljning ${year}` }));
    await shown(page.getByText(/^Endast samordnare för .* kan göra detta\.$/));
    await absent(
      page.getByRole("button", { name: `Dokumentera strukturuppföljningen för ${year}` }),
    );
  });

  it("R15 R24 a coordinator records the year's structure review on the report, and the review links to that report", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.noraNoK, letterPath("uppfoljning"));
    await settled(page);
    const get = await apiOfPage(page);
    const letter = `/v1/agreements/${inject("letterId")}`;
    const reportOf = () => get<FollowUpReport>(`${letter}/reports/follow-up?year=${year}`);
    const before = await reportOf();
    expect(before.obligations.R15.due.count).toBeGreaterThan(0);
    expect(before.obligations.R15.onTime.count).toBe(0);

    await page
      .getByLabel("Vad uppföljningen kom fram till")
      .fill("Strukturen fungerar. Samverkansgruppen ska träffas oftare inför dialogerna.");
    await page
      .getByRole("button", { name: `Dokumentera strukturuppföljningen för ${year}` })
      .click();
    await shown(page.getByText(`Strukturuppföljningen för ${year} är dokumenterad`));

    // The letter keeps the review with the day of the report it was held on (D-29) …
    const { structureReviews } = await get<{
      structureReviews: ReadonlyArray<{ year: number; reportAsOf: string | null }>;
    }>(letter);
    const review = structureReviews.find((r) => r.year === Number(year));
    expect(review?.reportAsOf).toBe(before.asOf);
    // … and the report, drawn again, counts R15 met on time.
    const after = await reportOf();
    expect(after.obligations.R15.onTime.count).toBe(1);
    const { figure } = await chart(/^Åtaganden per regel/);
    await expect
      .poll(async () => (await figuresOf(figure)).find((row) => row[0]?.startsWith("R15 ")))
      .toEqual([
        expect.stringMatching(/^R15 /),
        ...(["due", "onTime", "late", "missed", "open", "lapsed", "recordedLate"] as const).map(
          (o) => String(after.obligations.R15[o].count),
        ),
      ]);

    // The structure reviews page links each review to its report, as it stood that day.
    await page
      .getByRole("navigation")
      .getByRole("link", { name: "Strukturuppföljning", exact: true })
      .click();
    const link = page.getByRole("link", { name: /^Byggde på rapporten som den såg ut / });
    await shown(link);
    await expectAccessible(page);
    expect(await link.getAttribute("href")).toBe(
      `${letterPath("uppfoljning")}?ar=${year}&per=${before.asOf}`,
    );
    await link.click();
    await shown(page.getByRole("heading", { name: `Uppföljning ${year}`, level: 1 }));
    await shown(page.getByText(/^Rapporten som den såg ut .*: bara det som var registrerat/));
    await shown(page.getByText(`Strukturuppföljningen för ${year} gjordes`, { exact: false }));
    await settled(page);
    await expectAccessible(page);
  });
});
