import {
  type Activity,
  activityWatches,
  type CalendarDate,
  DEFAULT_REMINDER_POLICY,
  type FundingApplication,
  fundingWatches,
  type LetterOfIntent,
  letterEndsOn,
  letterWatches,
  type Watch,
} from "@samverkan/domain";
import type { WatchItem } from "../store/append";

type Child = Activity | FundingApplication;

/** The watches of what a command changed, as of today (the run of today may still be ahead). */
export function watchesOf(
  kind: "letter" | "activity" | "funding",
  letter: LetterOfIntent,
  child: Child | null,
  today: CalendarDate,
): Watch[] {
  const policy = DEFAULT_REMINDER_POLICY;
  if (kind === "letter") return letterWatches(letter, today, "from", policy);
  if (!child) return [];
  if (kind === "activity") return activityWatches(child as Activity, today, "from", policy);
  return fundingWatches(child as FundingApplication, today, "from", policy, letterEndsOn(letter));
}

/** The watch items to write and delete: every current one (rewritten), and the ones that went away. */
export function watchChanges(
  before: readonly Watch[],
  after: readonly Watch[],
): { put: WatchItem[]; remove: string[] } {
  return {
    put: after.map(({ id, on }) => ({ id, on })),
    remove: before.filter((w) => !after.some((still) => still.id === w.id)).map((w) => w.id),
  };
}
