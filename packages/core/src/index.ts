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
export { mayView, membershipCounts, readVisibleLetter } from "./commands/visibility";
export {
  type AuthSettings,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  readSettings,
  type Settings,
} from "./config/settings";
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
export { dueWatchesPage } from "./run/due-watches";
export { type SendOutcome, sendOnce } from "./run/notification-store";
export {
  eventBridgeNotifier,
  logNotifier,
  type Notification,
  Notifier,
  PublishFailed,
} from "./run/notifier";
export { SCHEDULER_ACTOR } from "./run/process-letter";
export { type EnforceOptions, enforce, type RunSummary } from "./run/run";
export {
  appendToLetter,
  type EventActor,
  MAX_TRANSACTION_ITEMS,
  type MembershipChange,
  type WatchItem,
} from "./store/append";
export { ensureTable } from "./store/create-table";
export { Dynamo, type DynamoSettings, dynamoClient, dynamoLayer } from "./store/dynamo";
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
