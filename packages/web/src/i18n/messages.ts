import type { Language } from "./language";
import type { svAccessibility } from "./messages/sv-accessibility";
import { svActivities } from "./messages/sv-activities";
import { svAmendments } from "./messages/sv-amendments";
import { svApp } from "./messages/sv-app";
import { svContacts } from "./messages/sv-contacts";
import { svDialogsNeeds } from "./messages/sv-dialogs-needs";
import { svFollowUp } from "./messages/sv-follow-up";
import { svLetters } from "./messages/sv-letters";
import { svOverview } from "./messages/sv-overview";
import { svPrivacy } from "./messages/sv-privacy";
import { svProblems } from "./messages/sv-problems";
import { svRecords } from "./messages/sv-records";
import { svReminderPolicy } from "./messages/sv-reminder-policy";
import type { svReport } from "./messages/sv-report";
import { svSubstitutes } from "./messages/sv-substitutes";
import type { svSubstitutesPage } from "./messages/sv-substitutes-page";

// Every word the workspace shows, in Swedish (the default) and English. The English catalogue is
// typed by the Swedish one's keys, so a message missing in either fails the type-check. It is
// loaded when someone chooses English (`loadCatalogue`), so the first page carries one language.

const sv = {
  ...svApp,
  ...svOverview,
  ...svDialogsNeeds,
  ...svActivities,
  ...svFollowUp,
  ...svProblems,
  ...svContacts,
  ...svReminderPolicy,
  ...svSubstitutes,
  ...svLetters,
  ...svAmendments,
  ...svRecords,
  ...svPrivacy,
};

/** The messages of pages that come with their chunk (addMessages), not the first page's. */
type LoadedWithItsPage =
  | keyof typeof svReport
  | keyof typeof svAccessibility
  | keyof typeof svSubstitutesPage;
export type LoadedAtStart = keyof typeof sv;

export type MessageKey = LoadedAtStart | LoadedWithItsPage;
export type Catalogue = Readonly<Record<MessageKey, string>>;

// Filled by `loadCatalogue("en")` before anything is shown in English.
const en = {} as Record<LoadedAtStart, string>;
let englishLoaded: Promise<void> | undefined;

/** Loads a language's catalogue (English comes in a chunk of its own); Swedish is always here. */
export function loadCatalogue(language: Language): Promise<void> {
  if (language === "sv") return Promise.resolve();
  englishLoaded ??= import("./messages/en").then(({ englishAtStart }) => {
    // Before a page's own messages that may already have been added: they stay.
    for (const [key, message] of Object.entries(englishAtStart))
      (en as Record<string, string>)[key] ??= message;
  });
  return englishLoaded;
}

// Typed with every key: a page's own keys are used only on that page, whose chunk has added them.
export const catalogues = { sv, en } as Readonly<Record<Language, Catalogue>>;

/**
 * Adds a page's own messages to both catalogues when its chunk loads, so that words only one page
 * shows do not weigh on the first page. Typed like the rest: the English must have every key.
 */
export function addMessages<Key extends string>(added: {
  readonly sv: Readonly<Record<Key, string>>;
  readonly en: Readonly<Record<Key, string>>;
}): void {
  Object.assign(sv, added.sv);
  Object.assign(en, added.en);
}
