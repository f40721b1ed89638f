import type { Language } from "./language";
import { enActivities } from "./messages/en-activities";
import { enApp } from "./messages/en-app";
import { enContacts } from "./messages/en-contacts";
import { enDialogsNeeds } from "./messages/en-dialogs-needs";
import { enFollowUp } from "./messages/en-follow-up";
import { enOverview } from "./messages/en-overview";
import { enProblems } from "./messages/en-problems";
import { enReminderPolicy } from "./messages/en-reminder-policy";
import { svActivities } from "./messages/sv-activities";
import { svApp } from "./messages/sv-app";
import { svContacts } from "./messages/sv-contacts";
import { svDialogsNeeds } from "./messages/sv-dialogs-needs";
import { svFollowUp } from "./messages/sv-follow-up";
import { svOverview } from "./messages/sv-overview";
import { svProblems } from "./messages/sv-problems";
import { svReminderPolicy } from "./messages/sv-reminder-policy";
import type { svReport } from "./messages/sv-report";

// Every word the workspace shows, in Swedish (the default) and English. The English catalogue is
// typed by the Swedish one's keys, so a message missing in either fails the type-check.

const sv = {
  ...svApp,
  ...svOverview,
  ...svDialogsNeeds,
  ...svActivities,
  ...svFollowUp,
  ...svProblems,
  ...svContacts,
  ...svReminderPolicy,
};

/** The messages of the report page, which come with its chunk (addMessages), not the first page's. */
type LoadedWithItsPage = keyof typeof svReport;
type LoadedAtStart = keyof typeof sv;

export type MessageKey = LoadedAtStart | LoadedWithItsPage;
export type Catalogue = Readonly<Record<MessageKey, string>>;

const en: Record<LoadedAtStart, string> = {
  ...enApp,
  ...enOverview,
  ...enDialogsNeeds,
  ...enActivities,
  ...enFollowUp,
  ...enProblems,
  ...enContacts,
  ...enReminderPolicy,
};

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
