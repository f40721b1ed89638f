import { type PlannedReminder, POLICY_CHANGED_WATCH, policyChangedWatch } from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { allLetterItems } from "../run/due-watches";

// D-31: the reminder policy is a fact of the letter (its head keeps the agreed policy and a
// pending proposal, changed only through the letter's decider). The POLICY item of D-25, which
// one party could set alone, is no longer read: a policy never agreed by both does not bind them.

/** The watch an accepted change leaves for its day's run (the domain's; kept here for callers). */
export { POLICY_CHANGED_WATCH, policyChangedWatch };

/**
 * Whether a duty was reminded on or after `since`: any notification of it (its key begins with
 * the obligation's id) claimed on that day or later. One Query of the duty's own NOTE items,
 * bounded by its lead times, its miss and its one catch-up.
 */
const remindedSince = (letterId: string, obligationId: string, since: string) =>
  allLetterItems(letterId, `${keys.notificationPrefix}${obligationId}#`).pipe(
    Effect.map((items) => items.some((item) => String(item.sentOn ?? "") >= since)),
  );

/**
 * D-31: the planned reminders without the catch-ups whose window already had a reminder of the
 * same duty (sent under an earlier policy's key). What is left sends as usual, each key once: a
 * change of lead times never re-sends a reminder for a window that had one, and a duty's catch-up
 * has one key, so it is sent at most once however often the policy changes.
 */
export const withoutCoveredCatchUps = (letterId: string, reminders: readonly PlannedReminder[]) =>
  Effect.gen(function* () {
    const kept: PlannedReminder[] = [];
    for (const reminder of reminders) {
      const catchUp = reminder.catchUp;
      if (catchUp && (yield* remindedSince(letterId, catchUp.obligationId, catchUp.windowOpenedOn)))
        continue;
      kept.push(reminder);
    }
    return kept;
  });
