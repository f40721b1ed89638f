import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  expectAccessible,
  letterPath,
  PEOPLE,
  pagePerTest,
  settled,
  signIn,
} from "../support/browser";
import { absent, countIs, focused, hasText, shown } from "../support/locator-checks";

// Issue #18 item 6: the calendar page's buttons kept their own submit, error and banner code; on
// the shared command form, making a link shows it, and revoking one ends on a focused banner.

const openPage = pagePerTest();
let page: Page;

describe("calendar links on the shared command form (#18 item 6)", () => {
  it("finding: forms keep their own submit and banner code — D-36 making a calendar link shows it; revoking it ends on a focused banner that says so", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.veraLtuViewer, letterPath("kalender"));
    await settled(page);
    const revokeButtons = page.getByRole("button", { name: /^Återkalla länken från/ });
    await shown(page.getByRole("heading", { name: "Kalenderlänkar som du kan återkalla" }));
    const before = await revokeButtons.count();
    await page.getByRole("button", { name: "Skapa en kalenderlänk" }).click();
    const link = page.getByLabel("Kalenderlänk");
    await shown(link);
    expect(await link.inputValue()).toMatch(/calendar\.ics$/);
    await countIs(revokeButtons, before + 1);
    // Revoke every link this person has: the one just made is among them.
    for (let left = before + 1; left > 0; left--) {
      await revokeButtons.first().click();
      const banner = page.getByRole("region", { name: "Klart" });
      await focused(banner);
      await hasText(banner, "Kalenderlänken är återkallad");
      await countIs(revokeButtons, left - 1);
    }
    await absent(page.getByLabel("Kalenderlänk"));
    await shown(page.getByText("Det finns inga kalenderlänkar som du kan återkalla."));
    await expectAccessible(page);
  });
});
