import { readFileSync } from "node:fs";
import { LULEA_TEKNISKA_UNIVERSITET, NORRBOTTENS_KOMMUNER } from "@samverkan/domain";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import {
  expectAccessible,
  PEOPLE,
  pagePerTest,
  screenshot,
  settled,
  signIn,
} from "../support/browser";
import { addMonths, todayInStockholm } from "../support/dates";
import { absent, hasText, shown } from "../support/locator-checks";
import { apiOfPage } from "../support/page-api";

// R26 finding: one party could change the terms alone — an amendment binds only when both have
// signed. NoK's signatory proposes four leadership dialogs a year from a date two months ahead
// and signs; LTU's signatory confirms and signs; the letter's text page shows what changed, from
// when and who signed. On a letter of its own, so the other flows keep the terms as written.

const openPage = pagePerTest();
let page: Page;
const letter = () => `/avtal/${inject("amendmentLetterId")}`;
const LTU = LULEA_TEKNISKA_UNIVERSITET;
const NOK = NORRBOTTENS_KOMMUNER;

interface AmendmentsState {
  termsInForce: { dialogsPerYear: number; specialAgreement: { signedBy: string } };
  amendments: Array<{ effectiveFrom: string; inForceFrom: string; changes: unknown[] }>;
  pending: unknown;
}

describe("amendments to the terms (R26)", () => {
  it("R26 finding: one party could change the terms alone — NoK proposes and signs, LTU confirms and signs, the text page shows it", async () => {
    const from = addMonths(todayInStockholm(), 2);
    page = await openPage();
    await signIn(page, PEOPLE.noraNoK, `${letter()}/avsiktsforklaringen`);
    await settled(page);
    await hasText(page.getByTestId("amendments"), "Inga tillägg har gjorts");
    await page.getByRole("link", { name: "Föreslå eller skriv under tillägg" }).click();
    await settled(page);
    await shown(page.getByRole("heading", { name: "Tillägg till villkoren", level: 1 }));
    await page.getByLabel("Gäller från").fill(from);
    await page.getByLabel("Ledningsdialoger per år").selectOption("4");
    // R14's terms are amended too: project parties no longer sign special agreements.
    await page
      .getByLabel("Särskild överenskommelse för en aktivitet")
      .selectOption({ label: "krävs, och båda parterna skriver under" });
    await page.getByRole("button", { name: "Föreslå tillägget" }).click();
    await shown(page.getByText("Tillägget är föreslaget"));
    const pending = page.getByTestId("pending");
    await hasText(pending, "Ledningsdialoger per år: 2 blir 4");
    await hasText(
      pending,
      "Särskild överenskommelse för en aktivitet: krävs, och båda parterna och alla projektparter skriver under blir krävs, och båda parterna skriver under",
    );
    await hasText(pending, "Nora Nilsson, Norrbottens Kommuner föreslog tillägget");
    await hasText(pending, `${LTU.name} har inte skrivit under`);
    await expectAccessible(page);

    // Signing binds the party: the button opens what is signed, to confirm.
    await page.getByRole("button", { name: `Skriv under tillägget för ${NOK.name}` }).click();
    await shown(page.getByRole("heading", { name: "Vill du skriva under tillägget?" }));
    await hasText(page.getByTestId("sign-confirmation"), "Ledningsdialoger per år: 2 blir 4");
    await page.getByRole("button", { name: "Avbryt" }).click();
    await absent(page.getByTestId("sign-confirmation"));
    await page.getByRole("button", { name: `Skriv under tillägget för ${NOK.name}` }).click();
    await page.getByRole("button", { name: "Ja, skriv under" }).click();
    await shown(page.getByText("Du har skrivit under tillägget"));
    await hasText(pending, `${NOK.name} skrev under`);
    // One signature is not enough: the terms in force are as written.
    await hasText(page.getByTestId("terms-in-force"), "2");
    await screenshot(page, "amendment-pending-1280");

    page = await openPage();
    await signIn(page, PEOPLE.larsLtu, `${letter()}/avsiktsforklaringen/tillagg`);
    await settled(page);
    await page.getByRole("button", { name: `Skriv under tillägget för ${LTU.name}` }).click();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Ja, skriv under" }).click();
    await shown(page.getByText("Båda parterna har skrivit under"));
    await absent(page.getByTestId("pending"));
    // D-64: the amendment both signed, as the PDF whose SHA-256 their signatures recorded.
    await shown(page.getByRole("button", { name: "Avsiktsförklaringen med tillägg (PDF)" }));
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /^Tillägget från .+ \(PDF\)$/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("amendment.pdf");
    const pdf = readFileSync((await download.path()) as string);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

    await page.getByRole("link", { name: "Tillbaka till avsiktsförklaringen" }).click();
    await settled(page);
    const shownOnText = page.getByTestId("amendments");
    await hasText(shownOnText, "Ledningsdialoger per år: 2 blir 4");
    await hasText(shownOnText, "blir krävs, och båda parterna skriver under");
    await hasText(shownOnText, `${NOK.name} skrev under`);
    await hasText(shownOnText, `${LTU.name} skrev under`);
    await hasText(shownOnText, "Lars Lindqvist");
    await expectAccessible(page);
    await screenshot(page, "amendment-on-letter-text-1280");

    const get = await apiOfPage(page);
    const state = await get<AmendmentsState>(
      `/v1/agreements/${inject("amendmentLetterId")}/amendments`,
    );
    expect(state.pending).toBeNull();
    expect(state.amendments).toHaveLength(1);
    expect(state.amendments[0]?.effectiveFrom).toBe(from);
    expect(state.amendments[0]?.inForceFrom).toBe(todayInStockholm());
    // From today until the effective date the old terms still apply.
    expect(state.termsInForce.dialogsPerYear).toBe(2);
    expect(state.termsInForce.specialAgreement.signedBy).toBe("principal-and-project-parties");
  });
});
