import type { PlannedReminder } from "../reminders/reminder-plan";
import { type ContactLanguage, type ContactList, normalizedEmail } from "./contact";

/** One person a reminder reaches: by address, once, however many of their organisations it concerns. */
export interface PersonToTell {
  /** The normalized address: the person's identity for "once per person" (R23). */
  readonly email: string;
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

/**
 * R23: the contact persons of the organisations a reminder concerns, each once. A person listed
 * by two organisations is told once, in the language of their first listing; an organisation
 * without contacts is named, so the notification can record that nobody there was told.
 *
 * @example whoIsTold(["202100-2841"], lists).people.map((p) => p.email)
 */
export function whoIsTold(recipients: readonly string[], lists: readonly ContactList[]): WhoIsTold {
  const byEmail = new Map<string, PersonToTell>();
  const without: string[] = [];
  for (const orgNumber of recipients) {
    const contacts = lists.find((list) => list.orgNumber === orgNumber)?.contacts ?? [];
    if (contacts.length === 0) without.push(orgNumber);
    for (const contact of contacts) {
      const email = normalizedEmail(contact.email);
      const known = byEmail.get(email);
      byEmail.set(email, {
        email,
        name: known?.name ?? contact.name,
        language: known?.language ?? contact.language,
        orgNumbers: [...(known?.orgNumbers ?? []), orgNumber],
      });
    }
  }
  return { people: [...byEmail.values()], organisationsWithoutContacts: without };
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
