// The public surface of @samverkan/domain: explicit names only, grouped by concept.

export {
  ActivityCommand,
  type ActivityCommandInput,
  type ActivityCommandOf,
} from "./activity/activity-commands";
export { decideActivity } from "./activity/activity-decide";
export { ActivityEvent } from "./activity/activity-events";
export { evolveActivity, foldActivity, initialActivityState } from "./activity/activity-evolve";
export { Activity, missingSignatories, SpecialAgreement } from "./activity/activity-model";
export { requiredSignatories } from "./activity/decide-definition";
export {
  addCalendarMonths,
  addDays,
  CalendarDate,
  compareDates,
  date,
  dateOf,
  dateParts,
  daysBetween,
  isCalendarDate,
} from "./calendar/calendar-date";
export {
  PERIODS_PER_YEAR,
  type Period,
  type PeriodsPerYear,
  periodContaining,
  periodsBeginningAfter,
} from "./calendar/periods";
export { activityDecider, fundingDecider, letterDecider } from "./deciders";
export {
  FundingCommand,
  type FundingCommandInput,
  type FundingCommandOf,
} from "./funding/funding-commands";
export { decideFunding, type FundingContext } from "./funding/funding-decide";
export { FundingEvent } from "./funding/funding-events";
export { evolveFunding, foldFunding, initialFundingState } from "./funding/funding-evolve";
export {
  AmountSek,
  FundingApplication,
  FundingDetails,
  FundingStatus,
} from "./funding/funding-model";
export { fundingObligations } from "./funding/funding-obligations";
export { DIALOG_TOPICS } from "./letter/decide-dialog-record";
export {
  LetterCommand,
  type LetterCommandInput,
  type LetterCommandOf,
  NewNeed,
} from "./letter/letter-commands";
export { decideLetter } from "./letter/letter-decide";
export { LetterEvent, type LetterEventOf } from "./letter/letter-events";
export { evolveLetter, foldLetter, initialLetterState } from "./letter/letter-evolve";
export {
  Dialog,
  DialogTopics,
  EntityId,
  GroupMember,
  LetterOfIntent,
  Need,
  NeedSource,
  Notice,
  Signature,
  SignedBy,
  StructureReview,
} from "./letter/letter-model";
export { letterObligations } from "./letter/letter-obligations";
export {
  isInForceOn,
  type LetterStatus,
  letterEndsOn,
  letterStatusAsOf,
  noticeEndDate,
} from "./letter/letter-status";
export { type LetterAsOf, letterAsOf } from "./letter/letter-view";
export {
  DUE_SOON_DAYS,
  OBLIGATION_RULES,
  type Obligation,
  ObligationKind,
  ObligationStatus,
  obligationStatus,
} from "./obligations/obligation";
export { Actor, Organisation, Role } from "./organisation/actor";
export { checkSignatoryOf } from "./organisation/authority";
export { OrgNumber, orgNumber, parseOrgNumber } from "./organisation/org-number";
export {
  LTU_NOK_ASSUMED_SIGNED_ON,
  LTU_NOK_FOCUS_AREAS,
  LTU_NOK_TERMS,
  LTU_NOK_TITLE,
  LULEA_TEKNISKA_UNIVERSITET,
  ltuNokMembers,
  NORRBOTTEN_MUNICIPALITIES,
  NORRBOTTENS_KOMMUNER,
  type NorrbottenMunicipality,
  type SignedLtuNokOptions,
  signedLtuNokLetterEvents,
} from "./presets/ltu-nok";
export { fundingReminders, letterReminders } from "./reminders/letter-reminders";
export {
  activityReminders,
  noticeReminders,
  obligationReminders,
  type PlannedReminder,
} from "./reminders/reminder-plan";
export { DEFAULT_REMINDER_POLICY, type ReminderPolicy } from "./reminders/reminder-policy";
export {
  activityWatches,
  fundingWatches,
  letterWatches,
  type Watch,
  type WatchMode,
} from "./reminders/watch-dates";
export type { Result } from "./rules/result";
export { RULE_CLAUSES, RULE_IDS, type RuleId } from "./rules/rule-ids";
export type { Decision, RuleViolation } from "./rules/rule-violation";
export { Terms } from "./terms/terms";
export { ActivityKind } from "./vocabulary/activity-kinds";
export { FOCUS_AREA_NAMES_SV, FocusArea, FocusAreas } from "./vocabulary/focus-areas";
