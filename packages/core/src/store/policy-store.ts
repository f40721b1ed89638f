import {
  type CalendarDate,
  DEFAULT_LETTER_REMINDER_POLICY,
  LetterReminderPolicy,
  type ReminderPolicy,
  reminderPolicyOf,
} from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import type { IfMatch } from "../commands/if-match";
import { type EventActor, watchItem } from "./append";
import { getItem } from "./get-item";
import { replaceVersioned } from "./versioned-item";

/** A letter's reminder policy and its version (0: none set, the default applies). */
export interface StoredReminderPolicy {
  readonly policy: LetterReminderPolicy;
  readonly version: number;
}

/**
 * The watch a policy change leaves for the daily run: on the day of the change the run looks at
 * the letter, plans with the new lead times and sets every watch from them (it replaces this one).
 */
export const POLICY_CHANGED_WATCH = "policy-changed";

/** The lead times of a stored policy item, as the planner takes them; the default when none is set. */
export function reminderPolicyOfItem(item: Record<string, unknown> | undefined): ReminderPolicy {
  if (!item) return reminderPolicyOf(DEFAULT_LETTER_REMINDER_POLICY);
  return reminderPolicyOf(
    LetterReminderPolicy.parse({ leadDays: item.leadDays, digest: item.digest }),
  );
}

/** A letter's reminder policy (one GetItem); the default (D-25) when its coordinators set none. */
export const readReminderPolicy = (letterId: string) =>
  getItem(keys.reminderPolicy(letterId)).pipe(
    Effect.map(
      (item): StoredReminderPolicy =>
        item
          ? {
              policy: LetterReminderPolicy.parse({ leadDays: item.leadDays, digest: item.digest }),
              version: Number(item.version),
            }
          : { policy: DEFAULT_LETTER_REMINDER_POLICY, version: 0 },
    ),
  );

/**
 * Sets a letter's reminder policy, guarded by `If-Match`, and in the same transaction a watch for
 * `today` so that the next daily run re-plans the letter with it. Returns the new version.
 */
export const replaceReminderPolicy = (
  letterId: string,
  policy: LetterReminderPolicy,
  by: EventActor,
  at: string,
  today: CalendarDate,
  ifMatch?: IfMatch,
) =>
  replaceVersioned(
    keys.reminderPolicy(letterId),
    { leadDays: policy.leadDays, digest: policy.digest, updatedBy: by.sub, updatedAt: at },
    {
      ...(ifMatch === undefined ? {} : { ifMatch }),
      alsoPut: [watchItem(letterId, { id: POLICY_CHANGED_WATCH, on: today })],
    },
  );
