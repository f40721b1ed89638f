import type { Page } from "playwright-core";
import { describe, it } from "vitest";
import {
  expectAccessible,
  letterPath,
  PEOPLE,
  pagePerTest,
  settled,
  signIn,
} from "../support/browser";
import { absent, hasText, shown } from "../support/locator-checks";

// Issue #20 items 1–2: the workspace showed exactly one letter. Now a start page lists the
// organisation's letters, every letter page names its letter and switches to the others, letters
// are drafted from a template, and a person in no letter reads how letters are drafted.

const LTU_NOK_TITLE =
  "Avsiktsförklaring om strategisk samverkan mellan Luleå tekniska universitet och Norrbottens Kommuner";
const EXAMPLE_TITLE =
  "Exempel: Avsiktsförklaring om samverkan mellan Luleå tekniska universitet och Region Norrbotten";

const openPage = pagePerTest();
let page: Page;

describe("many letters (issue #20)", () => {
  it("finding: the workspace shows exactly one letter — the start page lists LTU–NoK and the example letter with status, next thing due and role", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.larsLtu, "/");
    await settled(page);
    await shown(page.getByRole("heading", { level: 1, name: "Dina avsiktsförklaringar" }));
    const table = page.getByTestId("letters");
    const ltuNok = table.getByRole("row").filter({ hasText: LTU_NOK_TITLE }).first();
    const example = table.getByRole("row").filter({ hasText: EXAMPLE_TITLE }).first();
    await hasText(ltuNok, "Gäller");
    await hasText(ltuNok, "Part");
    await hasText(ltuNok, /senast|Inget att göra/);
    await hasText(example, "Gäller");
    // The example has one dialog a year (its template): its next duty is a dialog or its basis.
    await hasText(
      example,
      /(Ledningsdialog|Underlag till ledningsdialog|Årlig|Uppföljning).*(senast|skulle)/,
    );
    await expectAccessible(page);
  });

  it("finding: every page names the letter it is on — R4 switching letters shows the other letter's own clauses", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.larsLtu, letterPath("avsiktsforklaringen"));
    await settled(page);
    const bar = page.getByTestId("letter-bar");
    await hasText(bar, LTU_NOK_TITLE);
    await hasText(page.locator("main"), "tre månaders varsel");
    await bar.getByText("Byt avsiktsförklaring").click();
    await bar.getByRole("link", { name: EXAMPLE_TITLE }).click();
    await page.waitForURL((url) => url.pathname === "/avtal/ltu-region-norrbotten");
    await settled(page);
    await hasText(page.getByTestId("letter-bar"), EXAMPLE_TITLE);
    await page.getByRole("link", { name: "Avsiktsförklaringen", exact: true }).click();
    await settled(page);
    const main = page.locator("main");
    await hasText(main, "Detta är ett exempel på en mall");
    await hasText(main, "sex månaders varsel");
    await hasText(
      page.getByTestId("letter-template"),
      "Exempel: LTU – Region Norrbotten, version 1",
    );
    await absent(main.getByText("tre månaders varsel"));
    await expectAccessible(page);
  });

  it("R1 R2 drafting a letter from the example template: parties, title and date, then its overview", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.larsLtu, "/");
    await settled(page);
    await page.getByRole("link", { name: "Skriv en ny avsiktsförklaring från en mall" }).click();
    await settled(page);
    await hasText(page.locator("#template-terms"), "3 månaders uppsägningstid");
    await page.getByLabel("Mall").selectOption("ltu-region-norrbotten");
    await hasText(
      page.locator("#template-terms"),
      "6 månaders uppsägningstid, 1 ledningsdialog(er) per år",
    );
    const first = page.getByRole("group", { name: /Part 1: Region/ });
    await shown(first);
    await first.getByLabel("Namn").fill("Region Norrbotten, hälso- och sjukvård");
    await page.getByLabel("Titel").fill("Exempel: samverkan om vårdens kompetens");
    await page.getByRole("button", { name: "Skriv utkastet" }).click();
    await page.waitForURL((url) => /^\/avtal\/[0-9a-f-]{36}$/.test(url.pathname));
    await settled(page);
    await hasText(page.getByTestId("letter-bar"), "Exempel: samverkan om vårdens kompetens");
    await shown(page.getByText("Region Norrbotten, hälso- och sjukvård").first());
    await expectAccessible(page);
  });

  it("R2 the draft page names a wrong organisation number before sending", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.larsLtu, "/avtal/ny");
    await settled(page);
    const second = page.getByRole("group", { name: /Part 2/ });
    await second.getByLabel("Organisationsnummer").fill("12345");
    await page.getByRole("button", { name: "Skriv utkastet" }).click();
    await hasText(page.locator(".error-summary"), "Skriv ett organisationsnummer med tio siffror");
  });

  it("finding: a person in no letter sees an empty start page that says how letters are drafted", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.nilsInNoLetter, "/");
    await settled(page);
    await shown(
      page.getByRole("heading", {
        level: 1,
        name: "Din organisation är inte med i någon avsiktsförklaring ännu",
      }),
    );
    await hasText(page.locator("main"), "En avsiktsförklaring skrivs av en samordnare");
    await shown(page.getByRole("link", { name: "Skriv en ny avsiktsförklaring från en mall" }));
    await absent(page.getByTestId("letters"));
    await expectAccessible(page);
  });
});
