import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, PEOPLE, pagePerTest, settled, signIn } from "../support/browser";
import { absent, shown } from "../support/locator-checks";

// Issue #20 / D-61: the workspace named focus areas from its own message catalogue, so a letter
// drafted from another template showed its areas as raw slugs or with the wrong names. The names
// now come from the letter's own template, through the API's letter view.

const EXAMPLE = "/avtal/ltu-region-norrbotten";
const EXAMPLE_AREAS = [
  "Regional utveckling",
  "Folkhälsa",
  "Kompetensförsörjning",
  "Transporter och infrastruktur",
];

const openPage = pagePerTest();
let page: Page;

describe("focus-area names from the letter's template (D-61)", () => {
  it("finding: the example letter's focus areas show as raw slugs — R4 its needs form lists its own four areas by their Swedish names", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.larsLtu, `${EXAMPLE}/behov/nytt`);
    await settled(page);
    const group = page.getByRole("group", { name: "Fokusområden" });
    await shown(group);
    const labels = await group.locator("label").allTextContents();
    expect(labels.map((label) => label.trim())).toEqual(EXAMPLE_AREAS);
    // Not LTU–NoK's areas, and no slug.
    await absent(group.getByLabel("Digitalisering"));
    await absent(group.getByText("regional-development"));
    await expectAccessible(page);
  });

  it("R4 R6 the needs register names the example letter's areas in its filter and picture, in English too", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.larsLtu, `${EXAMPLE}/behov`);
    await settled(page);
    const filter = page.getByLabel("Fokusområde", { exact: true });
    await shown(filter);
    const options = (await filter.locator("option").allTextContents()).map((o) => o.trim());
    expect(options.slice(1)).toEqual(EXAMPLE_AREAS);
    // The picture's columns: the same four names.
    for (const area of EXAMPLE_AREAS) await shown(page.getByRole("columnheader", { name: area }));
    await page.getByRole("button", { name: /^English/ }).click();
    await settled(page);
    await shown(page.getByLabel("Focus area", { exact: true }));
    await shown(page.getByRole("columnheader", { name: "Public health" }));
    const english = (
      await page.getByLabel("Focus area", { exact: true }).locator("option").allTextContents()
    ).map((o) => o.trim());
    expect(english.slice(1)).toEqual([
      "Regional development",
      "Public health",
      "Skills supply",
      "Transport and infrastructure",
    ]);
    await expectAccessible(page);
  });
});
