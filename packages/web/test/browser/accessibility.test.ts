import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  expectAccessible,
  launchChromium,
  newPage,
  PEOPLE,
  pageErrors,
  SCREENSHOT_DIR,
  screenshot,
  settled,
  signIn,
  workspaceUrl,
} from "../support/browser";
import { apiAs } from "../support/page-ids";

// Every page of web.md, at 1280 and 390 px: axe-core's WCAG 2.1 A and AA rules find nothing,
// and a screenshot of each is written for a reviewer (not compared).

const WIDTHS = [1280, 390] as const;
const pages: Record<(typeof WIDTHS)[number], Page> = {} as never;
const results: Record<string, number> = {};
let browser: Browser;
let ids = { dialog: "", activity: "" };

beforeAll(async () => {
  browser = await launchChromium();
  const get = await apiAs("nora");
  const letter = `/v1/agreements/${inject("letterId")}`;
  const dialogs = await get<{ items: Array<{ id: string; record: unknown }> }>(`${letter}/dialogs`);
  const activities = await get<{ items: Array<{ id: string; title: string }> }>(
    `${letter}/activities`,
  );
  ids = {
    dialog: dialogs.items.find((d) => d.record)?.id ?? "",
    activity: activities.items.find((a) => a.title.startsWith("Uppdragsutbildning"))?.id ?? "",
  };
  for (const width of WIDTHS) {
    pages[width] = await newPage(browser, width);
    await signIn(pages[width], PEOPLE.noraNoK);
  }
});
afterAll(async () => {
  writeFileSync(join(SCREENSHOT_DIR, "axe-summary.json"), `${JSON.stringify(results, null, 2)}\n`);
  await browser.close();
});

const letter = (sub = "") => `/avtal/${inject("letterId")}${sub ? `/${sub}` : ""}`;

/** Opens `path` at both widths; `before` may act on the page first (an error summary, say). */
async function check(name: string, path: () => string, before?: (page: Page) => Promise<void>) {
  for (const width of WIDTHS) {
    const page = pages[width];
    await page.goto(`${workspaceUrl()}${path()}`);
    await settled(page);
    if (before) await before(page);
    results[`${name}-${width}`] = -1;
    await expectAccessible(page);
    results[`${name}-${width}`] = 0;
    await screenshot(page, `${name}-${width}`);
  }
  expect(pageErrors).toEqual([]);
}

describe("every page meets WCAG 2.1 AA (axe: 0 violations) at 1280 and 390 px", () => {
  it("agreements list", () => check("agreements", () => "/"));
  it("overview: status, deadlines, timeline (R21)", () => check("overview", () => letter()));
  it("the letter clause by clause with rule statuses", () =>
    check("letter", () => letter("avsiktsforklaringen")));
  it("leadership dialogs (R10)", () => check("dialogs", () => letter("dialoger")));
  it("schedule a dialog, with its error summary (R10)", () =>
    check(
      "schedule-dialog-errors",
      () => letter("dialoger/ny"),
      async (page) => {
        await page.getByRole("button", { name: "Planera ledningsdialogen" }).click();
        await page.getByRole("alert").waitFor();
      },
    ));
  it("a held dialog: basis and record (R11, R12)", () =>
    check("dialog", () => letter(`dialoger/${ids.dialog}`)));
  it("record a dialog (R11, R13)", () =>
    check("record-dialog", () => letter(`dialoger/${ids.dialog}/dokumentera`)));
  it("collaboration group (R9)", () =>
    check("collaboration-group", () => letter("samverkansgrupp")));
  it("needs with the municipality × focus area picture (R6)", () =>
    check("needs", () => letter("behov")));
  it("register a need (R6)", () => check("register-need", () => letter("behov/nytt")));
  it("activities (R14)", () => check("activities", () => letter("aktiviteter")));
  it("define an activity (R5, R8)", () => check("define-activity", () => letter("aktiviteter/ny")));
  it("an activity and its special agreement (R14)", () =>
    check("activity", () => letter(`aktiviteter/${ids.activity}`)));
  it("revise a special agreement (R14)", () =>
    check("revise-special-agreement", () => letter(`aktiviteter/${ids.activity}/andra`)));
  it("funding applications (R7)", () => check("funding", () => letter("finansiering")));
  it("plan a funding application (R7)", () =>
    check("plan-funding", () => letter("finansiering/ny")));
  it("structure reviews (R15)", () =>
    check("structure-reviews", () => letter("strukturuppfoljning")));
  it("audit trail", () => check("audit-trail", () => letter("handelser")));
  it("notifications (R22)", () => check("notifications", () => letter("aviseringar")));
  it("calendar feed link", () =>
    check(
      "calendar",
      () => letter("kalender"),
      async (page) => {
        await page.getByRole("button", { name: "Skapa en kalenderlänk" }).click();
        await page.getByLabel("Kalenderlänk").waitFor();
      },
    ));
  it("contacts, with the form's error summary (R23)", () =>
    check(
      "contacts-errors",
      () => letter("kontakter"),
      async (page) => {
        await page.getByRole("button", { name: "Lägg till en person" }).click();
        await page.getByRole("button", { name: "Spara kontakterna" }).click();
        await page.getByRole("alert").waitFor();
      },
    ));
  it("follow-up report with its charts (R24)", () =>
    check("follow-up", () => letter("uppfoljning")));
  it("give notice (R18)", () => check("notice", () => letter("uppsagning")));
  it("a page that does not exist", () => check("not-found", () => "/finns-inte"));
  it("sign-in", async () => {
    for (const width of WIDTHS) {
      const page = await newPage(browser, width);
      await page.goto(`${workspaceUrl()}/logga-in`);
      await settled(page);
      await expectAccessible(page);
      results[`sign-in-${width}`] = 0;
      await screenshot(page, `sign-in-${width}`);
      await page.context().close();
    }
  });
});
