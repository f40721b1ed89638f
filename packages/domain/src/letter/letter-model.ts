import * as z from "zod/mini";
import { CalendarDate } from "../calendar/calendar-date";
import { Organisation, SealedName } from "../organisation/actor";
import { OrgNumber } from "../organisation/org-number";
import { SharedReminderPolicy } from "../reminders/shared-policy";
import { TemplateRef } from "../templates/letter-template";
import { Terms } from "../terms/terms";
import { FocusAreas } from "../vocabulary/focus-areas";
import {
  AmendmentInForce,
  MAX_AMENDMENTS_PER_LETTER,
  PendingAmendment,
} from "./letter-amendment-model";

/** A trimmed, non-empty text of at most `max` characters. */
const text = /* @__NO_SIDE_EFFECTS__ */ (max: number) =>
  /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** An id chosen by the caller (the domain makes no random ids: it has no entropy either). */
export const EntityId = /* @__PURE__ */ z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(100),
    z.regex(/^[A-Za-z0-9_-]+$/, { message: "use letters, digits, - and _ only" }),
  );
export type EntityId = z.infer<typeof EntityId>;

/** Who signed or gave notice, for the audit trail and R16. */
export const SignedBy = /* @__PURE__ */ z.object({
  sub: /* @__PURE__ */ z.string().check(z.minLength(1)),
  name: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  /** R25: the signatory a substitute signed for; absent on a signature by the signatory. */
  onBehalfOf: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.object({ sub: /* @__PURE__ */ z.string().check(z.minLength(1)) }),
  ),
  /**
   * D-58: the name signed with, sealed with the person's own key (crypto-shredding); views open
   * it, and after an erasure nobody can. The domain only carries it.
   */
  sealedName: /* @__PURE__ */ z.optional(SealedName),
});
export type SignedBy = z.infer<typeof SignedBy>;

/** D-54: the SHA-256 of a rendered document, 64 lower-case hex digits. */
export const DocumentSha256 = /* @__PURE__ */ z.string().check(z.regex(/^[0-9a-f]{64}$/));

/** A principal party's signature of the letter (R17). */
export const Signature = /* @__PURE__ */ z.object({
  orgNumber: OrgNumber,
  signedOn: CalendarDate,
  signedBy: SignedBy,
  /** D-54: the SHA-256 (hex) of the exact PDF signed; absent on signatures made before it. */
  documentSha256: /* @__PURE__ */ z.optional(DocumentSha256),
});
export type Signature = z.infer<typeof Signature>;

/** The other party's receipt of a notice recorded late (D-33, R16). */
export const NoticeAcknowledgement = /* @__PURE__ */ z.object({
  acknowledgedBy: OrgNumber,
  acknowledgedOn: CalendarDate,
  signedBy: SignedBy,
});
export type NoticeAcknowledgement = z.infer<typeof NoticeAcknowledgement>;

/** A termination notice (R18, R19). The letter is in force up to and including `endsOn`. */
export const Notice = /* @__PURE__ */ z.object({
  givenBy: OrgNumber,
  receivedOn: CalendarDate,
  endsOn: CalendarDate,
  signedBy: SignedBy,
  /** D-33: when a notice recorded late was recorded (with its acknowledgement). */
  recordedOn: /* @__PURE__ */ z.optional(CalendarDate),
  /** D-33: present when the notice was recorded late and took effect on this receipt. */
  acknowledgement: /* @__PURE__ */ z.optional(NoticeAcknowledgement),
});
export type Notice = z.infer<typeof Notice>;

/**
 * D-33: a notice recorded more than `LATE_RECORD_DAYS` after the day it says it was received.
 * It takes effect only when the other principal party acknowledges it; until then it is claimed.
 */
export const ClaimedNotice = /* @__PURE__ */ z.extend(Notice, { recordedOn: CalendarDate });
export type ClaimedNotice = z.infer<typeof ClaimedNotice>;

/**
 * A member of the collaboration group (R9). D-65: a person by opaque id (`personId`, the people
 * directory's) whose name is sealed with their own key (`sealedName`, D-58), so an erasure (D-59)
 * leaves nothing readable; `name` is only on members appointed before that, whose events keep it.
 */
export const GroupMember = /* @__PURE__ */ z.object({
  name: /* @__PURE__ */ z.optional(text(200)),
  personId: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/)),
  ),
  sealedName: /* @__PURE__ */ z.optional(SealedName),
  orgNumber: OrgNumber,
  role: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(z.trim(), z.maxLength(100))),
});
export type GroupMember = z.infer<typeof GroupMember>;

/**
 * A dialog scheduled and not yet held, as the letter's head keeps it: enough for its basis
 * obligation (R12). Held dialogs leave the head; their records stay in their own items.
 */
export const OpenDialog = /* @__PURE__ */ z.object({
  dialogId: EntityId,
  scheduledOn: CalendarDate,
  basisSubmittedOn: /* @__PURE__ */ z.nullable(CalendarDate),
});
export type OpenDialog = z.infer<typeof OpenDialog>;

/**
 * A dialog as it was before it was held, kept in the head so that a view as of a day before
 * `heldOn` still lists its basis obligation (R12, D-21): it was open then.
 */
export const RecentlyHeldDialog = /* @__PURE__ */ z.extend(OpenDialog, { heldOn: CalendarDate });
export type RecentlyHeldDialog = z.infer<typeof RecentlyHeldDialog>;

/**
 * D-23: how many of the latest held dialogs the head keeps as they were while open (the same
 * number as may be open at once). A view as of any day on or after the earliest kept `heldOn`
 * is exact; only views as of a day before the 24th-latest held dialog lose the bases of dialogs
 * held before it.
 */
export const MAX_RECENTLY_HELD_DIALOGS = 24;

/**
 * What the letter's obligations need of a held dialog (R10, R13): when it was held and whether it
 * reviewed needs. The head keeps only the earliest per period (see `keepEarliestRecords`).
 */
export const HeldDialog = /* @__PURE__ */ z.object({
  heldOn: CalendarDate,
  needsReview: /* @__PURE__ */ z.boolean(),
});
export type HeldDialog = z.infer<typeof HeldDialog>;

/**
 * One appointment of the collaboration group (D-22): the day it took effect and which principal
 * parties had members in it then, so D-3's "a group with members of both parties" can be read on
 * any day.
 */
export const GroupAppointment = /* @__PURE__ */ z.object({
  appointedOn: CalendarDate,
  partiesWithMembers: /* @__PURE__ */ z.array(OrgNumber).check(z.maxLength(2)),
});
export type GroupAppointment = z.infer<typeof GroupAppointment>;

/** D-22: how many of the latest appointments of the group the head keeps (bounded). */
export const MAX_GROUP_APPOINTMENTS = 12;

/**
 * D-23: at most this many dialogs scheduled and not yet held at once (twelve years at two a year).
 * It keeps the letter's head, and so every command on the letter, bounded.
 */
export const MAX_OPEN_DIALOGS = 24;

/** The yearly follow-up of the collaboration structure (R15). */
export const StructureReview = /* @__PURE__ */ z.object({
  year: /* @__PURE__ */ z.int().check(z.minimum(1900), z.maximum(2999)),
  reviewedOn: CalendarDate,
  summary: /* @__PURE__ */ z.string().check(z.maxLength(10_000)),
  /**
   * D-29: the day of the follow-up report (R24) the review was held on; the report of `year` as
   * of that day reads the same facts again. Absent on reviews recorded without a report.
   */
  reportAsOf: /* @__PURE__ */ z.optional(CalendarDate),
});
export type StructureReview = z.infer<typeof StructureReview>;

/**
 * The letter of intent as folded from its events: the snapshot an event store keeps. Bounded:
 * dialogs and needs live in their own items; the head keeps at most `MAX_OPEN_DIALOGS` open
 * dialogs and three held-dialog dates and one structure review per calendar year.
 */
export const LetterOfIntent = /* @__PURE__ */ z.object({
  letterId: EntityId,
  title: text(300),
  parties: /* @__PURE__ */ z.tuple([Organisation, Organisation]),
  terms: Terms,
  focusAreas: FocusAreas,
  /** D-45: the template and version it was drafted from; absent on letters drafted before. */
  template: /* @__PURE__ */ z.optional(TemplateRef),
  /** Organisations a principal party represents, such as NoK's 14 municipalities (R3). */
  memberOrganisations: /* @__PURE__ */ z.array(Organisation),
  draftedOn: CalendarDate,
  signatures: /* @__PURE__ */ z.array(Signature),
  inForceFrom: /* @__PURE__ */ z.nullable(CalendarDate),
  /** The notice in effect (R18): its end date binds. */
  notice: /* @__PURE__ */ z.nullable(Notice),
  /** D-33: a notice recorded late and not yet acknowledged; absent on heads made before it. */
  claimedNotice: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(ClaimedNotice)),
  endedOn: /* @__PURE__ */ z.nullable(CalendarDate),
  collaborationGroup: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.array(GroupMember)),
  /** The latest appointments of the group, oldest first (at most `MAX_GROUP_APPOINTMENTS`). */
  groupAppointments: /* @__PURE__ */ z
    .array(GroupAppointment)
    .check(z.maxLength(MAX_GROUP_APPOINTMENTS)),
  /** Dialogs scheduled and not yet held (at most `MAX_OPEN_DIALOGS`). */
  openDialogs: /* @__PURE__ */ z.array(OpenDialog).check(z.maxLength(MAX_OPEN_DIALOGS)),
  /**
   * The latest held dialogs as they were while open (at most `MAX_RECENTLY_HELD_DIALOGS`), for
   * views as of a day before they were held (D-21, R12); absent on heads made before it.
   */
  recentlyHeld: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(RecentlyHeldDialog).check(z.maxLength(MAX_RECENTLY_HELD_DIALOGS)),
  ),
  /** The earliest held dialog of each dialog period and the earliest needs review of each year. */
  heldDialogs: /* @__PURE__ */ z.array(HeldDialog),
  /** One per calendar year at most (R15). */
  structureReviews: /* @__PURE__ */ z.array(StructureReview),
  /**
   * D-31: the reminder policy both principal parties agreed on, and a change one of them proposed.
   * Absent on heads written before D-31 (and on letters where nothing was ever proposed).
   */
  reminderPolicy: /* @__PURE__ */ z.optional(SharedReminderPolicy),
  /**
   * R26, D-51: amendments in force, by effective date (at most `MAX_AMENDMENTS_PER_LETTER`, D-52);
   * `terms` stays as drafted and `termsOn` reads the terms of a day. Absent on older heads.
   */
  amendments: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(AmendmentInForce).check(z.maxLength(MAX_AMENDMENTS_PER_LETTER)),
  ),
  /** R26: the one amendment proposed and not yet signed by both (D-52: one at a time). */
  pendingAmendment: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PendingAmendment)),
  /** How many events made this state: the optimistic-concurrency version. */
  version: /* @__PURE__ */ z.int().check(z.minimum(0)),
});
export type LetterOfIntent = z.infer<typeof LetterOfIntent>;
