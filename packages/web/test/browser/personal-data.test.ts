import { personIdOf } from "@samverkan/core";
import type { Page } from "playwright-core";
import { describe, it } from "vitest";
import { expectAccessible, letterPath, PEOPLE, pagePerTest, signIn } from "../support/browser";
import { todayInStockholm } from "../support/dates";
import { hasText, shown } from "../support/locator-checks";
import { LEAVING_PERSON } from "../support/seed-workspace";

// Issue #22 item 4: a coordinator sees what is kept about a person of their organisation and
// erases them under a deletion decision, with a confirmation page first (D-59, D-60).

const openPage = pagePerTest();
let page: Page;
const personId = personIdOf({ orgNumber: LEAVING_PERSON.org, sub: LEAVING_PERSON.sub });

describe("personal data", () => {
  it("finding: personal data has no way to be erased — a coordinator sees a person's data, confirms, and the person reads (raderad person) afterwards (D-59)", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.karinNoKCoordinator, `/personuppgifter/${personId}`);
    await page.getByRole("button", { name: "Visa uppgifter" }).click();
    await hasText(page.getByTestId("person-name"), LEAVING_PERSON.name);
    await page.getByLabel("Beslutets diarienummer").fill("NoK 2026/77");
    await page.getByLabel("Datum för beslutet").fill(todayInStockholm());
    await page.getByRole("button", { name: "Fortsätt" }).click();
    await shown(page.getByRole("heading", { name: "Vill du radera personen?" }));
    await expectAccessible(page);
    await page.getByRole("button", { name: "Ja, radera" }).click();
    await hasText(page.getByRole("region", { name: "Klart" }), "Personen är raderad");
    await page.getByRole("button", { name: "Visa uppgifter" }).click();
    await hasText(page.getByTestId("person-name"), "(raderad person)");
    await expectAccessible(page);
  });

  it("D-60 a coordinator reaches a person's data from the audit trail: the names of their own organisation's people link to it", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.karinNoKCoordinator, letterPath("handelser"));
    await page
      .getByRole("link", { name: `${PEOPLE.noraNoK}, Norrbottens Kommuner` })
      .first()
      .click();
    await shown(page.getByRole("heading", { name: "Personuppgifter" }));
    await page.getByRole("button", { name: "Visa uppgifter" }).click();
    await hasText(page.getByTestId("person-name"), PEOPLE.noraNoK);
    await expectAccessible(page);
  });
});
