import { describe, expect, it } from "vitest";
import {
  ContactList,
  digestsByPerson,
  MAX_CONTACTS_PER_ORGANISATION,
  MAX_MAIL_DOMAINS,
  mailDomainProblems,
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

describe("finding: one party can write to the other party's people — R23 D-39", () => {
  const lars = { name: "Lars Nilsson", email: "lars@ltu.se", roles: ["coordinator"] };
  const bait = {
    name: "Lars - your LTU access expires, confirm at https://evil.example",
    email: "LARS@ltu.se",
    roles: ["group"],
    language: "en",
  };
  const ltu = (mailDomains?: string[]) =>
    ContactList.parse({ orgNumber: LTU.orgNumber, contacts: [lars], mailDomains });
  const nok = ContactList.parse({ orgNumber: NOK.orgNumber, contacts: [per, bait] });

  it("finding: one party can write to the other party's people — R23 D-39 NoK's listing of LTU's person neither names nor sets the language of his greeting", () => {
    for (const order of [
      [NOK.orgNumber, LTU.orgNumber],
      [LTU.orgNumber, NOK.orgNumber],
    ]) {
      const lars = whoIsTold(order, [nok, ltu()]).people.find((p) => p.email === "lars@ltu.se");
      // Without a declared domain nobody can tell whose person he is: no list's words, Swedish.
      expect(lars).toMatchObject({ name: "", language: "sv" });
      expect(lars?.orgNumbers).toHaveLength(2);
    }
  });

  it("finding: one party can write to the other party's people — R23 D-39 once LTU declares ltu.se, only LTU's list addresses him, and NoK's listing is ignored", () => {
    const lists = [nok, ltu(["ltu.se"])];
    const told = whoIsTold([NOK.orgNumber, LTU.orgNumber], lists);
    expect(told.people.map((p) => [p.email, p.name, p.language, p.orgNumbers])).toEqual([
      ["per.berg@nok.se", "Per Berg", "sv", [NOK.orgNumber]],
      ["lars@ltu.se", "Lars Nilsson", "sv", [LTU.orgNumber]],
    ]);
    // A reminder about NoK's duties alone does not reach LTU's person through NoK's list.
    expect(whoIsTold([NOK.orgNumber], lists).people.map((p) => p.email)).toEqual([
      "per.berg@nok.se",
    ]);
    // NoK listing only LTU's people has nobody of its own to tell.
    const onlyBait = ContactList.parse({ orgNumber: NOK.orgNumber, contacts: [bait] });
    expect(whoIsTold([NOK.orgNumber], [onlyBait, ltu(["ltu.se"])])).toEqual({
      people: [],
      organisationsWithoutContacts: [NOK.orgNumber],
    });
  });

  it("finding: one party can write to the other party's people — R23 D-39 listings that agree address the person as they say, once", () => {
    const same = ContactList.parse({
      orgNumber: NOK.orgNumber,
      contacts: [{ ...anna, email: "anna.lind@LTU.se" }],
    });
    const told = whoIsTold([LTU.orgNumber, NOK.orgNumber], [lists[0] as ContactList, same]);
    expect(told.people).toEqual([
      {
        email: "anna.lind@ltu.se",
        name: "Anna Lind",
        language: "en",
        orgNumbers: [LTU.orgNumber, NOK.orgNumber],
      },
    ]);
  });

  it("finding: one party can write to the other party's people — R23 D-39 a list with mail domains keeps its contacts at them, and cannot list or declare another's", () => {
    expect(mailDomainProblems(ltu(["ltu.se"]), [])).toEqual([]);
    const sub = ContactList.parse({
      orgNumber: LTU.orgNumber,
      mailDomains: ["ltu.se"],
      contacts: [{ ...lars, email: "lars@staff.ltu.se" }, per],
    });
    expect(mailDomainProblems(sub, [])).toEqual([
      {
        code: "contact-outside-mail-domains",
        path: "contacts.1.email",
        message: "Contact 2 must have an address at ltu.se",
      },
    ]);
    expect(mailDomainProblems(nok, [ltu(["ltu.se"])]).map((p) => [p.code, p.path])).toEqual([
      ["address-of-another-organisation", "contacts.1.email"],
    ]);
    const grab = ContactList.parse({
      orgNumber: NOK.orgNumber,
      mailDomains: ["LTU.se"],
      contacts: [],
    });
    expect(mailDomainProblems(grab, [ltu(["ltu.se"])]).map((p) => [p.code, p.path])).toEqual([
      ["mail-domain-of-another-organisation", "mailDomains.0"],
    ]);
    // Declaring one's domain is allowed even where another list names an address there.
    expect(mailDomainProblems(ltu(["ltu.se"]), [nok])).toEqual([]);
  });

  it(`D-39 mail domains are bounded: at most ${MAX_MAIL_DOMAINS}, each a domain, each once`, () => {
    const list = (mailDomains: string[]) =>
      ContactList.safeParse({ orgNumber: LTU.orgNumber, mailDomains, contacts: [] }).success;
    const domains = (n: number) => Array.from({ length: n }, (_, i) => `d${i}.se`);
    expect(list(domains(MAX_MAIL_DOMAINS))).toBe(true);
    expect(list(domains(MAX_MAIL_DOMAINS + 1))).toBe(false);
    expect(list(["ltu.se", "LTU.se"])).toBe(false);
    for (const bad of ["ltu", "@ltu.se", "ltu..se", "-ltu.se", "ltu.se/x"])
      expect(list([bad])).toBe(false);
  });
});
