import type { Page } from "playwright-core";
import { describe, it } from "vitest";
import { letterPath, PEOPLE, pagePerTest, workspaceUrl } from "../support/browser";
import { shown } from "../support/locator-checks";

const openPage = pagePerTest();
let page: Page;

/** Presses Tab until the focused element's accessible text starts with `name`; fails after 60. */
async function tabTo(name: string): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press("Tab");
    const text = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const label = element?.id
        ? document.querySelector(`label[for="${element.id}"]`)?.textContent
        : "";
      return (label || element?.getAttribute("aria-label") || element?.textContent || "").trim();
    });
    if (text.startsWith(name)) return;
  }
  throw new Error(`no focusable element named ${name}`);
}

describe("by keyboard only", () => {
  it("R6 R16 Kiruna's coordinator signs in and registers a need it raised, without a mouse", async () => {
    page = await openPage();
    await page.goto(`${workspaceUrl()}/logga-in?till=${encodeURIComponent(letterPath("behov"))}`);
    await tabTo("Logga in");
    await page.keyboard.press("Enter");
    // The local OpenID Provider's page (D-40): the person is chosen there, by keyboard too.
    await page.waitForURL((url) => url.origin !== workspaceUrl());
    await tabTo(`Logga in som ${PEOPLE.majaKiruna}`);
    await page.keyboard.press("Enter");
    await shown(page.getByRole("heading", { name: "Behov", level: 1 }));

    await tabTo("Registrera ett behov");
    await page.keyboard.press("Enter");
    await shown(page.getByRole("heading", { name: "Registrera ett behov", level: 1 }));
    await tabTo("Vad är behovet?");
    await page.keyboard.type("Distansstudier för fritidspedagoger i Kiruna");
    await tabTo("Digitalisering");
    await page.keyboard.press("Space");
    await tabTo("Registrera behovet");
    await page.keyboard.press("Enter");

    await shown(page.getByText("Behovet är registrerat"));
    await shown(page.getByText("Distansstudier för fritidspedagoger i Kiruna"));
    await shown(page.getByText(/Framfört av Kiruna kommun/));
  });
});
