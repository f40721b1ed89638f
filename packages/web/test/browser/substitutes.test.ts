import { EXAMPLE_LETTER_ID } from "@samverkan/local";
import type { Page } from "playwright-core";
import { describe, it } from "vitest";
import { expectAccessible, PEOPLE, pagePerTest, settled, signIn } from "../support/browser";
import { addDays, todayInStockholm } from "../support/dates";
import { absent, hasText, shown } from "../support/locator-checks";

// R25, substitutes (ersättare): LTU's signatory Lars appoints Vera (an LTU viewer) for a few days;
// Vera chooses to act for him in the banner, registers a need as his substitute, and the event log
// says "Vera Viklund för Lars Lindqvist". Lars revokes it, and Vera acts for herself again.

const openPage = pagePerTest();
const VERA_SUB = "vera";

async function appointVera(lars: Page) {
  await signIn(lars, PEOPLE.larsLtu, "/ersattare");
  await shown(lars.getByRole("heading", { name: "Ersättare", level: 1 }));
  await lars.getByLabel("Ersättarens användar-id").fill(VERA_SUB);
  await lars.getByLabel("Första dagen").fill(todayInStockholm());
  await lars.getByLabel("Sista dagen").fill(addDays(todayInStockholm(), 3));
  await lars.getByRole("button", { name: "Utse ersättaren" }).click();
  await hasText(lars.locator(".banner--success"), /är din ersättare från/);
}

describe("R25 substitutes act for an absent signatory or coordinator", () => {
  it("R25 appoint a substitute, act for the appointer, see 'X för Y' in the event log, revoke", async () => {
    const lars = await openPage();
    await appointVera(lars);
    await settled(lars);
    await shown(lars.getByRole("cell", { name: PEOPLE.larsLtu }).first());
    await expectAccessible(lars);

    // Vera is a substitute today: the banner offers to act for Lars.
    const vera = await openPage();
    // On the example letter (LTU is a party): its event log is short, so her act is on its first
    // page whatever other tests add to the main letter's.
    await signIn(vera, PEOPLE.veraLtuViewer, `/avtal/${EXAMPLE_LETTER_ID}/behov/nytt`);
    const banner = vera.getByRole("region", { name: "Ersättare" });
    await hasText(banner, `Du är ersättare för ${PEOPLE.larsLtu}.`);
    // The first choice is "Mig själv"; the next, Lars.
    await banner.getByLabel("Vem agerar du för?").selectOption({ index: 1 });
    await banner.getByRole("button", { name: "Byt" }).click();
    await hasText(banner, `Du agerar för ${PEOPLE.larsLtu}`);
    await expectAccessible(vera);

    // With Lars's roles she registers a need for LTU.
    await vera.reload();
    await vera.getByLabel("Vad är behovet?").fill("Ersättare testar behov för LTU");
    await vera.getByRole("group", { name: "Fokusområden" }).getByRole("checkbox").first().check();
    await vera.getByRole("button", { name: "Registrera behovet" }).click();
    await hasText(vera.locator(".banner--success"), "Behovet är registrerat");

    // The event log records it as hers, for him.
    await vera.goto(`${new URL(vera.url()).origin}/avtal/${EXAMPLE_LETTER_ID}/handelser`);
    await settled(vera);
    await shown(
      vera
        .getByRole("cell", {
          name: `${PEOPLE.veraLtuViewer} för ${PEOPLE.larsLtu}, Luleå tekniska universitet`,
        })
        .first(),
    );

    // Lars revokes it; Vera then acts for herself again.
    await lars.reload();
    await settled(lars);
    await lars
      .getByRole("button", {
        name: new RegExp(`Återkalla .* som ersättare för ${PEOPLE.larsLtu}`),
      })
      .first()
      .click();
    await hasText(lars.locator(".banner--success"), "Ersättningen är återkallad");
    await vera.reload();
    await settled(vera);
    await absent(vera.getByText(`Du agerar för ${PEOPLE.larsLtu}`));
  });
});
