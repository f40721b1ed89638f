import type { CalendarDate } from "../calendar/calendar-date";
import type { FundingApplication } from "../funding/funding-model";
import { fundingObligations } from "../funding/funding-obligations";
import type { LetterOfIntent } from "../letter/letter-model";
import { letterObligations } from "../letter/letter-obligations";
import { letterEndsOn } from "../letter/letter-status";
import { amendmentProposalReminders } from "./amendment-reminders";
import { policyProposalReminders } from "./policy-reminders";
import { aboutObligation } from "./reminder-about";
import { noticeReminders, obligationReminders, type PlannedReminder } from "./reminder-plan";
import { DEFAULT_REMINDER_POLICY, type ReminderPolicy } from "./reminder-policy";

/**
 * Every reminder and alert a letter is due as of `asOf` (R22): its obligations' lead times and
 * misses, and its notice period, addressed to both principal parties; a pending change of its
 * reminder policy, to the party that did not propose it (D-31).
 */
export function letterReminders(
  letter: LetterOfIntent,
  asOf: CalendarDate,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): PlannedReminder[] {
  const recipients = letter.parties.map((party) => party.orgNumber);
  const endsOn = letterEndsOn(letter);
  const dialogOn = (dialogId?: string) =>
    letter.openDialogs.find((dialog) => dialog.dialogId === dialogId)?.scheduledOn;
  const describe = (o: Parameters<typeof aboutObligation>[0]) =>
    aboutObligation(o, dialogOn(o.subject.dialogId));
  return [
    ...obligationReminders(
      letterObligations(letter, asOf),
      asOf,
      recipients,
      policy,
      endsOn,
      describe,
    ),
    ...noticeReminders(letter, asOf, policy),
    ...policyProposalReminders(letter, asOf),
    ...amendmentProposalReminders(letter, asOf),
  ];
}

/** A funding application's deadline reminders (R7, R22), addressed to its applicants. */
export function fundingReminders(
  application: FundingApplication,
  asOf: CalendarDate,
  letterEndsOnDate: CalendarDate | null,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): PlannedReminder[] {
  const obligations = fundingObligations(application, asOf, letterEndsOnDate);
  return obligationReminders(
    obligations,
    asOf,
    application.applicantParties,
    policy,
    letterEndsOnDate,
    (o) => ({ ...aboutObligation(o), title: `${application.funder} (${application.call})` }),
  );
}
