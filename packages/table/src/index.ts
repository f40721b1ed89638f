// The single-table design of Samverkan, declared once. The API, the scheduled run, the tests
// against DynamoDB Local and infra/ (SST) all build the table and its keys from this module, so
// the deployed table and the tested one cannot drift.

/** Attribute and index names of the table. */
export const TABLE_DESIGN = {
  partitionKey: "pk",
  sortKey: "sk",
  /**
   * Finds what the scheduled run must look at on a date, without a Scan: items are keyed by the
   * next date something is due about them, so a run reads only what is due.
   */
  dueDateIndex: { name: "byDueDate", partitionKey: "dueBucket", sortKey: "dueKey" },
  /** Epoch seconds after which DynamoDB deletes the item (idempotency records, sent notifications). */
  ttlAttribute: "expiresAt",
} as const;

/** The table as `CreateTable` takes it (without a name): the same shape SST's `Dynamo` declares. */
export const TABLE_DEFINITION = {
  AttributeDefinitions: [
    { AttributeName: TABLE_DESIGN.partitionKey, AttributeType: "S" },
    { AttributeName: TABLE_DESIGN.sortKey, AttributeType: "S" },
    { AttributeName: TABLE_DESIGN.dueDateIndex.partitionKey, AttributeType: "S" },
    { AttributeName: TABLE_DESIGN.dueDateIndex.sortKey, AttributeType: "S" },
  ],
  KeySchema: [
    { AttributeName: TABLE_DESIGN.partitionKey, KeyType: "HASH" },
    { AttributeName: TABLE_DESIGN.sortKey, KeyType: "RANGE" },
  ],
  GlobalSecondaryIndexes: [
    {
      IndexName: TABLE_DESIGN.dueDateIndex.name,
      KeySchema: [
        { AttributeName: TABLE_DESIGN.dueDateIndex.partitionKey, KeyType: "HASH" },
        { AttributeName: TABLE_DESIGN.dueDateIndex.sortKey, KeyType: "RANGE" },
      ],
      Projection: { ProjectionType: "ALL" },
    },
  ],
  BillingMode: "PAY_PER_REQUEST",
} as const;

/** A primary key. */
export interface ItemKey {
  readonly pk: string;
  readonly sk: string;
}

const letterPk = (letterId: string) => `LOI#${letterId}`;
// Sequence numbers are zero-padded so that the sort key orders events numerically.
const pad = (n: number) => n.toString().padStart(10, "0");

/** Every key of the table, by use. Key strings are built here and nowhere else. */
export const keys = {
  /** The letter's head: its snapshot and the version of the letter's whole event stream. */
  letter: (letterId: string): ItemKey => ({ pk: letterPk(letterId), sk: "HEAD" }),
  /** One event of a letter's stream (letter, activities and funding applications alike). */
  event: (letterId: string, sequence: number): ItemKey => ({
    pk: letterPk(letterId),
    sk: `EVT#${pad(sequence)}`,
  }),
  eventPrefix: "EVT#",
  activity: (letterId: string, activityId: string): ItemKey => ({
    pk: letterPk(letterId),
    sk: `ACT#${activityId}`,
  }),
  activityPrefix: "ACT#",
  /** A leadership dialog's snapshot: its basis and record. */
  dialog: (letterId: string, dialogId: string): ItemKey => ({
    pk: letterPk(letterId),
    sk: `DLG#${dialogId}`,
  }),
  dialogPrefix: "DLG#",
  /** A need's snapshot. */
  need: (letterId: string, needId: string): ItemKey => ({
    pk: letterPk(letterId),
    sk: `NEED#${needId}`,
  }),
  needPrefix: "NEED#",
  funding: (letterId: string, applicationId: string): ItemKey => ({
    pk: letterPk(letterId),
    sk: `FUND#${applicationId}`,
  }),
  fundingPrefix: "FUND#",
  /** A watch: the next date the scheduled run must look at an obligation, notice or agreement. */
  watch: (letterId: string, watchId: string): ItemKey => ({
    pk: letterPk(letterId),
    sk: `DUE#${watchId}`,
  }),
  watchPrefix: "DUE#",
  /** A notification the scheduled run sent (deterministic: written once). */
  notification: (letterId: string, reminderKey: string): ItemKey => ({
    pk: letterPk(letterId),
    sk: `NOTE#${reminderKey}`,
  }),
  notificationPrefix: "NOTE#",
  /** A calendar feed, by the SHA-256 of its secret token; deleting it revokes the feed URL. */
  calendarFeed: (letterId: string, tokenHash: string): ItemKey => ({
    pk: letterPk(letterId),
    sk: `FEED#${tokenHash}`,
  }),
  /**
   * D-48: the scope an organisation's calendar feed across its letters is stored under, in place
   * of a letter id (the feed store's limits and revocation apply as they do to a letter's feeds).
   * A letter id never holds a colon (the API's `Id`), so no letter's partition can be this one.
   */
  organisationFeedScope: (orgNumber: string) => `org:${orgNumber}`,
  /**
   * D-48: one thing an organisation must do for a letter, in the organisation's due-items index:
   * keyed by due date first, so the first page of everything it has due across all its letters
   * (overdue first) is one bounded Query of one partition, whatever the number of letters.
   */
  dueItem: (orgNumber: string, dueOn: string, letterId: string, itemId: string): ItemKey => ({
    pk: `TASKS#${orgNumber}`,
    sk: `${dueOn}#${letterId}#${itemId}`,
  }),
  dueItemsOf: (orgNumber: string) => `TASKS#${orgNumber}`,
  /** D-48: which due-items index entries a letter wrote last, so a refresh removes what is done. */
  letterDueItems: (letterId: string): ItemKey => ({ pk: letterPk(letterId), sk: "TASKS" }),
  /** That an organisation may see a letter: lists a caller's agreements without a Scan. */
  membership: (orgNumber: string, letterId: string): ItemKey => ({
    pk: `ORG#${orgNumber}`,
    sk: letterPk(letterId),
  }),
  membershipsOf: (orgNumber: string) => `ORG#${orgNumber}`,
  /**
   * A substitution of the organisation (R25): who stands in for whom, from when to when. In the
   * organisation's partition beside its memberships (which are read by their own `LOI#` prefix).
   */
  substitution: (orgNumber: string, id: string): ItemKey => ({
    pk: `ORG#${orgNumber}`,
    sk: `SUBST#${id}`,
  }),
  substitutionPrefix: "SUBST#",
  /** The version of an organisation's substitutions: every appointment moves it, one at a time. */
  substitutionsHead: (orgNumber: string): ItemKey => ({
    pk: `ORG#${orgNumber}`,
    sk: "SUBSTITUTIONS",
  }),
  /**
   * A stored response for an `Idempotency-Key`. `scopedKeyHash` is a hash of the caller and the
   * key together (see core's `idempotencyKeyHash`), so no two callers' keys can meet, whatever
   * characters either contains.
   */
  idempotency: (scopedKeyHash: string): ItemKey => ({
    pk: `IDEM#${scopedKeyHash}`,
    sk: "IDEM",
  }),
  /**
   * One person of the people directory (issue #17, "names, not ids"): the name their token last
   * gave, under an opaque id (a hash of their organisation and subject; core's `personIdOf`).
   * One item per person, in a partition of its own, so no letter's partition grows with people.
   */
  person: (personId: string): ItemKey => ({
    pk: `PERSON#${personId}`,
    sk: "PERSON",
  }),
  /**
   * D-58: a person's own data key (crypto-shredding), wrapped by the wrapping key; deleting it
   * makes every name sealed with it unreadable. A partition of its own, beside the person.
   */
  personKey: (personId: string): ItemKey => ({
    pk: `PERSONKEY#${personId}`,
    sk: "PERSONKEY",
  }),
  /**
   * D-59: the deletion decision (gallringsbeslut) a person was erased under: its reference, date
   * and who recorded it, never the person's name or address.
   */
  erasure: (personId: string): ItemKey => ({
    pk: `PERSON#${personId}`,
    sk: "ERASURE",
  }),
  /** One organisation's contact persons on a letter (R23): one bounded item, versioned. */
  contacts: (letterId: string, orgNumber: string): ItemKey => ({
    pk: letterPk(letterId),
    sk: `CONTACTS#${orgNumber}`,
  }),
  contactsPrefix: "CONTACTS#",
  /** The letter's reminder policy (lead times, digest), versioned; absent means the default. */
  reminderPolicy: (letterId: string): ItemKey => ({
    pk: letterPk(letterId),
    sk: "POLICY#reminders",
  }),
  /** A day's digest of a letter's reminders (written once, like a notification). */
  digest: (letterId: string, digestKey: string): ItemKey => ({
    pk: letterPk(letterId),
    sk: `DIGEST#${digestKey}`,
  }),
  /**
   * One person's delivery of one notification or digest: claimed, sending, then sent, so each
   * person gets each message once. `personId` is a hash of the address: no address in a key.
   */
  mailDelivery: (letterId: string, messageKey: string, personId: string): ItemKey => ({
    pk: letterPk(letterId),
    sk: `MAIL#${messageKey}#${personId}`,
  }),
} as const;

/**
 * The layout version of the items this code writes. A letter head of another version (an older
 * `.data/` folder) is refused with a message instead of being half-read.
 */
export const ITEM_LAYOUT_VERSION = 2;

/**
 * One partition of the due-date index. A daily run reads one contiguous range of it; at ten
 * thousand letters that is a few hundred items a day, well within one partition's throughput.
 */
export const DUE_BUCKET = "due";

/** The due-date index attributes of a watch item. */
export function dueDateIndexKey(on: string, letterId: string, watchId: string) {
  return {
    [TABLE_DESIGN.dueDateIndex.partitionKey]: DUE_BUCKET,
    [TABLE_DESIGN.dueDateIndex.sortKey]: `${on}#${letterId}#${watchId}`,
  };
}

/** The upper bound of the index range a run for `asOf` reads: everything due on or before it. */
export const dueOnOrBefore = (asOf: string) => `${asOf}#\uffff`;
export { REQUEST_LIMITS } from "./limits";
export { WORKSPACE_HEADERS, workspaceCsp, workspaceHeaderValues } from "./workspace-headers";
