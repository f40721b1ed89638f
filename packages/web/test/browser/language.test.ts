import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  expectAccessible,
  letterPath,
  PEOPLE,
  pagePerTest,
  screenshot,
  settled,
  signIn,
} from "../support/browser";
import { hasText, shown } from "../support/locator-checks";

const openPage = pagePerTest();
let page: Page;

describe("language", () => {
  it("R17 Swedish by default; the switch to English is remembered after a reload, dates included", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.larsLtu, letterPath());
    await settled(page);
    expect(await page.locator("html").getAttribute("lang")).toBe("sv");
    await hasText(page.getByTestId("status-sentence"), "I kraft sedan 1 oktober 2025");

    await page.getByRole("button", { name: /^English/ }).click();
    await hasText(page.getByTestId("status-sentence"), "In force since 1 October 2025");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.reload();
    await settled(page);
    await hasText(page.getByTestId("status-sentence"), "In force since 1 October 2025");
    await shown(page.getByRole("heading", { name: "What is due" }));
    await expectAccessible(page);
    await screenshot(page, "overview-en-1280");

    await page.getByRole("button", { name: /^Svenska/ }).click();
    await hasText(page.getByTestId("status-sentence"), "I kraft sedan 1 oktober 2025");
  });
});
