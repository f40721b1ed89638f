import { NORRBOTTENS_KOMMUNER } from "@samverkan/domain";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { personOf } from "../../src/auth/person";
import {
  launchChromium,
  letterPath,
  newPage,
  PEOPLE,
  pageErrors,
  screenshot,
  settled,
  signIn,
  workspaceUrl,
} from "../support/browser";
import { absent, countIs, focused, hasText, shown } from "../support/locator-checks";
import { apiOfPage } from "../support/page-api";
import { tokenOf } from "../support/page-ids";

// The contacts page (R23): NoK's coordinator keeps NoK's list; LTU sees its names and roles only.

interface Contacts {
  items: Array<{
    orgNumber: string;
    contacts: Array<{ name: string; roles: string[]; email?: string; language?: string }>;
  }>;
}

const NOK = NORRBOTTENS_KOMMUNER.name;
const NOK_NUMBER: string = NORRBOTTENS_KOMMUNER.orgNumber;
const contactsPath = () => `/v1/agreements/${inject("letterId")}/contacts`;

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());
afterEach(async () => {
  await page?.context().close();
  expect(pageErrors).toEqual([]);
});

/** The fieldset of the n-th contact person of the form. */
const person = (number: number) =>
  page.getByRole("group", { name: `Kontaktperson ${number}`, exact: true });

async function fillPerson(
  number: number,
  {
    name,
    email,
    roles,
    language,
  }: { name: string; email: string; roles: string[]; language?: string },
) {
  const fields = person(number);
  await fields.getByLabel("Namn").fill(name);
  await fields.getByLabel("E-postadress").fill(email);
  for (const role of roles) await fields.getByLabel(role, { exact: true }).check();
  if (language) await fields.getByLabel("Språk i påminnelser").selectOption({ label: language });
}

/** PUTs a person's own organisation's list through the API, as another browser would. */
async function replaceAs(personId: string, contacts: unknown[]) {
  const token = await tokenOf(personId);
  const person = personOf(token);
  const headers = { authorization: `Bearer ${token}` };
  const read = await fetch(`${workspaceUrl()}${contactsPath()}`, { headers });
  const answer = await fetch(`${workspaceUrl()}${contactsPath()}`, {
    method: "PUT",
    headers: {
      ...headers,
      "content-type": "application/json",
      "if-match": read.headers.get("etag") ?? "",
    },
    body: JSON.stringify({ orgNumber: person?.orgNumber, contacts }),
  });
  expect(answer.status).toBe(200);
}

describe("contacts (R23)", () => {
  it("R23 a coordinator adds two contacts and saves; the page and the API show them with addresses", async () => {
    page = await newPage(browser);
    await signIn(page, PEOPLE.karinNoKCoordinator, letterPath("kontakter"));
    await settled(page);
    await page.getByRole("button", { name: "Lägg till en person" }).click();
    await focused(person(1).getByLabel("Namn"));
    await fillPerson(1, {
      name: "Karin Berg",
      email: "karin.berg@example.se",
      roles: ["Samordnare", "Ledamot i samverkansgruppen"],
    });
    await page.getByRole("button", { name: "Lägg till en person" }).click();
    await fillPerson(2, {
      name: "Anna Andersson",
      email: "Anna.Andersson@example.se",
      roles: ["Firmatecknare"],
      language: "Engelska",
    });
    await page.getByRole("button", { name: "Spara kontakterna" }).click();

    await shown(page.getByText("Kontakterna är sparade"));
    await shown(page.getByText("Påminnelser går nu till 2 personer i din organisation."));
    const list = page.getByTestId(`contacts-${NOK_NUMBER}`);
    await shown(page.getByRole("heading", { name: `${NOK} (din organisation)` }));
    await hasText(list, "Karin Berg");
    await hasText(list, "samordnare och ledamot i samverkansgruppen");
    await hasText(list, "karin.berg@example.se");
    await hasText(list, "Anna Andersson");
    await hasText(list, "Läser påminnelser på engelska");
    await screenshot(page, "contacts-1280");

    const get = await apiOfPage(page);
    const nok = (await get<Contacts>(contactsPath())).items.find(
      (item) => item.orgNumber === NOK_NUMBER,
    );
    expect(nok?.contacts).toEqual([
      {
        name: "Karin Berg",
        email: "karin.berg@example.se",
        roles: ["coordinator", "group"],
        language: "sv",
      },
      {
        name: "Anna Andersson",
        email: "Anna.Andersson@example.se",
        roles: ["signatory"],
        language: "en",
      },
    ]);
  });

  it("R23 another organisation's person sees NoK's names and roles but no addresses", async () => {
    page = await newPage(browser);
    await signIn(page, PEOPLE.larsLtu, letterPath("kontakter"));
    await settled(page);
    await shown(page.getByRole("heading", { name: NOK, exact: true }));
    const list = page.getByTestId(`contacts-${NOK_NUMBER}`);
    await hasText(list, "Anna Andersson");
    await hasText(list, "firmatecknare");
    expect(await list.textContent()).not.toContain("@");
    await absent(page.getByText("karin.berg@example.se"));
    // LTU's coordinator keeps LTU's list, not NoK's.
    await shown(
      page.getByRole("heading", { name: "Ändra kontakterna för Luleå tekniska universitet" }),
    );

    const get = await apiOfPage(page);
    const nok = (await get<Contacts>(contactsPath())).items.find(
      (item) => item.orgNumber === NOK_NUMBER,
    );
    expect(nok?.contacts.map((c) => c.name)).toEqual(["Karin Berg", "Anna Andersson"]);
    for (const contact of nok?.contacts ?? []) {
      expect(contact.email).toBeUndefined();
      expect(contact.language).toBeUndefined();
    }
  });

  it("R23 a viewer sees the lists and why they cannot change them, but no form", async () => {
    page = await newPage(browser);
    await signIn(page, PEOPLE.veraLtuViewer, letterPath("kontakter"));
    await settled(page);
    await hasText(page.getByTestId(`contacts-${NOK_NUMBER}`), "Karin Berg");
    await shown(
      page.getByText(
        "Endast en samordnare för Luleå tekniska universitet kan ändra organisationens kontakter.",
      ),
    );
    await absent(page.getByRole("button", { name: "Spara kontakterna" }));
    await absent(page.getByRole("button", { name: "Lägg till en person" }));
    await absent(page.getByRole("textbox"));
  });

  it("R23 an invalid e-mail address shows a field error and sends nothing", async () => {
    page = await newPage(browser);
    const sent: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "PUT" && request.url().includes("/contacts"))
        sent.push(request.url());
    });
    await signIn(page, PEOPLE.larsLtu, letterPath("kontakter"));
    await settled(page);
    await page.getByRole("button", { name: "Lägg till en person" }).click();
    await fillPerson(1, { name: "Lena Lund", email: "lena.lund(at)ltu", roles: ["Samordnare"] });
    await page.getByRole("button", { name: "Spara kontakterna" }).click();

    const summary = page.getByRole("alert");
    // GOV.UK's error summary: the container takes focus, the alert is its content.
    await focused(page.locator(".error-summary", { has: summary }));
    const message = "Skriv en e-postadress som namn@exempel.se för kontaktperson 1";
    await countIs(summary.getByRole("link"), 1);
    await summary.getByRole("link", { name: message }).click();
    await focused(person(1).getByLabel("E-postadress"));
    await hasText(person(1).locator(".error-message"), message);
    await absent(page.getByText("Kontakterna är sparade"));
    expect(sent).toEqual([]);

    // Removing the person takes their errors away and leaves the focus on the add button.
    await person(1).getByRole("button", { name: "Ta bort kontaktperson 1" }).click();
    await absent(person(1));
    await absent(page.getByRole("alert"));
    await focused(page.getByRole("button", { name: "Lägg till en person" }));
    expect(sent).toEqual([]);
  });

  it("R23 a list changed by someone else meanwhile is not overwritten: the page offers to reload it", async () => {
    page = await newPage(browser);
    await signIn(page, PEOPLE.noraNoK, letterPath("kontakter"));
    await settled(page);
    await shown(person(2));
    await replaceAs("karin", [
      {
        name: "Karin Berg",
        email: "karin.berg@example.se",
        roles: ["coordinator"],
        language: "sv",
      },
    ]);
    await person(2).getByLabel("Namn").fill("Anna Andersson Lind");
    await page.getByRole("button", { name: "Spara kontakterna" }).click();

    await shown(page.getByText(/Någon annan har ändrat listan medan du arbetade/));
    await page.getByRole("button", { name: "Läs in listan igen" }).click();
    await absent(person(2));
    await hasText(page.getByTestId(`contacts-${NOK_NUMBER}`), "Karin Berg");
    await absent(page.getByText("Anna Andersson"));
  });

  it("R23 at 50 people a list takes no more: the add button is disabled and says why", async () => {
    const fifty = Array.from({ length: 50 }, (_, i) => ({
      name: `Person ${i + 1}`,
      email: `person${i + 1}@kommun.example`,
      roles: ["group"],
      language: "sv",
    }));
    await replaceAs("maja", fifty);
    try {
      page = await newPage(browser);
      await signIn(page, PEOPLE.majaKiruna, letterPath("kontakter"));
      await settled(page);
      await shown(person(50));
      await shown(page.getByText("Listan har 50 personer, så fler kan inte läggas till."));
      expect(await page.getByRole("button", { name: "Lägg till en person" }).isDisabled()).toBe(
        true,
      );
    } finally {
      await replaceAs("maja", []);
    }
  });
});
