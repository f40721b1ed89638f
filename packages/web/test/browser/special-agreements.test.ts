import type { Page } from "playwright-core";
import { describe, it } from "vitest";
import {
  expectAccessible,
  letterPath,
  PEOPLE,
  pagePerTest,
  screenshot,
  signIn,
} from "../support/browser";
import { absent, hasText, shown } from "../support/locator-checks";

// The project party of the local people (packages/local/src/web-people.ts): made up, valid by Luhn.
const PROJECT_PARTY = { name: "Norrbotten Testbädd AB", orgNumber: "559900-1236" };
const TITLE = "Testbädd för digitala trygghetslarm";

const openPage = pagePerTest();
let page: Page;
let activityPath = "";

/**
 * Opens the activity as `who` and signs its special agreement for their own party: the button
 * shows what is signed, "Ja, skriv under" signs, and a receipt names who signed which version.
 */
async function signAs(who: string, party: string, beforeSigning?: () => Promise<void>) {
  page = await openPage();
  await signIn(page, who, activityPath);
  const button = page.getByRole("button", { name: `Skriv under särskilt avtal för ${party}` });
  await shown(button);
  await beforeSigning?.();
  await button.click();
  const confirmation = page.getByTestId("sign-confirmation");
  await hasText(confirmation, `${party}, som ${who}`);
  await page.getByRole("button", { name: "Ja, skriv under" }).click();
  await hasText(page.getByTestId("signature-receipt"), who);
  await hasText(page.locator("li.signature", { hasText: party }), `av ${who}`);
}

describe("a special agreement with a project party, signed by every required party", () => {
  it("R5 R14 NoK's coordinator defines an activity from a need, with a project party", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.noraNoK, letterPath("aktiviteter/ny"));
    await page.getByLabel("Aktivitetens namn").fill(TITLE);
    await page.getByLabel("Typ av aktivitet").selectOption("test-environment");
    await page
      .getByRole("group", { name: "Behov som aktiviteten utgår från" })
      .getByRole("checkbox")
      .first()
      .check();
    await page.getByRole("group", { name: "Fokusområden" }).getByLabel("Digitalisering").check();
    await page.getByRole("button", { name: "Lägg till en projektpart" }).click();
    await page.getByLabel("Organisationens namn").fill(PROJECT_PARTY.name);
    await page.getByLabel("Organisationsnummer").fill(PROJECT_PARTY.orgNumber);
    await page
      .getByLabel("Det särskilda avtalets villkor")
      .fill("Kiruna kommun testar larmen i hemtjänsten under 2027.");
    await page.getByRole("button", { name: "Lägg till aktiviteten" }).click();
    await shown(page.getByText("Aktiviteten är tillagd"));
    activityPath = new URL(page.url()).pathname;
    await shown(
      page.getByText("Endast firmatecknare för Luleå tekniska universitet kan skriva under."),
    );
    await shown(page.getByText(`Endast firmatecknare för ${PROJECT_PARTY.name} kan skriva under.`));
  });

  it("finding: irreversible acts are one click — signing bound the party with no summary and no receipt: R14 the signatory sees title, parties, version and terms, may cancel, and gets a receipt", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.noraNoK, activityPath);
    await page
      .getByRole("button", { name: "Skriv under särskilt avtal för Norrbottens Kommuner" })
      .click();
    const confirmation = page.getByTestId("sign-confirmation");
    await shown(page.getByRole("heading", { name: "Granska det du skriver under" }));
    await hasText(confirmation, TITLE);
    await hasText(confirmation, PROJECT_PARTY.name);
    await hasText(confirmation, "Kiruna kommun testar larmen i hemtjänsten under 2027.");
    await hasText(page.getByTestId("sign-version"), /^1, upprättad /);
    await hasText(confirmation, `Norrbottens Kommuner, som ${PEOPLE.noraNoK}`);
    await expectAccessible(page);
    await screenshot(page, "special-agreement-confirm-1280");
    // Cancel signs nothing.
    await page.getByRole("button", { name: "Avbryt" }).click();
    await hasText(
      page.locator("li.signature", { hasText: "Norrbottens Kommuner" }),
      "Inte undertecknat",
    );
    await page
      .getByRole("button", { name: "Skriv under särskilt avtal för Norrbottens Kommuner" })
      .click();
    await page.getByRole("button", { name: "Ja, skriv under" }).click();
    const receipt = page.getByTestId("signature-receipt");
    await hasText(receipt, "Du har skrivit under det särskilda avtalet");
    await hasText(receipt, TITLE);
    await hasText(receipt, "Version1");
    await hasText(receipt, `Undertecknat av${PEOPLE.noraNoK}`);
    await hasText(receipt, "FörNorrbottens Kommuner");
    await expectAccessible(page);
    await screenshot(page, "special-agreement-receipt-1280");
  });

  it("R14 R16 each required party signs for itself; until the last signature the activity cannot start", async () => {
    await signAs(PEOPLE.larsLtu, "Luleå tekniska universitet", () =>
      screenshot(page, "special-agreement-signing-1280"),
    );
    await shown(page.getByText(/Underskrift saknas från: Norrbotten Testbädd AB/));
    await absent(page.getByRole("button", { name: "Starta aktiviteten" }));
    await page.context().close();
    await signAs(PEOPLE.piaProjectParty, PROJECT_PARTY.name);
  });

  it("R14 once every party has signed, a coordinator starts the activity", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.larsLtu, activityPath);
    await hasText(page.getByText(/^Klar att starta$/), "Klar att starta");
    await page.getByRole("button", { name: "Starta aktiviteten" }).click();
    await shown(page.getByText(/^Aktiviteten startade/));
    await hasText(page.locator(".tag").first(), "Pågår");
  });

  it("R16 a viewer sees who may sign, and no button", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.veraLtuViewer, letterPath("aktiviteter"));
    await page.getByRole("link", { name: "Uppdragsutbildning i matematikdidaktik" }).click();
    await shown(
      page.getByText("Endast firmatecknare för Luleå tekniska universitet kan skriva under."),
    );
    await absent(page.getByRole("button", { name: /Skriv under/ }));
  });
});
