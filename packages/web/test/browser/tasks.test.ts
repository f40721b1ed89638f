import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  expectAccessible,
  letterPath,
  PEOPLE,
  pagePerTest,
  screenshot,
  signIn,
} from "../support/browser";
import { shown } from "../support/locator-checks";

// Issue 20, item 4: "Mina uppgifter" (D-48). The seeded workspace has three letters between NoK
// and LTU; NoK's coordinator sees what is due in each of them on one page.

const openPage = pagePerTest();
let page: Page;

describe("Mina uppgifter", () => {
  it("finding: a coordinator with several letters had to open each to see what is due — R21 D-48 one page lists every letter's tasks, earliest due first, each a link to where it is done", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.karinNoKCoordinator, letterPath());
    await page.getByRole("link", { name: "Mina uppgifter" }).click();
    await shown(page.getByRole("heading", { name: "Mina uppgifter" }));
    const rows = page.getByTestId("tasks").locator("tbody tr");
    await shown(rows.first());
    const letters = new Set(
      await page
        .getByTestId("tasks")
        .locator("tbody tr td:nth-child(2) a")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href"))),
    );
    expect(letters.size).toBeGreaterThanOrEqual(2);
    const days = await rows.evaluateAll((trs) =>
      trs.map((tr) => tr.getAttribute("data-due") ?? ""),
    );
    expect(days).toEqual([...days].sort());
    await expectAccessible(page);
    await screenshot(page, "tasks-1280");
    // The first task's link opens the page of its letter where it is done.
    const action = rows.first().locator("td:first-child a");
    const href = (await action.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/avtal\/[^/]+/);
    await action.click();
    await page.waitForURL((url) => url.pathname === href);
  });

  it("D-48 a viewer acts on nothing: their own list is empty and says so; the organisation's is not", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.veraLtuViewer, "/uppgifter");
    await shown(page.getByText("Du har inget att göra just nu."));
    await page.getByLabel("Visa allt som organisationen ska göra").check();
    await shown(page.getByTestId("tasks").locator("tbody tr").first());
  });
});
