// Chromium from Debian driven by playwright-core: pages as people use them, axe-core's WCAG 2.1
// A/AA checks, and screenshots for a reviewer to look at (written, not compared).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import { absent, shown } from "./locator-checks";

export const SCREENSHOT_DIR = join(import.meta.dirname, "../../.test-results/screenshots");
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** The local people (packages/local/src/web-people.ts), by their names on the provider's page. */
export const PEOPLE = {
  noraNoK: "Nora Nilsson",
  larsLtu: "Lars Lindqvist",
  karinNoKCoordinator: "Karin Berg",
  veraLtuViewer: "Vera Viklund",
  majaKiruna: "Maja Mäkitalo",
  piaProjectParty: "Pia Pekkari",
  rutRegion: "Rut Rask",
  nilsInNoLetter: "Nils Nyberg",
} as const;

export const workspaceUrl = () => inject("workspaceUrl");
export const letterPath = (sub = "") => `/avtal/${inject("letterId")}${sub ? `/${sub}` : ""}`;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--lang=sv-SE"],
  });
}

/** Script errors seen in any page; each test file asserts there were none. */
export const pageErrors: string[] = [];

/** A fresh page (its own context: no shared session or language), as a person in Sweden has it. */
export async function newPage(browser: Browser, width = 1280): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: "sv-SE",
    timezoneId: "Europe/Stockholm",
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  return page;
}

/**
 * One Chromium for the test file and fresh pages for each test: call at the top of a file, then
 * `page = await openPage()` in a test. After each test its pages are closed and no page may have
 * thrown a script error; after the file, Chromium is closed.
 */
export function pagePerTest(): (width?: number) => Promise<Page> {
  let browser: Browser | undefined;
  const opened: Page[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.context().close();
    expect(pageErrors).toEqual([]);
  });
  return async (width) => {
    if (!browser)
      throw new Error("pagePerTest: Chromium is not launched yet (open pages in tests)");
    const page = await newPage(browser, width);
    opened.push(page);
    return page;
  };
}

/**
 * Signs in as one of the local people as a person does (D-40): the workspace's sign-in page
 * sends the browser to the local OpenID Provider (authorization code + PKCE), the person is
 * chosen there, and the provider sends the browser back to `path`.
 */
export async function signIn(page: Page, name: string, path = "/"): Promise<void> {
  await page.goto(`${workspaceUrl()}/logga-in?till=${encodeURIComponent(path)}`);
  await page.getByRole("button", { name: "Logga in", exact: true }).click();
  await page.getByRole("button", { name: `Logga in som ${name}` }).click();
  await page.waitForURL(
    (url) => url.origin === workspaceUrl() && !url.pathname.startsWith("/logga-in"),
  );
  await page.waitForURL((url) => url.pathname === path || path === "/");
  await shown(page.getByRole("heading", { level: 1 }));
}

/** Waits until the page has loaded what it shows (no request in flight, no "Hämtar …"). */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await absent(page.getByText(/^(Hämtar|Loading) …$/));
}

/** axe-core with the WCAG 2.1 A and AA rules: the page must have no violation at all. */
export async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(found, `axe violations on ${page.url()}`).toEqual([]);
}

/** A full-page screenshot under .test-results/screenshots. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
