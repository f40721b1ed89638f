import { LULEA_TEKNISKA_UNIVERSITET } from "@samverkan/domain";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import {
  launchChromium,
  letterPath,
  newPage,
  PEOPLE,
  pageErrors,
  settled,
  signIn,
  workspaceUrl,
} from "../support/browser";
import { absent, hasText, shown } from "../support/locator-checks";
import { tokenOf } from "../support/page-ids";

// D-30: a principal party without contacts is something to do on the overview.

const LTU = LULEA_TEKNISKA_UNIVERSITET.name;
const contactsPath = () => `${workspaceUrl()}/v1/agreements/${inject("letterId")}/contacts`;

let browser: Browser;
let page: Page;
let lars: Record<string, string> = {};
let before: unknown[] = [];
beforeAll(async () => {
  browser = await launchChromium();
  const token = await tokenOf("lars");
  lars = { authorization: `Bearer ${token}` };
  const lists = (await (await fetch(contactsPath(), { headers: lars })).json()) as {
    items: Array<{ orgNumber: string; contacts: unknown[] }>;
  };
  before =
    lists.items.find((l) => l.orgNumber === LULEA_TEKNISKA_UNIVERSITET.orgNumber)?.contacts ?? [];
});
afterAll(async () => {
  // The other browser tests share the letter: LTU's list is left as it was found.
  await putLtu(before);
  await browser.close();
});
afterEach(async () => {
  await page?.context().close();
  expect(pageErrors).toEqual([]);
});

async function putLtu(contacts: unknown[], mailDomains?: string[]) {
  const answer = await fetch(contactsPath(), {
    method: "PUT",
    headers: { ...lars, "content-type": "application/json" },
    body: JSON.stringify({
      orgNumber: LULEA_TEKNISKA_UNIVERSITET.orgNumber,
      contacts,
      mailDomains,
    }),
  });
  expect(answer.status).toBe(200);
}

describe("finding: reminders to nobody count as sent — R23 D-30 the overview", () => {
  it("finding: reminders to nobody count as sent — R23 D-30 a party without contacts sees it as something to do, with the way to add them", async () => {
    await putLtu([]);
    page = await newPage(browser);
    await signIn(page, PEOPLE.larsLtu, letterPath());
    await settled(page);
    const toDo = page.getByTestId("contacts-to-do");
    await shown(toDo.getByRole("heading", { name: "Påminnelser når inte alla parter" }));
    await hasText(
      toDo,
      `${LTU} har ingen kontaktperson. Påminnelser om avsiktsförklaringen når ingen hos er.`,
    );
    await toDo.getByRole("link", { name: `Lägg in kontaktpersoner för ${LTU}` }).click();
    await shown(page.getByRole("heading", { level: 1, name: "Kontakter" }));
  });

  it("finding: reminders to nobody count as sent — R23 D-30 once the party has named someone, its to-do is gone", async () => {
    await putLtu([{ name: "Lars Lindqvist", email: "lars@ltu.example", roles: ["coordinator"] }]);
    page = await newPage(browser);
    await signIn(page, PEOPLE.larsLtu, letterPath());
    await settled(page);
    await absent(page.getByText(`${LTU} har ingen kontaktperson.`, { exact: false }));
  });

  it("finding: one party can write to the other party's people — R23 D-39 the contacts page says which domains are LTU's own", async () => {
    await putLtu(
      [{ name: "Lars Lindqvist", email: "lars@ltu.example", roles: ["coordinator"] }],
      ["ltu.example"],
    );
    page = await newPage(browser);
    await signIn(page, PEOPLE.noraNoK, letterPath("kontakter"));
    await settled(page);
    await shown(
      page.getByText(
        `E-postadresser hos ${LTU} slutar på ltu.example. Bara ${LTU} kan lägga in adresser där.`,
      ),
    );
  });
});
