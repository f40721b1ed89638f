import { noticeEndDate } from "@samverkan/domain";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { expectAccessible, PEOPLE, pagePerTest, screenshot, signIn } from "../support/browser";
import { todayInStockholm } from "../support/dates";
import { absent, focused, hasText, shown } from "../support/locator-checks";

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

  it("finding: irreversible acts are one click — notice ended the letter without showing the end date: R18 the overview has no red button, the notice page shows the end date and asks to confirm, cancel changes nothing", async () => {
    const today = todayInStockholm();
    const ends = swedishDate(noticeEndDate(today as never, 3));
    page = await openPage();
    await signIn(page, PEOPLE.larsLtu, overview());
    const link = page.getByRole("link", { name: "Säg upp avsiktsförklaringen" });
    expect((await link.getAttribute("class")) ?? "").not.toMatch(/button/);
    await link.click();
    await page.getByRole("button", { name: "Fortsätt" }).click();
    await shown(page.getByRole("heading", { name: "Vill du säga upp avsiktsförklaringen?" }));
    await hasText(page.getByTestId("notice-ends-on"), ends);
    await shown(page.getByRole("button", { name: "Ja, säg upp" }));
    await expectAccessible(page);
    await screenshot(page, "notice-confirm-1280");
    await page.getByRole("link", { name: "Avbryt och gå tillbaka till översikten" }).click();
    await hasText(page.getByTestId("status-sentence"), "I kraft sedan");
  });

  it("finding: forms keep their own confirm code — R18 the confirmation step's heading takes focus, and 'Ändra' goes back to the fields as they were filled in", async () => {
    const today = todayInStockholm();
    page = await openPage();
    await signIn(page, PEOPLE.larsLtu, `${overview()}/uppsagning`);
    // An emptied date is named on the form (the step after it is drawn only once it is filled in).
    await page.getByLabel("Dag då uppsägningen togs emot", { exact: true }).fill("");
    await page.getByRole("button", { name: "Fortsätt" }).click();
    await hasText(page.locator(".error-summary"), "Ange dagen då uppsägningen togs emot");
    await page.getByLabel("Dag då uppsägningen togs emot", { exact: true }).fill(today);
    await page.getByLabel("Begärt slutdatum (valfritt)").fill(noticeEndDate(today as never, 4));
    await page.getByRole("button", { name: "Fortsätt" }).click();
    await focused(page.getByRole("heading", { name: "Vill du säga upp avsiktsförklaringen?" }));
    await hasText(
      page.getByTestId("notice-ends-on"),
      swedishDate(noticeEndDate(today as never, 4)),
    );
    await page.getByRole("button", { name: "Ändra" }).click();
    expect(await page.getByLabel("Begärt slutdatum (valfritt)").inputValue()).toBe(
      noticeEndDate(today as never, 4),
    );
    await absent(page.getByRole("button", { name: "Ja, säg upp" }));
    await page.getByRole("link", { name: "Tillbaka till översikten" }).click();
    await hasText(page.getByTestId("status-sentence"), "I kraft sedan");
  });

  it("R18 a requested end before the earliest is stopped on the form, naming the earliest day", async () => {
    const today = todayInStockholm();
    page = await openPage();
    await signIn(page, PEOPLE.larsLtu, `${overview()}/uppsagning`);
    await page.getByLabel("Begärt slutdatum (valfritt)").fill(today);
    await page.getByRole("button", { name: "Fortsätt" }).click();
    await shown(
      page
        .getByText(`Slutdatumet kan tidigast vara ${swedishDate(noticeEndDate(today as never, 3))}`)
        .first(),
    );
    await absent(page.getByRole("button", { name: "Ja, säg upp" }));
  });

  it("R18 a signatory confirms the notice and sees the day the letter ends, three months on", async () => {
    const today = todayInStockholm();
    const ends = swedishDate(noticeEndDate(today as never, 3));
    page = await openPage();
    await signIn(page, PEOPLE.larsLtu, overview());
    await page.getByRole("link", { name: "Säg upp avsiktsförklaringen" }).click();
    await screenshot(page, "notice-1280");
    await page.getByRole("button", { name: "Fortsätt" }).click();
    await page.getByRole("button", { name: "Ja, säg upp" }).click();
    await shown(page.getByText("Avsiktsförklaringen är uppsagd"));
    await shown(page.getByText(`Den upphör ${ends}.`));
    await page.getByRole("link", { name: "Till översikten", exact: true }).click();
    await hasText(
      page.getByTestId("status-sentence"),
      `Uppsagd ${swedishDate(today)}, upphör ${ends}`,
    );
  });

  it("R19 a second notice is not offered: the letter says it is already given", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.noraNoK, `${overview()}/uppsagning`);
    await shown(page.getByText("Avsiktsförklaringen är redan uppsagd."));
    await absent(page.getByRole("button", { name: /Säg upp för/ }));
  });
});
