import { LULEA_TEKNISKA_UNIVERSITET } from "@samverkan/domain";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import {
  expectAccessible,
  letterPath,
  PEOPLE,
  pagePerTest,
  screenshot,
  settled,
  signIn,
} from "../support/browser";
import { absent, hasText, shown } from "../support/locator-checks";
import { apiOfPage } from "../support/page-api";

// D-31 finding: one party can switch off the other's reminders — a proposal takes effect only
// when the other party accepts. NoK's coordinator proposes; LTU's viewer cannot answer; LTU's
// coordinator accepts, and the page says who proposed and who accepted. The proposal keeps the
// default lead times, so the letter the other flows share keeps its reminders.

const openPage = pagePerTest();
let page: Page;
const settings = () => letterPath("aviseringar/installningar");
const LTU = LULEA_TEKNISKA_UNIVERSITET;

interface PolicyState {
  leadDays: number[];
  setBy: { proposedBy: { orgNumber: string }; acceptedBy: { orgNumber: string } } | null;
  pending: unknown;
}

describe("reminder settings (R23, D-31)", () => {
  it("R23 finding: one party can switch off the other's reminders — NoK proposes, LTU's viewer cannot answer, LTU's coordinator accepts", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.karinNoKCoordinator, letterPath("aviseringar"));
    await page.getByRole("link", { name: "Inställningar för påminnelser" }).click();
    await settled(page);
    await shown(page.getByRole("heading", { name: "Inställningar för påminnelser", level: 1 }));
    await hasText(page.getByTestId("policy-current"), "30, 14, 7 och 1 dagar före varje datum");
    await hasText(page.getByTestId("policy-set-by"), "Standardinställningen gäller");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Skicka förslaget" }).click();
    await shown(page.getByText("Förslaget är skickat till den andra parten"));
    const pending = page.getByTestId("policy-pending");
    await hasText(pending, "Karin Berg, Norrbottens Kommuner föreslog");
    await hasText(pending, `Förslaget väntar på svar från ${LTU.name}.`);
    // NoK cannot accept its own proposal: it can only withdraw it.
    await absent(page.getByRole("button", { name: "Godkänn förslaget" }));
    await shown(page.getByRole("button", { name: "Dra tillbaka förslaget" }));
    await screenshot(page, "reminder-policy-pending-1280");

    page = await openPage();
    await signIn(page, PEOPLE.veraLtuViewer, settings());
    await settled(page);
    await shown(page.getByTestId("policy-pending"));
    await absent(page.getByRole("button", { name: "Godkänn förslaget" }));

    page = await openPage();
    await signIn(page, PEOPLE.larsLtu, settings());
    await settled(page);
    await page.getByRole("button", { name: "Godkänn förslaget" }).click();
    await shown(page.getByText("Förslaget är godkänt och gäller från i dag"));
    await absent(page.getByTestId("policy-pending"));
    const setBy = page.getByTestId("policy-set-by");
    await hasText(setBy, "Karin Berg, Norrbottens Kommuner föreslog det");
    await hasText(setBy, `Lars Lindqvist, ${LTU.name} godkände det`);
    await expectAccessible(page);
    await screenshot(page, "reminder-policy-accepted-1280");

    const get = await apiOfPage(page);
    const state = await get<PolicyState>(`/v1/agreements/${inject("letterId")}/reminder-policy`);
    expect(state.leadDays).toEqual([30, 14, 7, 1]);
    expect(state.pending).toBeNull();
    expect(state.setBy?.acceptedBy.orgNumber).toBe(LTU.orgNumber);
    expect(state.setBy?.proposedBy.orgNumber).not.toBe(LTU.orgNumber);

    await page.goto(page.url().replace("aviseringar/installningar", "handelser"));
    await settled(page);
    // The trail shows the oldest first, 50 at a time: page on to the newest events.
    for (let more = 0; more < 20; more++) {
      // While a page loads its button is disabled and may go (the last page has none): decide
      // on the settled page, or the click waits for a button that never comes back.
      await absent(page.locator("button:disabled", { hasText: "Visa fler händelser" }));
      const next = page.getByRole("button", { name: "Visa fler händelser" });
      if ((await next.count()) === 0) break;
      // Wait for the page the click asks for: the button turns disabled only once the page
      // renders again, so without it the next round could see the old, enabled button.
      const loaded = page.waitForResponse((response) => /\/events\?/.test(response.url()));
      await next.click();
      await loaded;
      await settled(page);
    }
    // The last page ends with the acceptance; the proposal is recorded just before it.
    // In the table, not the filter's list of kinds (#16.7), which names it too.
    await shown(page.locator("tbody").getByText("Ändringen av påminnelserna godkändes").first());
    const types: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const trail = await get<{ items: Array<{ type: string }>; nextCursor: string | null }>(
        `/v1/agreements/${inject("letterId")}/events${query}`,
      );
      types.push(...trail.items.map((e) => e.type));
      cursor = trail.nextCursor;
    } while (cursor);
    const proposedAt = types.lastIndexOf("ReminderPolicyProposed");
    expect(proposedAt).toBeGreaterThanOrEqual(0);
    expect(types.lastIndexOf("ReminderPolicyAccepted")).toBeGreaterThan(proposedAt);
  });
});
