import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { personIdOf } from "@samverkan/core";
import type { Browser, Page } from "playwright-core";
import { getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ACCESSIBILITY_STATEMENT as statement } from "../../src/accessibility/statement";
import { matchRoute } from "../../src/router/match-route";
import { ROUTES } from "../../src/router/routes";
import {
  expectAccessible,
  launchChromium,
  newPage,
  PEOPLE,
  pageErrors,
  SCREENSHOT_DIR,
  screenshot,
  settled,
  signIn,
  workspaceUrl,
} from "../support/browser";
import { apiAs, tokenOf } from "../support/page-ids";
import { LEAVING_PERSON } from "../support/seed-workspace";

// Every page of web.md, at 1280 and 390 px: axe-core's WCAG 2.1 A and AA rules find nothing,
// and a screenshot of each is written for a reviewer (not compared).

const WIDTHS = [1280, 390] as const;
const pages: Record<(typeof WIDTHS)[number], Page> = {} as never;
const results: Record<string, number> = {};
/** The route of each page checked, so the statement's claim "every page" can be tested. */
const routesChecked = new Set<string>();
const routeOf = (path: string) =>
  ROUTES.find((route) => matchRoute(route.pattern, path.split("?")[0] ?? ""))?.pattern;
let browser: Browser;
let ids = { dialog: "", activity: "" };

beforeAll(async () => {
  browser = await launchChromium();
  const get = await apiAs("nora");
  const letter = `/v1/agreements/${inject("letterId")}`;
  const dialogs = await get<{ items: Array<{ id: string; record: unknown }> }>(`${letter}/dialogs`);
  const activities = await get<{ items: Array<{ id: string; title: string }> }>(
    `${letter}/activities`,
  );
  ids = {
    dialog: dialogs.items.find((d) => d.record)?.id ?? "",
    activity: activities.items.find((a) => a.title.startsWith("Uppdragsutbildning"))?.id ?? "",
  };
  for (const width of WIDTHS) {
    pages[width] = await newPage(browser, width);
    await signIn(pages[width], PEOPLE.noraNoK);
  }
});
afterAll(async () => {
  writeFileSync(join(SCREENSHOT_DIR, "axe-summary.json"), `${JSON.stringify(results, null, 2)}\n`);
  await browser.close();
});

const LEAVING_PERSON_ID = personIdOf({ orgNumber: LEAVING_PERSON.org, sub: LEAVING_PERSON.sub });
const letter = (sub = "") => `/avtal/${inject("letterId")}${sub ? `/${sub}` : ""}`;

/** Opens `path` at both widths; `before` may act on the page first (an error summary, say). */
async function check(name: string, path: () => string, before?: (page: Page) => Promise<void>) {
  for (const width of WIDTHS) {
    const page = pages[width];
    await page.goto(`${workspaceUrl()}${path()}`);
    await settled(page);
    if (before) await before(page);
    results[`${name}-${width}`] = -1;
    await expectAccessible(page);
    // Every page links to the accessibility statement from its footer (lag 2018:1937).
    await expect
      .poll(() =>
        page.getByRole("contentinfo").getByRole("link", { name: "Tillgänglighet" }).count(),
      )
      .toBe(1);
    routesChecked.add(routeOf(path()) ?? path());
    results[`${name}-${width}`] = 0;
    await screenshot(page, `${name}-${width}`);
  }
  expect(pageErrors).toEqual([]);
}

describe("every page meets WCAG 2.1 AA (axe: 0 violations) at 1280 and 390 px", () => {
  it("agreements list", () => check("agreements", () => "/"));
  it("overview: status, deadlines, timeline (R21)", () => check("overview", () => letter()));
  it("the letter clause by clause with rule statuses", () =>
    check("letter", () => letter("avsiktsforklaringen")));
  it("leadership dialogs (R10)", () => check("dialogs", () => letter("dialoger")));
  it("schedule a dialog, with its error summary (R10)", () =>
    check(
      "schedule-dialog-errors",
      () => letter("dialoger/ny"),
      async (page) => {
        await page.getByRole("button", { name: "Planera ledningsdialogen" }).click();
        await page.getByRole("alert").waitFor();
      },
    ));
  it("a held dialog: basis and record (R11, R12)", () =>
    check("dialog", () => letter(`dialoger/${ids.dialog}`)));
  it("record a dialog (R11, R13)", () =>
    check("record-dialog", () => letter(`dialoger/${ids.dialog}/dokumentera`)));
  it("collaboration group (R9)", () =>
    check("collaboration-group", () => letter("samverkansgrupp")));
  it("needs with the municipality × focus area picture (R6)", () =>
    check("needs", () => letter("behov")));
  it("register a need (R6)", () => check("register-need", () => letter("behov/nytt")));
  it("activities (R14)", () => check("activities", () => letter("aktiviteter")));
  it("define an activity (R5, R8)", () => check("define-activity", () => letter("aktiviteter/ny")));
  it("an activity and its special agreement (R14)", () =>
    check("activity", () => letter(`aktiviteter/${ids.activity}`)));
  it("revise a special agreement (R14)", () =>
    check("revise-special-agreement", () => letter(`aktiviteter/${ids.activity}/andra`)));
  it("funding applications (R7)", () => check("funding", () => letter("finansiering")));
  it("plan a funding application (R7)", () =>
    check("plan-funding", () => letter("finansiering/ny")));
  it("structure reviews (R15)", () =>
    check("structure-reviews", () => letter("strukturuppfoljning")));
  it("audit trail", () => check("audit-trail", () => letter("handelser")));
  it("registry (diarium)", () => check("registry", () => letter("diarium")));
  it("notifications (R22)", () => check("notifications", () => letter("aviseringar")));
  it("calendar feed link", () =>
    check(
      "calendar",
      () => letter("kalender"),
      async (page) => {
        await page.getByRole("button", { name: "Skapa en kalenderlänk" }).click();
        await page.getByLabel("Kalenderlänk").waitFor();
      },
    ));
  it("contacts, with the form's error summary (R23)", () =>
    check(
      "contacts-errors",
      () => letter("kontakter"),
      async (page) => {
        await page.getByRole("button", { name: "Lägg till en person" }).click();
        await page.getByRole("button", { name: "Spara kontakterna" }).click();
        await page.getByRole("alert").waitFor();
      },
    ));
  it("follow-up report with its charts (R24)", () =>
    check("follow-up", () => letter("uppfoljning")));
  it("give notice (R18)", () => check("notice", () => letter("uppsagning")));
  it("reminder settings (R23)", () =>
    check("reminder-policy", () => letter("aviseringar/installningar")));
  it("substitutes (R25)", () => check("substitutes", () => "/ersattare"));
  it("draft a letter from a template (D-46)", () => check("draft-letter", () => "/avtal/ny"));
  it("my tasks across letters (D-48)", () => check("tasks", () => "/uppgifter"));
  it("amendments (R26)", () => check("amendments", () => letter("avsiktsforklaringen/tillagg")));
  it("personal data (D-59, D-60)", () => check("personal-data", () => "/personuppgifter"));
  it("a person's data: export and erasure (D-59, D-60)", () =>
    check("person-data", () => `/personuppgifter/${LEAVING_PERSON_ID}`));
  it("the accessibility statement", () =>
    check("accessibility-statement", () => "/tillganglighet"));
  it("a page that does not exist", () => check("not-found", () => "/finns-inte"));
  it("sign-in", async () => {
    for (const width of WIDTHS) {
      const page = await newPage(browser, width);
      await page.goto(`${workspaceUrl()}/logga-in`);
      await settled(page);
      await expectAccessible(page);
      results[`sign-in-${width}`] = 0;
      routesChecked.add("/logga-in");
      await screenshot(page, `sign-in-${width}`);
      await page.context().close();
    }
  });
});

/**
 * What the statement says it can do without being wrong: each known shortcoming is still there.
 * When one is fixed its probe fails, and the statement (statement.json) must say so.
 */
const SHORTCOMING_PROBES: Record<string, () => Promise<void>> = {
  "documents-untagged": async () => {
    // The letter's PDF/A-2b (D-53) as the workspace offers it: read by pdf.js, it has no tags
    // (no marked content, no structure tree), so a screen reader reads it without headings.
    const response = await fetch(
      `${workspaceUrl()}/v1/agreements/${inject("letterId")}/documents/letter.pdf`,
      { headers: { authorization: `Bearer ${await tokenOf("nora")}` } },
    );
    expect(response.status).toBe(200);
    const pdf = await getDocumentProxy(new Uint8Array(await response.arrayBuffer()));
    expect((await pdf.getMarkInfo())?.Marked ?? false).toBe(false);
  },
  "session-time-limit": async () => {
    const page = await newPage(browser);
    // A path of its own, so that signing in waits until the workspace holds the session.
    await signIn(page, PEOPLE.noraNoK, letter());
    const stored = await page.evaluate(() => Object.entries(sessionStorage));
    await page.context().close();
    const token = JSON.parse(stored.find(([key]) => key === "samverkan.session")?.[1] ?? "{}") as {
      token?: string;
    };
    const claims = JSON.parse(
      Buffer.from((token.token ?? "").split(".")[1] ?? "", "base64url").toString(),
    ) as { iat: number; exp: number };
    // WCAG 2.2.1 lets a time limit stand unwarned only above 20 hours; ours is at most 12, and the
    // workspace keeps nothing with which to extend a session.
    expect(claims.exp - claims.iat).toBeLessThan(20 * 60 * 60);
    expect(stored.map(([key, value]) => `${key}=${value}`).join()).not.toMatch(/refresh/i);
  },
};

describe("the accessibility statement (tillgänglighetsredogörelse) stays true", () => {
  it("names exactly the pages this suite checks, and they are every page of the workspace but the sign-in callback", () => {
    const checked = new Set(Object.keys(results).map((key) => key.replace(/-\d+$/, "")));
    expect([...statement.assessment.pages].sort()).toEqual([...checked].sort());
    const unchecked = ROUTES.map((route) => route.pattern).filter((p) => !routesChecked.has(p));
    expect(unchecked).toEqual(["/logga-in/klar"]);
    expect(statement.assessment.tool).toBe("axe-core");
    expect(statement.assessment.widthsPx).toEqual([...WIDTHS]);
  });

  it("says how far the service complies, with a reason for each known shortcoming, each still found", async () => {
    expect(["full", "partial", "none"]).toContain(statement.compliance);
    expect(statement.compliance === "full").toBe(statement.shortcomings.length === 0);
    expect(statement.shortcomings.map((s) => s.id).sort()).toEqual(
      Object.keys(SHORTCOMING_PROBES).sort(),
    );
    for (const shortcoming of statement.shortcomings) {
      expect(["non-compliance", "disproportionate-burden", "out-of-scope"]).toContain(
        shortcoming.reason,
      );
      await SHORTCOMING_PROBES[shortcoming.id]?.();
    }
  });

  it("was assessed no later than it was updated, neither in the future, and links to Digg's complaint form", () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(statement.assessment.assessedOn <= statement.updatedOn).toBe(true);
    expect(statement.updatedOn <= today).toBe(true);
    expect(statement.complaintUrl).toMatch(/^https:\/\/www\.digg\.se\//);
  });
});
