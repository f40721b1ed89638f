import type { Obligation } from "@samverkan/client";

/** How many upcoming deadlines the overview shows after the overdue and due-soon ones. */
export const UPCOMING_SHOWN = 3;

const byDueDate = (a: Obligation, b: Obligation) => a.dueOn.localeCompare(b.dueOn);

/**
 * The next deadlines as the overview lists them: overdue first, then due soon, each by date,
 * then the next few upcoming, then (after a notice) the next few that lapse with the letter
 * (R20), marked as such so nobody plans for them. Fulfilled and lapsed ones are history.
 */
export function nextDeadlines(obligations: readonly Obligation[]): Obligation[] {
  const of = (status: Obligation["status"]) =>
    obligations.filter((o) => o.status === status).sort(byDueDate);
  return [
    ...of("overdue"),
    ...of("due-soon"),
    ...of("upcoming").slice(0, UPCOMING_SHOWN),
    ...of("lapsing").slice(0, UPCOMING_SHOWN),
  ];
}
