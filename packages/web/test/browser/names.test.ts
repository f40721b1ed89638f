import type { Page } from "playwright-core";
import { describe, it } from "vitest";
import { expectAccessible, letterPath, PEOPLE, pagePerTest, signIn } from "../support/browser";
import { absent, hasText, shown } from "../support/locator-checks";

// Issue #17, "ids instead of people": the workspace showed "Undertecknat 1 oktober 2025 av seed",
// "… av nora" and the actor "pnpm dev". The seed now signs as the local people, and the API names
// everyone who acts from the people directory (D-34).

const openPage = pagePerTest();
let page: Page;

describe("names, not ids", () => {
  it("finding: ids instead of people — the overview names who signed the letter", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.veraLtuViewer, letterPath());
    const parties = page.getByRole("region", { name: "Parter och underskrifter" });
    await hasText(parties, `Undertecknat 1 oktober 2025 av ${PEOPLE.noraNoK}`);
    await hasText(parties, `Undertecknat 1 oktober 2025 av ${PEOPLE.larsLtu}`);
    await absent(page.getByText(/av (seed|nora|lars)\b/));
  });

  it("finding: ids instead of people — the audit trail names each person with their organisation", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.veraLtuViewer, letterPath("handelser"));
    const rows = page.locator("tbody tr");
    await hasText(rows.first(), `${PEOPLE.noraNoK}, Norrbottens Kommuner`);
    await shown(
      page.getByRole("cell", { name: `${PEOPLE.larsLtu}, Luleå tekniska universitet` }).first(),
    );
    await absent(page.getByRole("cell", { name: /^(seed|pnpm dev|nora|lars)\b/ }));
    await expectAccessible(page);
  });
});
