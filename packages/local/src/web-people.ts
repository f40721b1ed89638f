// The local people (issue #11): one per kind of user the letter has, the accounts of the local
// OpenID Provider (issue #21, D-40), which signs them in. Local only: a stage has real issuers.
import {
  LULEA_TEKNISKA_UNIVERSITET,
  NORRBOTTENS_KOMMUNER,
  type Organisation,
  orgNumber,
} from "@samverkan/domain";

type Role = "signatory" | "coordinator" | "viewer";

/** A person one can sign in as locally. */
export interface LocalPerson {
  readonly id: string;
  readonly name: string;
  readonly orgNumber: string;
  readonly orgName: string;
  readonly roles: readonly Role[];
  /** What this person is for, so the sign-in page can say it: party, municipality or project. */
  readonly kind: "party" | "municipality" | "project-party" | "no-letter";
}

/**
 * A made-up project party for trying special agreements with a third signatory (R14). Its
 * number is valid by Luhn but belongs to no real company; it sees the letter only once an
 * activity names it as a project party.
 */
export const LOCAL_PROJECT_PARTY: Organisation = {
  orgNumber: orgNumber("559900-1236"),
  name: "Norrbotten Testbädd AB",
};

const person = (
  id: string,
  name: string,
  org: Organisation,
  roles: Role[],
  kind: LocalPerson["kind"],
): LocalPerson => ({ id, name, orgNumber: org.orgNumber, orgName: org.name, roles, kind });

/**
 * Issue #20: an organisation in no letter, made up like the project party (valid by Luhn, no real
 * company's), so the start page's empty state can be seen: its coordinator may draft one.
 */
export const LOCAL_NEWCOMER: Organisation = {
  orgNumber: orgNumber("559900-1244"),
  name: "Nyfiken Samverkan AB",
};

/** D-45: the other principal party of the example letter (the example template's usual one). */
export const LOCAL_REGION: Organisation = {
  orgNumber: orgNumber("232100-0230"),
  name: "Region Norrbotten",
};

/**
 * The local people: NoK's and LTU's signatory and coordinator, a NoK coordinator, an LTU viewer,
 * a coordinator of the first configured member municipality (none when none is configured: the
 * letter gives no municipality's number, R3) and a project party's signatory.
 */
export function localPeople(municipalities: readonly Organisation[]): LocalPerson[] {
  const municipality = municipalities[0];
  return [
    person("nora", "Nora Nilsson", NORRBOTTENS_KOMMUNER, ["signatory", "coordinator"], "party"),
    person(
      "lars",
      "Lars Lindqvist",
      LULEA_TEKNISKA_UNIVERSITET,
      ["signatory", "coordinator"],
      "party",
    ),
    person("karin", "Karin Berg", NORRBOTTENS_KOMMUNER, ["coordinator"], "party"),
    person("vera", "Vera Viklund", LULEA_TEKNISKA_UNIVERSITET, ["viewer"], "party"),
    // The example letter's other party (D-45): she sees only that letter.
    person("rut", "Rut Rask", LOCAL_REGION, ["signatory", "coordinator"], "party"),
    // In no letter (issue #20): the start page says how letters are drafted.
    person("nils", "Nils Nyberg", LOCAL_NEWCOMER, ["coordinator"], "no-letter"),
    ...(municipality
      ? [person("maja", "Maja Mäkitalo", municipality, ["coordinator"], "municipality")]
      : []),
    person(
      "pia",
      "Pia Pekkari",
      LOCAL_PROJECT_PARTY,
      ["signatory", "coordinator"],
      "project-party",
    ),
  ];
}
