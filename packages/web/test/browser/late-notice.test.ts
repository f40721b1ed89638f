import { noticeEndDate } from "@samverkan/domain";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { expectAccessible, PEOPLE, pagePerTest, signIn, workspaceUrl } from "../support/browser";
import { addDays, todayInStockholm } from "../support/dates";
import { absent, hasText, shown } from "../support/locator-checks";

// A notice dated 30 days back is only claimed until the other party acknowledges it (D-33); then
// the duties due after the end are shown as lapsing (R20). On a letter of its own.
const overview = () => `/avtal/${inject("lateNoticeLetterId")}`;
const swedishDate = (day: string) =>
  new Intl.DateTimeFormat("sv-SE", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));

/** A POST as the page's signed-in person, with the token the page holds. */
async function postAsPage(page: Page, path: string, body: unknown) {
  const token = await page.evaluate(
    () =>
      (JSON.parse(sessionStorage.getItem("samverkan.session") ?? "{}") as { token?: string })
        .token ?? "",
  );
  return fetch(`${workspaceUrl()}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

const openPage = pagePerTest();
let page: Page;

describe("a notice dated back, and the duties that lapse", () => {
  const receivedOn = addDays(todayInStockholm(), -30);
  const endsOn = noticeEndDate(receivedOn as never, 3);

  it("finding: a notice can be dated weeks back by the giving party alone — R18 R16 it shows as claimed; the other party's signatory acknowledges it", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.noraNoK, overview());
    const given = await postAsPage(
      page,
      `/v1/agreements/${inject("lateNoticeLetterId")}/termination`,
      {
        receivedOn,
      },
    );
    expect(given.status).toBe(201);
    expect((await given.json()).state).toBe("claimed");
    await page.reload();
    const claim = page.getByTestId("claimed-notice");
    await hasText(
      claim,
      `Norrbottens Kommuner uppger att avsiktsförklaringen sades upp ${swedishDate(receivedOn)}`,
    );
    await hasText(claim, "gäller först när Luleå tekniska universitet bekräftar");
    // The giving party cannot acknowledge its own notice; the letter is still in force.
    await absent(page.getByRole("button", { name: "Bekräfta att uppsägningen togs emot" }));
    await hasText(page.getByTestId("status-sentence"), /^I kraft sedan/);

    page = await openPage();
    await signIn(page, PEOPLE.larsLtu, overview());
    await expectAccessible(page);
    await page.getByRole("button", { name: "Bekräfta att uppsägningen togs emot" }).click();
    await shown(
      page.getByText(
        `Uppsägningen är bekräftad. Avsiktsförklaringen upphör ${swedishDate(endsOn)}.`,
      ),
    );
    await hasText(
      page.getByTestId("status-sentence"),
      `Uppsagd ${swedishDate(receivedOn)}, upphör ${swedishDate(endsOn)}`,
    );
  });

  it("finding: after notice, duties past the end are shown as upcoming — R20 R21 they are listed as lapsing on the end date, with nothing to do", async () => {
    page = await openPage();
    await signIn(page, PEOPLE.larsLtu, overview());
    const lapsing = page.locator(".deadline--lapsing");
    await shown(lapsing.first());
    await hasText(lapsing.first(), "Upphör");
    await hasText(
      lapsing.first(),
      `Behöver inte göras: åtagandet upphör när avsiktsförklaringen upphör ${swedishDate(endsOn)}`,
    );
    // Nothing to act on (only the rule is linked), and not listed as upcoming.
    await absent(lapsing.first().locator("a.button"));
    for (const text of await page.locator(".deadline--upcoming .deadline__due").allTextContents())
      expect(text).not.toContain("Behöver inte göras");
    await expectAccessible(page);
  });
});
