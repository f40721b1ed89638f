import { describe, expect, it } from "vitest";
import {
  ContactList,
  digestsByPerson,
  MAX_CONTACTS_PER_ORGANISATION,
  whoIsTold,
  withoutEmails,
} from "../../src/index";
import { LTU, NOK } from "../support/fixtures";

const anna = {
  name: "Anna Lind",
  email: "Anna.Lind@ltu.se",
  roles: ["coordinator"],
  language: "en",
};
const per = { name: "Per Berg", email: "per.berg@nok.se", roles: ["group", "signatory"] };
const lists = [
  ContactList.parse({ orgNumber: LTU.orgNumber, contacts: [anna] }),
  ContactList.parse({ orgNumber: NOK.orgNumber, contacts: [per] }),
];

describe("R23 contacts of an organisation", () => {
  it("R23 a contact has a name, an e-mail address, roles and a language, Swedish unless chosen", () => {
    expect(lists[1]?.contacts[0]?.language).toBe("sv");
    expect(lists[0]?.contacts[0]?.language).toBe("en");
  });

  it("R23 a list refuses a malformed address, an unknown role or language, and a repeated address", () => {
    const bad = [
      { ...anna, email: "not-an-address" },
      { ...anna, roles: ["boss"] },
      { ...anna, roles: [] },
      { ...anna, language: "fi" },
    ];
    for (const contact of bad)
      expect(ContactList.safeParse({ orgNumber: LTU.orgNumber, contacts: [contact] }).success).toBe(
        false,
      );
    const twice = [anna, { ...anna, email: "anna.lind@LTU.se" }];
    expect(ContactList.safeParse({ orgNumber: LTU.orgNumber, contacts: twice }).success).toBe(
      false,
    );
  });

  it(`R23 a list is bounded: at most ${MAX_CONTACTS_PER_ORGANISATION} contacts`, () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ ...anna, email: `p${i}@ltu.se` }));
    const list = (n: number) => ({ orgNumber: LTU.orgNumber, contacts: many(n) });
    expect(ContactList.safeParse(list(MAX_CONTACTS_PER_ORGANISATION)).success).toBe(true);
    expect(ContactList.safeParse(list(MAX_CONTACTS_PER_ORGANISATION + 1)).success).toBe(false);
  });

  it("R23 another organisation sees names and roles, never addresses", () => {
    expect(JSON.stringify(withoutEmails(lists[0] as ContactList))).not.toContain("@");
  });
});

describe("R23 who is told", () => {
  it("R23 the contacts of the organisations a reminder concerns, each once, by address", () => {
    const both = [
      ...lists,
      ContactList.parse({ orgNumber: "2021002841", contacts: [] }),
    ] satisfies ContactList[];
    const told = whoIsTold([NOK.orgNumber, LTU.orgNumber], both);
    expect(told.people.map((p) => [p.email, p.language])).toEqual([
      ["per.berg@nok.se", "sv"],
      ["anna.lind@ltu.se", "en"],
    ]);
    expect(told.organisationsWithoutContacts).toEqual([]);
  });

  it("R23 a person listed by both parties is told once; an organisation without contacts is named", () => {
    const shared = ContactList.parse({
      orgNumber: NOK.orgNumber,
      contacts: [{ ...anna, email: "ANNA.LIND@ltu.se", language: "sv" }],
    });
    const told = whoIsTold([LTU.orgNumber, NOK.orgNumber], [lists[0] as ContactList, shared]);
    expect(told.people).toHaveLength(1);
    expect(told.people[0]?.orgNumbers).toEqual([LTU.orgNumber, NOK.orgNumber]);
    expect(whoIsTold([NOK.orgNumber], [lists[0] as ContactList])).toEqual({
      people: [],
      organisationsWithoutContacts: [NOK.orgNumber],
    });
  });

  it("R23 a digest gives each person the day's reminders that concern their organisations", () => {
    const reminders = [
      { key: "a", recipients: [LTU.orgNumber, NOK.orgNumber] },
      { key: "b", recipients: [LTU.orgNumber] },
    ];
    const { digests } = digestsByPerson(reminders, lists);
    expect(digests.map((d) => [d.person.email, d.reminders.map((r) => r.key)])).toEqual([
      ["anna.lind@ltu.se", ["a", "b"]],
      ["per.berg@nok.se", ["a"]],
    ]);
  });
});
