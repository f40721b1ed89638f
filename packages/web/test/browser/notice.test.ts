import { noticeEndDate } from "@samverkan/domain";
import type { Page } from "playwright-core";
import { describe, inject, it } from "vitest";
import { PEOPLE, pagePerTest, screenshot, signIn } from "../support/browser";
import { todayInStockholm } from "../support/dates";
import { absent, hasText, shown } from "../support/locator-checks";

// Notice is given on a letter of its own, so the other flows keep a letter in force.
const overview = () => `/avtal/${inject("noticeLetterId")}`;
const swedishDate = (day: string) =>
  new Intl.DateTimeFormat("sv-SE", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));

const openPage = pagePerTest();
let page: Page;

describe("giving notice", () => {
  it("R16 R19 a coordinator who is not a signatory sees why they cannot give notice", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.karinNoKCoordinator, overview());
    await shown(
      page.getByText(
        /Endast firmatecknare för Norrbottens Kommuner eller Luleå tekniska universitet kan säga upp/,
      ),
    );
    await absent(page.getByRole("link", { name: "Säg upp avsiktsförklaringen" }));
  });

  it("R18 a signatory gives notice and sees the day the letter ends, three months on", async () => {
    const today = todayInStockholm();
    const ends = swedishDate(noticeEndDate(today as never, 3));
    page = await openPage();
    await signIn(page, PEOPLE.larsLtu, overview());
    await page.getByRole("link", { name: "Säg upp avsiktsförklaringen" }).click();
    await screenshot(page, "notice-1280");
    await page.getByRole("button", { name: "Säg upp för Luleå tekniska universitet" }).click();
    await shown(page.getByText("Avsiktsförklaringen är uppsagd"));
    await shown(page.getByText(`Den upphör ${ends}.`));
    await page.getByRole("link", { name: "Till översikten", exact: true }).click();
    await hasText(
      page.getByTestId("status-sentence"),
      `Uppsagt ${swedishDate(today)}, upphör ${ends}`,
    );
  });

  it("R19 a second notice is not offered: the letter says it is already given", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.noraNoK, `${overview()}/uppsagning`);
    await shown(page.getByText("Avsiktsförklaringen är redan uppsagd."));
    await absent(page.getByRole("button", { name: /Säg upp för/ }));
  });
});
