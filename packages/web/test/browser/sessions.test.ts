// Issue #21 item 4: sessions as people expect. Signing out ends the session at the local OpenID
// Provider too (RP-initiated logout, D-40), and a session that runs out while a form is open
// says so and keeps what was typed (D-42). Both through the real provider, in Chromium.
import { describe, expect, it } from "vitest";
import {
  expectAccessible,
  letterPath,
  PEOPLE,
  pagePerTest,
  signIn,
  workspaceUrl,
} from "../support/browser";
import { shown } from "../support/locator-checks";

const openPage = pagePerTest();

describe("D-42 sessions", () => {
  it("finding: signing out left the session alive at the provider — sign-out ends it there too (RP-initiated logout)", async () => {
    const page = await openPage();
    await signIn(page, PEOPLE.noraNoK, letterPath());
    // Through the provider's end_session_endpoint (its confirmation sent by itself) and back to
    // the workspace, which opens its sign-in page.
    const confirmed = page.waitForResponse(
      (r) => new URL(r.url()).pathname === "/session/end/confirm",
    );
    await page.getByRole("button", { name: "Logga ut" }).click();
    expect((await confirmed).status()).toBe(303);
    await page.waitForURL((url) => url.origin === workspaceUrl() && url.search === "?till=%2F");
    await shown(page.getByRole("heading", { name: "Logga in", level: 1 }));
    expect(await page.evaluate(() => sessionStorage.getItem("samverkan.session"))).toBeNull();
    // Signing in again: the provider asks who it is, since its own session has ended too.
    await page.getByRole("button", { name: "Logga in", exact: true }).click();
    await shown(page.getByRole("button", { name: `Logga in som ${PEOPLE.noraNoK}` }));
    // The provider's own page meets WCAG 2.1 AA as the workspace's do.
    await expectAccessible(page);
  });

  it("finding: a session that ran out while a form was open lost what was typed — the sign-in page says so and the form keeps it", async () => {
    const page = await openPage();
    // The page's clock runs as the real one until it is moved on.
    await page.clock.install();
    await signIn(page, PEOPLE.majaKiruna, letterPath("behov/nytt"));
    const need = "Distansstudier för fritidspedagoger i Kiruna, sparat över en inloggning";
    await page.getByLabel("Vad är behovet?").fill(need);
    await page.getByLabel("Digitalisering").check();
    // The workspace's tokens live an hour: two hours later, the form is sent.
    await page.clock.fastForward("02:00:00");
    await page.getByRole("button", { name: "Registrera behovet" }).click();
    await shown(page.getByText("Din session har gått ut — logga in igen", { exact: false }));
    expect(new URL(page.url()).pathname).toBe("/logga-in");

    // Signing in again (the page's clock back with the provider's): back on the form, as it was.
    await page.clock.setSystemTime(Date.now());
    await page.getByRole("button", { name: "Logga in", exact: true }).click();
    const again = page.getByRole("button", { name: `Logga in som ${PEOPLE.majaKiruna}` });
    await page.waitForURL(
      (url) => url.origin === workspaceUrl() || url.pathname.startsWith("/interaction"),
    );
    if (await again.isVisible()) await again.click();
    await page.waitForURL((url) => url.pathname === letterPath("behov/nytt"));
    await expect
      .poll(() => page.getByLabel("Vad är behovet?").inputValue(), { timeout: 10_000 })
      .toBe(need);
    expect(await page.getByLabel("Digitalisering").isChecked()).toBe(true);
    // And it is sent, as it would have been.
    await page.getByRole("button", { name: "Registrera behovet" }).click();
    await shown(page.getByText("Behovet är registrerat"));
  });
});
