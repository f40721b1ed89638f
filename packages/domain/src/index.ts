// The public surface of @samverkan/domain: explicit names only, grouped by concept.

export {
  ActivityCommand,
  type ActivityCommandInput,
  type ActivityCommandOf,
} from "./activity/activity-commands";
export { type ActivityState, decideActivity } from "./activity/activity-decide";
export { draftingTerms, requiredSignatories } from "./activity/activity-decide-definition";
export { ActivityEvent } from "./activity/activity-events";
export { evolveActivity, foldActivity, initialActivityState } from "./activity/activity-evolve";
export {
  Activity,
  missingSignatories,
  runningAgreementsToFlag,
  SpecialAgreement,
  signatoriesOf,
} from "./activity/activity-model";
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
export {
  Contact,
  ContactLanguage,
  ContactList,
  ContactRole,
  MAX_CONTACTS_PER_ORGANISATION,
  MAX_MAIL_DOMAINS,
  MailDomain,
  normalizedEmail,
  withoutEmails,
} from "./contacts/contact";
export {
  atDomains,
  declaredOwnerOf,
  domainOf,
  type MailDomainProblem,
  mailDomainProblems,
} from "./contacts/mail-domains";
export {
  type DigestFor,
  digestsByPerson,
  type PersonToTell,
  type WhoIsTold,
  whoIsTold,
} from "./contacts/who-is-told";
export {
  activityDecider,
  type Decider,
  dialogDecider,
  fundingDecider,
  letterDecider,
  needDecider,
} from "./deciders";
export {
  DialogCommand,
  type DialogCommandInput,
  type DialogCommandOf,
  MAX_NEEDS_PER_RECORD,
} from "./dialog/dialog-commands";
export { type DialogState, decideDialog } from "./dialog/dialog-decide";
export { DialogEvent } from "./dialog/dialog-events";
export { evolveDialog, evolveDialogItem } from "./dialog/dialog-evolve";
export { DIALOG_TOPICS, Dialog, DialogTopics } from "./dialog/dialog-model";
export {
  FundingCommand,
  type FundingCommandInput,
  type FundingCommandOf,
} from "./funding/funding-commands";
export { decideFunding, type FundingState } from "./funding/funding-decide";
export { FundingEvent } from "./funding/funding-events";
export { evolveFunding, foldFunding, initialFundingState } from "./funding/funding-evolve";
export {
  AmountSek,
  FundingApplication,
  FundingDetails,
  FundingStatus,
} from "./funding/funding-model";
export { fundingObligations } from "./funding/funding-obligations";
export { keepEarliestRecords } from "./letter/held-dialogs";
export {
  AmendmentInForce,
  AmendmentParty,
  MAX_AMENDMENTS_PER_LETTER,
  PendingAmendment,
  TermsChanges,
} from "./letter/letter-amendment-model";
export {
  LetterCommand,
  type LetterCommandInput,
  type LetterCommandOf,
} from "./letter/letter-commands";
export { decideLetter } from "./letter/letter-decide";
export { LetterEvent, type LetterEventOf } from "./letter/letter-events";
export {
  evolveLetter,
  foldLetter,
  initialLetterState,
  type LetterHeadEvent,
} from "./letter/letter-evolve";
export { knownOn } from "./letter/letter-known-on";
export {
  ClaimedNotice,
  DocumentSha256,
  EntityId,
  GroupAppointment,
  GroupMember,
  HeldDialog,
  LetterOfIntent,
  MAX_GROUP_APPOINTMENTS,
  MAX_OPEN_DIALOGS,
  MAX_RECENTLY_HELD_DIALOGS,
  Notice,
  NoticeAcknowledgement,
  OpenDialog,
  RecentlyHeldDialog,
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
export { periodsUnderTerms, type TermsTimeline, termsOn } from "./letter/letter-terms-on";
export { type LetterAsOf, letterAsOf } from "./letter/letter-view";
export { NeedCommand, type NeedCommandInput, NewNeed } from "./need/need-commands";
export { decideNeed, type NeedState } from "./need/need-decide";
export { NeedEvent } from "./need/need-events";
export { evolveNeed, needOf } from "./need/need-evolve";
export { Need, NeedSource } from "./need/need-model";
export {
  type DueItem,
  type DueItemKind,
  type DueItemRole,
  type DueItemStatus,
  dueItemStatus,
  dueItemsFor,
  dueItemsOf,
  MAX_DUE_ITEMS_PER_LETTER,
} from "./obligations/due-items";
export { obligationsOfLetter } from "./obligations/letter-and-funding";
export {
  DUE_SOON_DAYS,
  OBLIGATION_RULES,
  type Obligation,
  ObligationKind,
  ObligationStatus,
  obligationStatus,
} from "./obligations/obligation";
export { Actor, Organisation, Role, SealedName } from "./organisation/actor";
export { checkSignatoryOf } from "./organisation/authority";
export { OrgNumber, orgNumber, parseOrgNumber } from "./organisation/org-number";
export {
  type Appointment,
  actingFor,
  checkAppointment,
  checkRevocation,
  decideAppointment,
  MAX_SUBSTITUTION_DAYS,
  MAX_SUBSTITUTIONS_PER_ORGANISATION,
  MAX_SUBSTITUTIONS_PER_PERSON,
  notEnded,
  runsOn,
  Substitution,
} from "./organisation/substitution";
export {
  LTU_NOK_ASSUMED_SIGNED_ON,
  LTU_NOK_FOCUS_AREAS,
  LTU_NOK_TERMS,
  LTU_NOK_TITLE,
  LULEA_TEKNISKA_UNIVERSITET,
  ltuNokMembers,
  membersRepresented,
  NORRBOTTEN_MUNICIPALITIES,
  NORRBOTTENS_KOMMUNER,
  type NorrbottenMunicipality,
  type SignedLtuNokOptions,
  signedLtuNokLetterEvents,
} from "./presets/ltu-nok";
export {
  AMENDMENT_PROPOSAL_WATCH,
  amendmentProposalReminders,
} from "./reminders/amendment-reminders";
export { fundingReminders, letterReminders } from "./reminders/letter-reminders";
export { POLICY_PROPOSAL_WATCH, policyProposalReminders } from "./reminders/policy-reminders";
export {
  aboutObligation,
  type ReminderAbout,
  type ReminderDuty,
} from "./reminders/reminder-about";
export {
  activityReminders,
  catchUpKey,
  noticeReminders,
  obligationReminders,
  type PlannedReminder,
} from "./reminders/reminder-plan";
export {
  DEFAULT_LETTER_REMINDER_POLICY,
  DEFAULT_REMINDER_POLICY,
  LetterReminderPolicy,
  MAX_LEAD_TIMES,
  type ReminderPolicy,
  reminderPolicyOf,
} from "./reminders/reminder-policy";
export {
  AgreedPolicy,
  letterReminderPolicy,
  NO_SHARED_POLICY,
  PolicyActor,
  PolicyProposal,
  policyInForce,
  SharedReminderPolicy,
} from "./reminders/shared-policy";
export {
  activityWatches,
  fundingWatches,
  letterWatches,
  POLICY_CHANGED_WATCH,
  policyChangedWatch,
  type Watch,
  type WatchMode,
} from "./reminders/watch-dates";
export {
  type FollowUpFacts,
  type FollowUpReport,
  followUp,
  type RecordedFact,
} from "./report/follow-up";
export { ACTIVITY_STATUSES } from "./report/follow-up-agreements";
export {
  factDateOf,
  isRecordedLate,
  LATE_RECORD_DAYS,
  type LateRecord,
  lateOn,
  lateRecordOf,
} from "./rules/late-records";
export type { Result } from "./rules/result";
export { RULE_CLAUSES, RULE_IDS, type RuleId } from "./rules/rule-ids";
export type { Decision, RuleViolation } from "./rules/rule-violation";
export {
  LetterTemplate,
  TEMPLATE_BOUNDS,
  type TemplateClause,
  TemplateId,
  TemplateRef,
} from "./templates/letter-template";
export {
  BUILT_IN_TEMPLATE_FILES,
  builtInTemplate,
  builtInTemplates,
  EXAMPLE_TEMPLATE_ID,
  findTemplate,
  LTU_NOK_TEMPLATE_ID,
  latestTemplates,
  refOf,
} from "./templates/template-catalogue";
export { checkTemplate, type TemplateCheck, type TemplateError } from "./templates/template-checks";
export {
  draftedFrom,
  type SignedTemplateLetterOptions,
  signedTemplateLetterEvents,
} from "./templates/template-letter";
export {
  needsReviewsPerYearOf,
  SpecialAgreementTerms,
  specialAgreementTermsOf,
  Terms,
} from "./terms/terms";
export { MAX_SUMMARY_LENGTH, Summary } from "./text/summary";
export { ActivityKind } from "./vocabulary/activity-kinds";
export {
  FOCUS_AREA_NAMES_SV,
  FocusArea,
  FocusAreas,
  MAX_FOCUS_AREAS,
} from "./vocabulary/focus-areas";
export { ACTIVITY_KINDS, FOCUS_AREAS } from "./vocabulary/slugs";
