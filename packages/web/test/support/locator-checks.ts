// Waiting checks on Playwright locators for vitest (Playwright Test's own `expect` is not part
// of playwright-core): each waits until the page shows what the person should see.
import type { Locator } from "playwright-core";
import { expect } from "vitest";

const TIMEOUT = 10_000;

/** Waits until the locator's first match is visible. */
export async function shown(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: "visible", timeout: TIMEOUT });
}

/** Waits until nothing matches the locator (or nothing of it is visible). */
export async function absent(locator: Locator): Promise<void> {
  await expect.poll(() => locator.count(), { timeout: TIMEOUT }).toBe(0);
}

/** Waits until the element has the keyboard focus. */
export async function focused(locator: Locator): Promise<void> {
  await expect
    .poll(() => locator.evaluate((element) => element === document.activeElement), {
      timeout: TIMEOUT,
    })
    .toBe(true);
}

/** Waits until the element's visible text contains `text`. */
export async function hasText(locator: Locator, text: string | RegExp): Promise<void> {
  await expect
    .poll(() => locator.first().textContent(), { timeout: TIMEOUT })
    .toMatch(
      typeof text === "string" ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) : text,
    );
}

/** Waits until the locator matches exactly `count` elements. */
export async function countIs(locator: Locator, count: number): Promise<void> {
  await expect.poll(() => locator.count(), { timeout: TIMEOUT }).toBe(count);
}
