import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { letterPath, PEOPLE, pagePerTest, screenshot, settled, signIn } from "../support/browser";
import { todayInStockholm } from "../support/dates";
import { absent, countIs, focused, hasText, shown } from "../support/locator-checks";

const openPage = pagePerTest();
let page: Page;

async function scheduleDialog(on: string) {
  await page.getByRole("link", { name: "Ledningsdialoger" }).click();
  await page.getByRole("link", { name: "Planera en ledningsdialog" }).click();
  await page.getByLabel("När ska ledningsdialogen hållas?").fill(on);
  await page.getByRole("button", { name: "Planera ledningsdialogen" }).click();
}

describe("leadership dialogs, as NoK's coordinator", () => {
  it("R10 R12 R11 R13 schedules a dialog, submits the basis and records it with the four topics and a needs review", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.karinNoKCoordinator, letterPath());
    await scheduleDialog(todayInStockholm());
    await shown(page.getByText("Ledningsdialogen är planerad"));

    await page
      .getByLabel("Sammanfattning av underlaget")
      .fill("Behov från inlandskommunerna och läget i uppdragsutbildningarna.");
    await page.getByRole("button", { name: "Lämna underlag" }).click();
    await shown(page.getByText(/Samverkansgruppen lämnade underlaget/));

    await page.getByRole("link", { name: "Dokumentera ledningsdialogen" }).click();
    await page.getByLabel("Omvärld").fill("Nya nationella satsningar på vårdutbildning.");
    await page.getByLabel("Trender").fill("Distansutbildning växer i inlandet.");
    await page.getByLabel("Framtida utmaningar").fill("Pensionsavgångar i äldreomsorgen.");
    await page.getByLabel("Justeringar av inriktning").fill("Ingen justering.");
    await page.getByLabel("Dialogen gick igenom behoven").check();
    await page.getByRole("button", { name: "Lägg till ett behov" }).click();
    await page
      .getByLabel("Vad är behovet?")
      .fill("Undersköterskor med vidareutbildning i demensvård");
    await page.getByRole("group", { name: "Fokusområden" }).getByLabel("Hälsa och vård").check();
    await screenshot(page, "dialog-record-1280");
    await page.getByRole("button", { name: "Spara dokumentationen" }).click();

    await shown(page.getByText("Ledningsdialogen är dokumenterad"));
    await shown(page.getByText("Pensionsavgångar i äldreomsorgen."));
    await shown(page.getByText("1 nytt behov registrerades"));
  });

  it("R11 a record without the four topics is stopped by an error summary that links to each field", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.noraNoK, letterPath("dialoger"));
    await settled(page);
    await page.getByRole("cell").getByRole("link").first().click();
    await page.getByRole("link", { name: "Dokumentera ledningsdialogen" }).click();
    await page.getByLabel("Trender").fill("Digitala vårdmöten.");
    await page.getByRole("button", { name: "Spara dokumentationen" }).click();

    const summary = page.getByRole("alert");
    // GOV.UK's error summary: the container takes focus, the alert is its content.
    await focused(page.locator(".error-summary", { has: summary }));
    await countIs(summary.getByRole("link"), 3);
    await summary.getByRole("link", { name: "Skriv vad som sades om omvärld" }).click();
    await focused(page.getByLabel("Omvärld"));
    await screenshot(page, "dialog-record-errors-1280");
  });

  it("R17 a dialog before the letter entered into force is refused in words, with its rule and no status code", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.noraNoK, letterPath());
    await scheduleDialog("2020-01-15");
    const summary = page.getByRole("alert");
    await hasText(summary, "Avsiktsförklaringen gäller inte den dagen.");
    await hasText(summary.getByRole("link", { name: /Regel R17/ }), "Giltighet");
    expect(await summary.textContent()).not.toMatch(/\b(400|403|404|409|422)\b/);
  });

  it("R16 a viewer sees why they cannot schedule a dialog, in place of the button", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.veraLtuViewer, letterPath("dialoger"));
    await shown(page.getByText(/Endast samordnare för Norrbottens Kommuner eller Luleå tekniska/));
    await absent(page.getByRole("link", { name: "Planera en ledningsdialog" }));
  });
});
