import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, PEOPLE, pagePerTest, settled, signIn } from "../support/browser";
import { absent, focused, hasText, shown } from "../support/locator-checks";

// Issue #18 item 6: the letter's signature button kept its own submit and error code and said
// nothing after signing. On the shared command form it ends on a focused banner (R16, R17).

const openPage = pagePerTest();
let page: Page;

describe("signing a letter on the shared command form (#18 item 6)", () => {
  it("finding: forms keep their own submit and banner code — R16 R17 a signatory signs a draft for their own party and the banner, focused, says so", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.larsLtu, "/avtal/ny");
    await settled(page);
    await page.getByLabel("Mall").selectOption("ltu-region-norrbotten");
    await page.getByLabel("Titel").fill("Exempel: ett utkast att skriva under");
    await page.getByRole("button", { name: "Skriv utkastet" }).click();
    await page.waitForURL((url) => /^\/avtal\/[0-9a-f-]{36}$/.test(url.pathname));
    await settled(page);
    const sign = page.getByRole("button", { name: "Skriv under för Luleå tekniska universitet" });
    await shown(sign);
    // Only one's own party: no button for the region.
    await absent(page.getByRole("button", { name: /^Skriv under för Region/ }));
    await sign.click();
    const banner = page.getByRole("region", { name: "Klart" });
    await focused(banner);
    await hasText(
      banner,
      "Du har skrivit under avsiktsförklaringen för Luleå tekniska universitet",
    );
    expect(await banner.getAttribute("role")).toBeNull();
    await absent(sign);
    await hasText(
      page.getByRole("region", { name: "Parter och underskrifter", exact: true }),
      `av ${PEOPLE.larsLtu}`,
    );
    await expectAccessible(page);
  });
});
