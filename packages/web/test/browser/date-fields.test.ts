import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { letterPath, PEOPLE, pagePerTest, signIn } from "../support/browser";
import { shown } from "../support/locator-checks";

// Issue #16 (dates): a browser's own date picker shows its locale's format (mm/dd/yyyy in an
// English browser). Date fields are typed as year-month-day, the Swedish way, and say so.
const openPage = pagePerTest();
let page: Page;

describe("date fields", () => {
  it("R10 the dialog's date is typed as year-month-day, with the format in the field's hint", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.noraNoK, letterPath("dialoger/ny"));
    const field = page.getByRole("textbox", { name: "När ska ledningsdialogen hållas?" });
    await shown(field);
    expect(await field.getAttribute("type")).toBe("text");
    expect(await field.getAttribute("inputmode")).toBe("numeric");
    const hintId = ((await field.getAttribute("aria-describedby")) ?? "").split(" ")[0] ?? "";
    const hint = await page.locator(`[id="${hintId}"]`).textContent();
    expect(hint).toContain("år-månad-dag");
    expect(await page.locator("body").textContent()).not.toMatch(/mm\/dd\/(yyyy|åååå)/i);
  });
});
