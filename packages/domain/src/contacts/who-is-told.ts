import type { PlannedReminder } from "../reminders/reminder-plan";
import { type ContactLanguage, type ContactList, normalizedEmail } from "./contact";
import { declaredOwnerOf } from "./mail-domains";

/** One person a reminder reaches: by address, once, however many of their organisations it concerns. */
export interface PersonToTell {
  /** The normalized address: the person's identity for "once per person" (R23). */
  readonly email: string;
  /** How they are greeted; empty when their listings disagree and none is decisive (D-39). */
  readonly name: string;
  readonly language: ContactLanguage;
  /** The organisations they are told for (the reminder's recipients they are a contact of). */
  readonly orgNumbers: readonly string[];
}

/** Who a notification reaches, and which of its organisations have nobody to tell. */
export interface WhoIsTold {
  readonly people: readonly PersonToTell[];
  readonly organisationsWithoutContacts: readonly string[];
}

/** One organisation's listing of an address. */
interface Listing {
  readonly orgNumber: string;
  readonly name: string;
  readonly language: ContactLanguage;
}

/**
 * How a person listed by several of a reminder's organisations is addressed (D-39). Only the
 * organisation that declared the address's domain may list it at all (the others' listings are
 * dropped before this), so with a declared domain there is one listing. Without one, nobody can
 * tell whose person it is: the listings' name and language are used where they agree; where they
 * differ, no list's name is used (a plain greeting) and the letter's language, Swedish. So another
 * organisation's list can never put its words or its language into someone's greeting.
 */
function addressed(email: string, listings: readonly Listing[]): PersonToTell {
  const [first] = listings as [Listing, ...Listing[]];
  const same = <K extends "name" | "language">(key: K) =>
    listings.every((l) => l[key] === first[key]) ? first[key] : undefined;
  return {
    email,
    name: same("name") ?? "",
    language: same("language") ?? "sv",
    orgNumbers: listings.map((l) => l.orgNumber),
  };
}

/**
 * R23, D-39: the contact persons of the organisations a reminder concerns, each once. `lists`
 * are the letter's contact lists (all of them: a domain another organisation declared counts).
 * Each organisation speaks only for its own people: a listing of an address at a domain another
 * organisation declared is ignored. An organisation left without contacts is named, so the
 * notification records that nobody there was told (and delivers it when it names someone).
 *
 * @example whoIsTold(["202100-2841"], lists).people.map((p) => p.email)
 */
export function whoIsTold(recipients: readonly string[], lists: readonly ContactList[]): WhoIsTold {
  const listings = new Map<string, Listing[]>();
  const without: string[] = [];
  for (const orgNumber of new Set(recipients)) {
    const contacts = (lists.find((list) => list.orgNumber === orgNumber)?.contacts ?? []).filter(
      (contact) => (declaredOwnerOf(contact.email, lists) ?? orgNumber) === orgNumber,
    );
    if (contacts.length === 0) without.push(orgNumber);
    for (const contact of contacts) {
      const email = normalizedEmail(contact.email);
      listings.set(email, [
        ...(listings.get(email) ?? []),
        { orgNumber, name: contact.name, language: contact.language },
      ]);
    }
  }
  return {
    people: [...listings].map(([email, of]) => addressed(email, of)),
    organisationsWithoutContacts: without,
  };
}

/** One person's part of a digest: the day's reminders that concern any of their organisations. */
export interface DigestFor<R extends Pick<PlannedReminder, "recipients">> {
  readonly person: PersonToTell;
  readonly reminders: readonly R[];
}

/**
 * R23 with a daily digest: each person once, with every reminder of the day that concerns one of
 * their organisations, in the order given.
 */
export function digestsByPerson<R extends Pick<PlannedReminder, "recipients">>(
  reminders: readonly R[],
  lists: readonly ContactList[],
): { digests: DigestFor<R>[]; organisationsWithoutContacts: readonly string[] } {
  const recipients = [...new Set(reminders.flatMap((r) => r.recipients))];
  const told = whoIsTold(recipients, lists);
  const digests = told.people.map((person) => ({
    person,
    reminders: reminders.filter((r) => r.recipients.some((org) => person.orgNumbers.includes(org))),
  }));
  return { digests, organisationsWithoutContacts: told.organisationsWithoutContacts };
}
