// The application core's public surface: explicit names only. Adapters (the API, the daily run's
// handler, the local system) import from here and never from each other.

export {
  type Aggregate,
  activityAggregate,
  dialogAggregate,
  fundingAggregate,
  letterAggregate,
  needAggregate,
  type StreamId,
} from "./commands/aggregates";
export { AS_OF_RANGE_YEARS, withinAsOfRange } from "./commands/as-of-range";
export { clockWithToday, nowIso, stockholmDate, today } from "./commands/clock";
export { createLetter, draftEvents } from "./commands/create-letter";
export { type HandleOptions, handle } from "./commands/handle";
export { type IfMatch, ifMatchHolds } from "./commands/if-match";
export { mayView, membershipCounts, readVisibleLetter } from "./commands/visibility";
export { readSettings, type Settings } from "./config/settings";
export {
  type AuthSettings,
  MAX_TRUSTED_ISSUERS,
  readTrustedIssuers,
  type TrustedIssuer,
  type TrustedRole,
} from "./config/trusted-issuers";
export {
  type AmendmentOfRecord,
  activityAtVersion,
  amendmentOfLetter,
  amendmentsOf,
  type LetterDocumentsState,
  MAX_VERSION_EVENTS,
  type RenderedDocument,
  renderAmendmentPdf,
  renderAmendmentSignaturesPdf,
  renderDialogRecordPdf,
  renderLetterDocuments,
  renderLetterPdf,
  renderLetterSignaturesPdf,
  renderLetterWithAmendmentsPdf,
  renderSpecialAgreementPdf,
  renderSpecialAgreementSignaturesPdf,
  renderStructureReviewPdf,
  sha256Of,
} from "./documents";
export {
  AgreementNotFound,
  type CoreError,
  type CoreErrorTag,
  IdempotencyInProgress,
  IdempotencyKeyReused,
  InputOutOfRange,
  InvalidCursor,
  ItemNotFound,
  NotAllowed,
  RuleRefused,
  StoreUnavailable,
  VersionConflict,
  VersionMismatch,
} from "./errors";
export { logLines } from "./log";
export { type Catalogue, catalogueFor, writtenDate } from "./mail/catalogue";
export { composeDigest, composeReminder } from "./mail/compose";
export { type DeadLetter, DeadLetters, fileDeadLetters } from "./mail/dead-letters";
export { deliverPublished } from "./mail/deliver";
export { DeliveryHeld, deliverOnce, type PersonOutcome } from "./mail/deliver-once";
export { type DeliverySummary, summaryOf } from "./mail/delivery-summary";
export { DELIVERY_RETRY, deliverWithRetry, mailNotifier } from "./mail/mail-notifier";
export {
  LOCAL_MAIL_FROM,
  LOCAL_WEB_BASE_URL,
  MailConfig,
  type MailSettings,
  mailConfig,
  readMailSettings,
} from "./mail/mail-settings";
export { MailRejected, MailTransport, type OutgoingMail } from "./mail/mail-transport";
export { type LetterContext, messageIdOf, personId } from "./mail/message-parts";
export { type SesSettings, sesTransport } from "./mail/ses-transport";
export { type SmtpSettings, smtpTransport } from "./mail/smtp-transport";
export { workspaceLink } from "./mail/workspace-link";
export {
  documentNumberOf,
  REGISTRY_EVENTS_PER_PAGE,
  REGISTRY_KINDS,
  type RegistryEntry,
  type RegistryKind,
  type RegistryQuery,
  registryPage,
} from "./registry";
export { type Claim, claimOnce, settleClaim } from "./run/claim-lease";
export { digestLabel, recordDigestLines } from "./run/digest";
export { dueWatchesPage } from "./run/due-watches";
export { type SendOutcome, type SendResult, sendOnce, sendOnceAt } from "./run/notification-store";
export {
  eventBridgeNotifier,
  logNotifier,
  type Notification,
  Notifier,
  PublishFailed,
} from "./run/notifier";
export { DIGEST_CATCH_UP_DAYS, sendPersonDigests } from "./run/person-digests";
export { type LetterPreview, previewRun } from "./run/preview";
export { SCHEDULER_ACTOR } from "./run/process-letter";
export { type EnforceOptions, enforce, type RunSummary } from "./run/run";
export {
  appendToLetter,
  type EventActor,
  MAX_TRANSACTION_ITEMS,
  type MembershipChange,
  type WatchItem,
} from "./store/append";
export {
  CONTACTS_NAMED_WATCH,
  listContacts,
  readContactLists,
  replaceContacts,
  type StoredContacts,
} from "./store/contacts-store";
export { ensureTable } from "./store/create-table";
export {
  type DueItemsQuery,
  dueIndexItems,
  dueItemsPage,
  dueItemWrites,
  type LetterFacts,
  MAX_DUE_ITEM_WRITES_PER_COMMAND,
  MAX_TASK_QUERIES_PER_PAGE,
  refreshDueItems,
  refreshLetterDueItems,
} from "./store/due-items-store";
export {
  type BatchWrite,
  cancellationCodes,
  conditionFailed,
  Dynamo,
  type DynamoOperations,
  type DynamoSettings,
  dynamoClient,
  dynamoLayer,
  dynamoOperations,
  type Query,
  type QueryPage,
  type TransactionWrite,
  transactionCancelled,
} from "./store/dynamo";
export {
  type CalendarFeed,
  createFeed,
  listFeeds,
  MAX_FEEDS_PER_ORGANISATION,
  readFeed,
  revokeFeed,
} from "./store/feed-store";
export { getItem } from "./store/get-item";
export { idempotencyKeyHash, readIdempotency } from "./store/idempotency-store";
export {
  type LetterHead,
  type Page,
  queryLetterItems,
  queryPartition,
  readItems,
  readLetter,
  readLetters,
  readLetterWith,
  StaleLayout,
  snapshotOf,
} from "./store/letter-store";
export {
  type DirectoryNames,
  keepableName,
  MAX_PEOPLE_PER_VIEW,
  MAX_PERSON_NAME,
  type PersonRef,
  personIdOf,
  personNames,
  readPerson,
  rememberPerson,
  rememberPersonById,
  SYSTEM_ACTOR_ID,
} from "./store/people-store";
export {
  DIGEST_LINES_KEEP_SECONDS,
  type DigestLine,
  digestKeys,
  digestLines,
  MAX_REMINDERS_PER_LINE,
  writeDigestLine,
} from "./store/person-digest-store";
export {
  calendarFeedsEraser,
  contactsEraser,
  contactsOfPerson,
  type DeletionDecision,
  type ErasedPerson,
  erasePerson,
  isPersonsContact,
  lettersOfOrganisation,
  MAX_LETTERS_PER_ERASURE,
  PERSON_ERASERS,
  type PersonEraser,
  readErasure,
} from "./store/person-erasure";
export {
  exportPerson,
  MAX_EXPORT_EVENTS,
  type PersonAct,
} from "./store/person-export";
export { type DirectoryEntry, directoryCacheOf } from "./store/person-key-cache";
export {
  deletePersonKey,
  openSealed,
  PersonKeyWrapping,
  personKeyCreatedAt,
  sealedParts,
  sealForPerson,
  wrappingKeyOf,
} from "./store/person-keys";
export {
  POLICY_CHANGED_WATCH,
  policyChangedWatch,
  withoutCoveredCatchUps,
} from "./store/policy-store";
export {
  appointSubstitution,
  listSubstitutions,
  readSubstitution,
  revokeSubstitution,
  type StoredSubstitution,
  SUBSTITUTION_KEPT_DAYS,
} from "./store/substitutions-store";
export { replaceVersioned, type VersionedWrite } from "./store/versioned-item";
