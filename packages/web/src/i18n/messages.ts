import type { Language } from "./language";
import { enActivities } from "./messages/en-activities";
import { enApp } from "./messages/en-app";
import { enDialogsNeeds } from "./messages/en-dialogs-needs";
import { enFollowUp } from "./messages/en-follow-up";
import { enOverview } from "./messages/en-overview";
import { enProblems } from "./messages/en-problems";
import { svActivities } from "./messages/sv-activities";
import { svApp } from "./messages/sv-app";
import { svDialogsNeeds } from "./messages/sv-dialogs-needs";
import { svFollowUp } from "./messages/sv-follow-up";
import { svOverview } from "./messages/sv-overview";
import { svProblems } from "./messages/sv-problems";

// Every word the workspace shows, in Swedish (the default) and English. The English catalogue is
// typed by the Swedish one's keys, so a message missing in either fails the type-check.

const sv = {
  ...svApp,
  ...svOverview,
  ...svDialogsNeeds,
  ...svActivities,
  ...svFollowUp,
  ...svProblems,
};

export type MessageKey = keyof typeof sv;
export type Catalogue = Readonly<Record<MessageKey, string>>;

const en: Catalogue = {
  ...enApp,
  ...enOverview,
  ...enDialogsNeeds,
  ...enActivities,
  ...enFollowUp,
  ...enProblems,
};

export const catalogues: Readonly<Record<Language, Catalogue>> = { sv, en };
