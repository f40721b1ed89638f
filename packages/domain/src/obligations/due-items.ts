import type { Activity } from "../activity/activity-model";
import { missingSignatories } from "../activity/activity-model";
import { addDays, type CalendarDate, daysBetween } from "../calendar/calendar-date";
import type { FundingApplication } from "../funding/funding-model";
import type { LetterOfIntent } from "../letter/letter-model";
import { letterReminderPolicy } from "../reminders/shared-policy";
import { RULE_CLAUSES, type RuleId } from "../rules/rule-ids";
import { obligationsOfLetter } from "./letter-and-funding";
import { DUE_SOON_DAYS, type Obligation, type ObligationKind } from "./obligation";

/**
 * D-48: at most this many open items of one letter are kept for one organisation in its
 * due-items index, the earliest due first (so what is overdue is never the part left out). A
 * letter years overdue on every duty still adds at most this many items to an organisation's list.
 */
export const MAX_DUE_ITEMS_PER_LETTER = 40;

/** What kind of thing is due: an obligation (R21) or a signature someone owes. */
export type DueItemKind = ObligationKind | "letter-signature" | "special-agreement-signature";

/** Who in an organisation acts on an item: its coordinators, or a signatory. */
export type DueItemRole = "coordinator" | "signatory";

/** How urgent an item is on a day: the open part of an obligation's statuses (R21, D-7). */
export type DueItemStatus = "overdue" | "due-soon" | "upcoming";

/**
 * One thing an organisation must do for a letter (issue 20, item 4): what, under which rule and
 * clause, by when, who acts, and where in the workspace it is done.
 */
export interface DueItem {
  /** Deterministic within its letter: the same facts give the same id. */
  readonly id: string;
  readonly kind: DueItemKind;
  readonly rule: RuleId;
  /** The letter's section the rule comes from (`RULE_CLAUSES`). */
  readonly clause: string;
  readonly dueOn: CalendarDate;
  /** The organisations that owe it. */
  readonly owedBy: readonly string[];
  readonly role: DueItemRole;
  /** The workspace page where it is done: a path such as `/avtal/<id>/behov`. */
  readonly action: string;
  /** The activity or funding call it is about, when it is about one. */
  readonly about?: string;
}

/** An open item's urgency on `asOf` (the same days as obligations, D-7). */
export function dueItemStatus(dueOn: CalendarDate, asOf: CalendarDate): DueItemStatus {
  if (asOf > dueOn) return "overdue";
  return daysBetween(asOf, dueOn) <= DUE_SOON_DAYS ? "due-soon" : "upcoming";
}

const OBLIGATION_PAGES: Readonly<Record<ObligationKind, (o: Obligation) => string>> = {
  "dialog-basis": (o) => `dialoger/${o.subject.dialogId ?? ""}`,
  "half-year-dialog": () => "dialoger/ny",
  "annual-needs-review": () => "behov",
  "structure-review": () => "strukturuppfoljning",
  "funding-application-submission": () => "finansiering",
};

const isOpen = (o: Obligation) =>
  o.status === "overdue" || o.status === "due-soon" || o.status === "upcoming";

/**
 * Everything a letter has due on `asOf`, for whom (issue 20, D-48): its open obligations (owed by
 * the principal parties' coordinators, a funding application's by its applicants), the letter's
 * signatures while it is a draft, and the signatures a special agreement still needs (R14).
 * In due-date order; nothing once the letter has ended (R20: what is left lapses or is over).
 */
export function dueItemsOf(
  letter: LetterOfIntent,
  activities: readonly Activity[],
  fundings: readonly FundingApplication[],
  asOf: CalendarDate,
): DueItem[] {
  if (letter.endedOn && letter.endedOn < asOf) return [];
  const page = (sub: string) => `/avtal/${letter.letterId}${sub ? `/${sub}` : ""}`;
  const principal = letter.parties.map((party) => party.orgNumber);
  const items: DueItem[] = [];
  if (!letter.inForceFrom) {
    for (const party of principal) {
      if (letter.signatures.some((s) => s.orgNumber === party)) continue;
      items.push({
        id: `letter-signature:${party}`,
        kind: "letter-signature",
        rule: "R17",
        clause: RULE_CLAUSES.R17,
        dueOn: letter.draftedOn,
        owedBy: [party],
        role: "signatory",
        action: page(""),
      });
    }
  } else {
    for (const o of obligationsOfLetter(letter, fundings, asOf).filter(isOpen)) {
      const application = o.subject.applicationId
        ? fundings.find((f) => f.applicationId === o.subject.applicationId)
        : undefined;
      items.push({
        id: o.id,
        kind: o.kind,
        rule: o.rule,
        clause: RULE_CLAUSES[o.rule],
        dueOn: o.dueOn,
        owedBy: application ? application.applicantParties : principal,
        role: "coordinator",
        action: page(OBLIGATION_PAGES[o.kind](o)),
        ...(application ? { about: `${application.funder} (${application.call})` } : {}),
      });
    }
  }
  const waitDays = letterReminderPolicy(letter).signatureWaitDays;
  for (const activity of activities) {
    const agreement = activity.specialAgreement;
    const missing = missingSignatories(agreement);
    if (activity.startedOn || missing.length === 0) continue;
    items.push({
      id: `special-agreement-signature:${activity.activityId}:v${agreement.version}`,
      kind: "special-agreement-signature",
      rule: "R14",
      clause: RULE_CLAUSES.R14,
      dueOn: addDays(agreement.draftedOn, waitDays),
      owedBy: missing.map((party) => party.orgNumber),
      role: "signatory",
      action: page(`aktiviteter/${activity.activityId}`),
      about: activity.title,
    });
  }
  return items.sort((a, b) =>
    a.dueOn === b.dueOn ? a.id.localeCompare(b.id) : a.dueOn < b.dueOn ? -1 : 1,
  );
}

/**
 * The items of a letter one organisation owes, bounded by `MAX_DUE_ITEMS_PER_LETTER` (D-48):
 * what its index keeps of the letter.
 */
export function dueItemsFor(items: readonly DueItem[], orgNumber: string): DueItem[] {
  return items.filter((item) => item.owedBy.includes(orgNumber)).slice(0, MAX_DUE_ITEMS_PER_LETTER);
}
