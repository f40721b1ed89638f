import type { Page } from "playwright-core";
import { workspaceUrl } from "./browser";

/**
 * The API as the page's signed-in person calls it: with the very token the page holds in its
 * session (src/auth/session.ts), so a test reads the same figures the page was given.
 */
export async function apiOfPage(page: Page) {
  const token = await page.evaluate(
    () =>
      (JSON.parse(sessionStorage.getItem("samverkan.session") ?? "{}") as { token?: string })
        .token ?? "",
  );
  return async <T>(path: string): Promise<T> => {
    const answer = await fetch(`${workspaceUrl()}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!answer.ok) throw new Error(`GET ${path}: ${answer.status}`);
    return (await answer.json()) as T;
  };
}
