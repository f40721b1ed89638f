// Issue #16 item 3 (keyboard) and item 4 (the planning warning), issue #18 item 6 (one form
// shape): after every kind of action the GOV.UK success banner takes focus and says what
// happened; the skip link passes the letter's navigation; a dialog planned closer than the basis
// lead time is warned about before it is scheduled.
import { LTU_NOK_TERMS } from "@samverkan/domain";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  expectAccessible,
  letterPath,
  PEOPLE,
  pagePerTest,
  settled,
  signIn,
} from "../support/browser";
import { addDays, todayInStockholm } from "../support/dates";
import { absent, focused, hasText, shown } from "../support/locator-checks";

const openPage = pagePerTest();
let page: Page;

/** The basis lead time of the local letter's terms (R12, D-3): the preset's, not a copy. */
const LEAD_DAYS = LTU_NOK_TERMS.basisLeadDays;

/** "19 november 2026": a date as the Swedish workspace writes it. */
const swedishDate = (day: string) =>
  new Intl.DateTimeFormat("sv-SE", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));

/** The success banner now on the page: GOV.UK's notification banner, a region named "Klart". */
const banner = () => page.getByRole("region", { name: "Klart" });

/** The banner has the keyboard focus and says `text`; it is no alert (focus reads it once). */
async function bannerSays(text: string | RegExp): Promise<Locator> {
  const shownBanner = banner();
  await focused(shownBanner);
  await hasText(shownBanner, text);
  expect(await shownBanner.getAttribute("role")).toBeNull();
  return shownBanner;
}

async function openSchedulePage() {
  await signIn(page, PEOPLE.karinNoKCoordinator, letterPath("dialoger/ny"));
  await shown(page.getByRole("heading", { name: "Planera en ledningsdialog", level: 1 }));
}

describe("after an action the success banner takes focus and says what happened (#16 item 3)", () => {
  it("finding: after 'Lämna underlag' there was no confirmation and focus fell to the body — R10 R12 scheduling and submitting the basis each end on a focused banner", async () => {
    page = await openPage();
    await openSchedulePage();
    const scheduledOn = addDays(todayInStockholm(), 40);
    await page.getByLabel("När ska ledningsdialogen hållas?").fill(scheduledOn);
    await page.getByRole("button", { name: "Planera ledningsdialogen" }).click();

    const scheduled = await bannerSays("Ledningsdialogen är planerad");
    // #16 item 4: the banner says when the basis is due, lead days before the dialog.
    await hasText(
      scheduled,
      `Underlaget ska lämnas senast ${swedishDate(addDays(scheduledOn, -LEAD_DAYS))}.`,
    );

    await page.getByLabel("Sammanfattning av underlaget").fill("Läget i inlandskommunerna.");
    await page.getByRole("button", { name: "Lämna underlag" }).click();
    await bannerSays(
      `Underlaget är lämnat. Samverkansgruppen lämnade det ${swedishDate(todayInStockholm())}.`,
    );
    await absent(page.getByRole("button", { name: "Lämna underlag" }));
    // The next Tab goes on from the banner, within the page, not from the top of the document.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
  });

  it("R6 registering a need ends on the needs page with its banner focused", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.karinNoKCoordinator, letterPath("behov/nytt"));
    await page.getByLabel("Vad är behovet?").fill("Handledarutbildning för vårdens praktikplatser");
    await page.getByRole("group", { name: "Fokusområden" }).getByLabel("Hälsa och vård").check();
    await page.getByRole("button", { name: "Registrera behovet" }).click();
    await bannerSays("Behovet är registrerat");
  });

  it("R9 appointing the collaboration group again ends on its banner, focused", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.karinNoKCoordinator, letterPath("samverkansgrupp"));
    await settled(page);
    await page.getByRole("button", { name: "Spara samverkansgruppen" }).click();
    await bannerSays("Samverkansgruppen är sparad");
  });

  it("R7 planning a funding application, then moving it on, each end on a focused banner", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.karinNoKCoordinator, letterPath("finansiering/ny"));
    await page.locator("#field-funder").fill("Vinnova");
    await page.locator("#field-call").fill("Fokusbanan test av fokus");
    await page.locator("#field-submissionDeadline").fill(addDays(todayInStockholm(), 60));
    await page.locator("#field-amountRequestedSek").fill("250000");
    await page.getByRole("button", { name: "Planera ansökan" }).click();
    await bannerSays("Ansökan är planerad");

    const card = page.locator(".card", { hasText: "Fokusbanan test av fokus" });
    await card.getByRole("button").click();
    await bannerSays(/Ny status för ansökan: /);
  });

  it("the error summary as GOV.UK's: its container takes focus, the alert is the content inside it", async () => {
    page = await openPage();
    await openSchedulePage();
    await page.getByRole("button", { name: "Planera ledningsdialogen" }).click();
    const alert = page.getByRole("alert");
    await hasText(alert, "Ange datum för ledningsdialogen");
    const container = page.locator(".error-summary", { has: alert });
    await focused(container);
    expect(await container.getAttribute("role")).toBeNull();
    expect(await container.getAttribute("tabindex")).toBe("-1");
  });
});

describe("the skip link passes the navigation (#16 item 3)", () => {
  it("finding: the skip link targeted a <main> holding the 13 side-menu links — it lands on the page's content and the next Tab reaches the page's first action", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.noraNoK, letterPath());
    await settled(page);
    // The navigation is a landmark of its own, outside <main>.
    const nav = page.getByRole("navigation", { name: "Avsiktsförklaringens sidor" });
    await shown(nav);
    expect(await nav.evaluate((element) => element.closest("main"))).toBeNull();

    await page.goto(page.url());
    await settled(page);
    await page.keyboard.press("Tab");
    await focused(page.getByRole("link", { name: "Hoppa till innehållet" }));
    await page.keyboard.press("Enter");
    await focused(page.locator("main#main"));
    expect(
      await page.evaluate(() => document.querySelector("main")?.querySelector("h1, a, button")),
    ).not.toBeNull();
    expect(
      await page.evaluate(
        () => document.querySelector("main")?.querySelector("h1, a[href], button")?.tagName,
      ),
    ).toBe("H1");

    await page.keyboard.press("Tab");
    const first = await page.evaluate(() => {
      const main = document.querySelector("main");
      const firstAction = main?.querySelector<HTMLElement>(
        "a[href], button:not([disabled]), input, select, textarea",
      );
      return {
        isFirstAction: firstAction !== null && firstAction === document.activeElement,
        inNavigation: document.activeElement?.closest("nav") !== null,
      };
    });
    expect(first).toEqual({ isFirstAction: true, inNavigation: false });
  });
});

describe("a dialog planned closer than the basis lead time is warned about (#16 item 4)", () => {
  it("finding: scheduling a dialog 8 days ahead with lead time 14 gave no warning and an overdue basis at once — R12 the page warns before the button, with the date that has passed", async () => {
    page = await openPage();
    await openSchedulePage();
    const field = page.getByLabel("När ska ledningsdialogen hållas?");
    const warning = page.locator(".warning-text");

    await field.fill(addDays(todayInStockholm(), 40));
    await absent(warning);

    const soon = addDays(todayInStockholm(), 8);
    await field.fill(soon);
    await hasText(
      warning,
      `Varning: Underlaget ska lämnas ${LEAD_DAYS} dagar före dialogen, alltså senast ${swedishDate(addDays(soon, -LEAD_DAYS))}. Den dagen har redan passerat.`,
    );
    // Before the button: read on the way to it.
    expect(
      await page.evaluate(() => {
        const shownWarning = document.querySelector(".warning-text");
        const button = document.querySelector("form button[type=submit]");
        return Boolean(
          shownWarning &&
            button &&
            shownWarning.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
      }),
    ).toBe(true);
    await expectAccessible(page);

    // Exactly the lead time ahead: the basis is due today, not late; no warning.
    await field.fill(addDays(todayInStockholm(), LEAD_DAYS));
    await absent(warning);
  });

  it("the schedule page with its warning, and the dialog page with its banner, at 390 px: 0 axe violations", async () => {
    page = await openPage(390);
    await openSchedulePage();
    await page.getByLabel("När ska ledningsdialogen hållas?").fill(addDays(todayInStockholm(), 3));
    await shown(page.locator(".warning-text"));
    await expectAccessible(page);
    await page.getByRole("button", { name: "Planera ledningsdialogen" }).click();
    await bannerSays("Ledningsdialogen är planerad");
    await expectAccessible(page);
  });
});
