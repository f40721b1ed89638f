import type { ContactLanguage, ReminderAbout } from "@samverkan/domain";
import { english } from "./catalogue-en";
import { swedish } from "./catalogue-sv";

/** What a message says about one reminder, in one language; dates are already written out. */
export interface ReminderWords {
  readonly kind: string;
  readonly about: ReminderAbout;
  /** The due date, written in the language (`31 december 2026`). */
  readonly due: string;
  /** Days from the day it is sent to the due date (negative when missed). */
  readonly daysLeft: number;
  /** Other dates it mentions (the dialog's), written in the language. */
  readonly dialogOn?: string;
}

/**
 * Every sentence of reminder mail, in one language (R23). Code paths pick words from here and
 * never write their own, so a message reads the same in every part (subject, text, HTML, .ics).
 */
export interface Catalogue {
  /** The BCP 47 locale dates are written in. */
  readonly locale: string;
  /** The duty as a short phrase: "ledningsdialog". */
  readonly what: (words: ReminderWords) => string;
  readonly subject: (words: ReminderWords) => string;
  /** When, relative to the day it is sent: "Senast 31 december 2026 (om 14 dagar)." */
  readonly when: (words: ReminderWords) => string;
  /** What fulfils it. */
  readonly fulfilledBy: (words: ReminderWords) => string;
  /** An empty name (listings that disagree, D-39) greets without one. */
  readonly greeting: (name: string) => string;
  readonly ruleAndClause: (rule: string, clause: string) => string;
  readonly labels: {
    readonly due: string;
    readonly rule: string;
    readonly how: string;
    readonly open: string;
    readonly calendar: string;
  };
  readonly footer: (organisations: string, letterTitle: string) => string;
  readonly digestSubject: (count: number, day: string) => string;
  readonly digestIntro: (count: number, letterTitle: string) => string;
  /** D-62: a person's day digest across letters, grouped by letter. */
  readonly personDigest: {
    /** The opening when the reminders come from several letters. */
    readonly intro: (count: number, letters: number) => string;
    /** A letter's reminders beyond what one digest lists. */
    readonly moreReminders: (count: number) => string;
    /** Letters beyond what one digest lists, summarised. */
    readonly moreLetters: (letters: number) => string;
    readonly myTasks: string;
    readonly footer: (organisations: string) => string;
  };
}

/** The catalogue of a contact's language (Swedish unless they chose English). */
export const catalogueFor = (language: ContactLanguage): Catalogue =>
  language === "en" ? english : swedish;

/** A calendar date written out in the catalogue's language: `31 december 2026`. */
export function writtenDate(catalogue: Catalogue, day: string): string {
  return new Intl.DateTimeFormat(catalogue.locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));
}
