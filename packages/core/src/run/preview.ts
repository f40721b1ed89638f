import {
  type Activity,
  activityReminders,
  type CalendarDate,
  type FundingApplication,
  fundingReminders,
  letterEndsOn,
  letterReminderPolicy,
  letterReminders,
  type PlannedReminder,
  policyInForce,
  runningAgreementsToFlag,
  whoIsTold,
} from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { listContacts } from "../store/contacts-store";
import { readItems, readLetter, snapshotOf } from "../store/letter-store";
import { withoutCoveredCatchUps } from "../store/policy-store";
import { allLetterItems, dueWatchesPage } from "./due-watches";

/** What a run would do for one letter, without doing it. */
export interface LetterPreview {
  readonly letterId: string;
  /** The letter's end, if the run would record it (R20), and the agreements it would flag. */
  readonly wouldRecordEnd: CalendarDate | null;
  readonly wouldFlag: readonly string[];
  /** Reminders not sent yet, with the people each would reach (R22, R23). */
  readonly reminders: ReadonlyArray<{
    readonly reminder: PlannedReminder;
    readonly people: readonly string[];
    readonly organisationsWithoutContacts: readonly string[];
  }>;
  readonly digest: boolean;
}

/**
 * What the daily run would do on `asOf`, read-only: a run for a day after today must neither
 * record facts nor send mail about the future (`pnpm enforce --as-of` prints this instead).
 * It plans from today's facts, so it is what the run would do if nothing changed until then.
 */
export const previewRun = /* @__PURE__ */ Effect.fn("run.preview")(function* (asOf: CalendarDate) {
  yield* Effect.annotateCurrentSpan({ asOf });
  const letterIds = new Set<string>();
  let start: Record<string, unknown> | undefined;
  do {
    const page = yield* dueWatchesPage(asOf, start);
    for (const item of page.items) letterIds.add(item.letterId as string);
    start = page.next;
  } while (start);
  const previews: LetterPreview[] = [];
  for (const letterId of letterIds) {
    const head = yield* readLetter(letterId);
    if (!head) continue;
    const letter = head.letter;
    const activities = (yield* allLetterItems(letterId, keys.activityPrefix)).map(
      (item) => snapshotOf<Activity>(item) as Activity,
    );
    const fundings = (yield* allLetterItems(letterId, keys.fundingPrefix)).map(
      (item) => snapshotOf<FundingApplication>(item) as FundingApplication,
    );
    const letterPolicy = policyInForce(letter.reminderPolicy).policy;
    const policy = letterReminderPolicy(letter);
    const endsOn = letterEndsOn(letter);
    const ending = endsOn !== null && asOf > endsOn && !letter.endedOn;
    const planned = yield* withoutCoveredCatchUps(letterId, [
      ...letterReminders(letter, asOf, policy),
      ...activities.flatMap((a) => activityReminders(a, asOf, policy)),
      ...fundings.flatMap((f) => fundingReminders(f, asOf, endsOn, policy)),
    ]);
    const sent = yield* readItems(planned.map((r) => keys.notification(letterId, r.key)));
    const unsent = planned.filter((r) => !sent(keys.notification(letterId, r.key)));
    // All the letter's lists: a domain another organisation declared counts (D-39).
    const lists = (yield* listContacts(letterId)).map((stored) => stored.list);
    previews.push({
      letterId,
      wouldRecordEnd: ending ? endsOn : null,
      wouldFlag: ending ? runningAgreementsToFlag(activities).map((a) => a.activityId) : [],
      reminders: unsent.map((reminder) => {
        const told = whoIsTold(reminder.recipients, lists);
        return {
          reminder,
          people: told.people.map((p) => `${p.name} <${p.email}> (${p.language})`),
          organisationsWithoutContacts: told.organisationsWithoutContacts,
        };
      }),
      digest: letterPolicy.digest,
    });
  }
  return previews;
});
