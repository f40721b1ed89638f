import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  launchChromium,
  letterPath,
  newPage,
  PEOPLE,
  pageErrors,
  screenshot,
  settled,
  signIn,
} from "../support/browser";
import { todayInStockholm } from "../support/dates";
import { shown } from "../support/locator-checks";

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());
afterEach(async () => {
  await page?.context().close();
  expect(pageErrors).toEqual([]);
});

describe("the follow-up report", () => {
  it("R24 R15 opens the year's report with its charts, and downloads it as CSV", async () => {
    const year = todayInStockholm().slice(0, 4);
    page = await newPage(browser);
    await signIn(page, PEOPLE.veraLtuViewer, letterPath());
    await page
      .getByRole("navigation")
      .getByRole("link", { name: "Uppföljning", exact: true })
      .click();
    await shown(page.getByRole("heading", { name: `Uppföljning ${year}`, level: 1 }));
    await settled(page);
    await shown(page.getByRole("table", { name: /R10 Ledningsdialog två gånger per år/ }));
    await shown(page.getByRole("table", { name: /Behov per fokusområde/ }));
    await screenshot(page, "follow-up-report-1280");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Ladda ner som CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`uppfoljning-ltu-nok-${year}.csv`);
    const csv = readFileSync((await download.path()) as string, "utf8");
    expect(csv).toContain("(R10)");
  });
});
