import type { LoadedAtStart } from "../messages";
import { enActivities } from "./en-activities";
import { enAmendments } from "./en-amendments";
import { enApp } from "./en-app";
import { enContacts } from "./en-contacts";
import { enDialogsNeeds } from "./en-dialogs-needs";
import { enFollowUp } from "./en-follow-up";
import { enLetters } from "./en-letters";
import { enOverview } from "./en-overview";
import { enPrivacy } from "./en-privacy";
import { enProblems } from "./en-problems";
import { enRecords } from "./en-records";
import { enReminderPolicy } from "./en-reminder-policy";
import { enSubstitutes } from "./en-substitutes";

/** The English catalogue of the first page's words: a chunk loaded only when English is chosen. */
export const englishAtStart: Record<LoadedAtStart, string> = {
  ...enApp,
  ...enOverview,
  ...enDialogsNeeds,
  ...enActivities,
  ...enFollowUp,
  ...enProblems,
  ...enContacts,
  ...enReminderPolicy,
  ...enSubstitutes,
  ...enLetters,
  ...enAmendments,
  ...enRecords,
  ...enPrivacy,
};
