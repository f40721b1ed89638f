import * as z from "zod/mini";
import { CalendarDate } from "../calendar/calendar-date";
import { Organisation } from "../organisation/actor";
import { OrgNumber } from "../organisation/org-number";
import { LetterReminderPolicy } from "../reminders/reminder-policy";
import { PolicyActor } from "../reminders/shared-policy";
import { TemplateRef } from "../templates/letter-template";
import { Terms } from "../terms/terms";
import { FocusAreas } from "../vocabulary/focus-areas";
import { AmendmentParty, TermsChanges } from "./letter-amendment-model";
import { DocumentSha256, EntityId, GroupMember, SignedBy, StructureReview } from "./letter-model";

/**
 * The events of the letter of intent itself. With the events of its dialogs and needs
 * (`DialogEvent`, `NeedEvent`) they are what the letter's head is folded from.
 */
export const LetterEvent = /* @__PURE__ */ z.discriminatedUnion("type", [
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("LetterDrafted"),
    letterId: EntityId,
    title: /* @__PURE__ */ z.string(),
    parties: /* @__PURE__ */ z.tuple([Organisation, Organisation]),
    terms: Terms,
    focusAreas: FocusAreas,
    /** D-45: the template and version it was drafted from; absent on letters drafted before. */
    template: /* @__PURE__ */ z.optional(TemplateRef),
    memberOrganisations: /* @__PURE__ */ z.array(Organisation),
    draftedOn: CalendarDate,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("LetterSigned"),
    /** D-54: the SHA-256 of the exact PDF signed, computed by the server at signing. */
    documentSha256: /* @__PURE__ */ z.optional(DocumentSha256),
    orgNumber: OrgNumber,
    signedOn: CalendarDate,
    signedBy: SignedBy,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("LetterEnteredIntoForce"),
    inForceFrom: CalendarDate,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("TerminationNoticeGiven"),
    givenBy: OrgNumber,
    receivedOn: CalendarDate,
    endsOn: CalendarDate,
    signedBy: SignedBy,
    /** The day it was recorded (D-32); absent on notices recorded before it was kept. */
    recordedOn: /* @__PURE__ */ z.optional(CalendarDate),
    /** D-33: recorded more than 14 days after `receivedOn`: claimed until acknowledged. */
    awaitsAcknowledgement: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal(true)),
  }),
  /** D-33: the other principal party's receipt of a notice recorded late; it takes effect. */
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("TerminationNoticeAcknowledged"),
    acknowledgedBy: OrgNumber,
    acknowledgedOn: CalendarDate,
    signedBy: SignedBy,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("LetterEnded"),
    endedOn: CalendarDate,
    /** The obligations that lapsed with the end (R20): due after it and not fulfilled. */
    lapsedObligations: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
    /** The run's date that recorded it (D-21): the record is a fact of that day. */
    recordedOn: /* @__PURE__ */ z.optional(CalendarDate),
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("CollaborationGroupSet"),
    members: /* @__PURE__ */ z.array(GroupMember),
    setOn: CalendarDate,
  }),
  /* @__PURE__ */ z.extend(StructureReview, {
    type: /* @__PURE__ */ z.literal("StructureReviewRecorded"),
  }),
  /** D-31: a change of the reminder policy, proposed by one principal party. */
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("ReminderPolicyProposed"),
    proposalId: EntityId,
    policy: LetterReminderPolicy,
    proposedOn: CalendarDate,
    proposedBy: PolicyActor,
  }),
  /** D-31: the other principal party accepted it; it is in force from `acceptedOn`. */
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("ReminderPolicyAccepted"),
    proposalId: EntityId,
    acceptedOn: CalendarDate,
    acceptedBy: PolicyActor,
  }),
  /** D-31: the other principal party declined it. */
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("ReminderPolicyDeclined"),
    proposalId: EntityId,
    declinedOn: CalendarDate,
    declinedBy: PolicyActor,
  }),
  /** D-31: the proposing party withdrew it. */
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("ReminderPolicyWithdrawn"),
    proposalId: EntityId,
    withdrawnOn: CalendarDate,
    withdrawnBy: PolicyActor,
  }),
  /** R26: a principal party's signatory proposes a change of terms from `effectiveFrom`. */
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("AmendmentProposed"),
    amendmentId: EntityId,
    effectiveFrom: CalendarDate,
    changes: TermsChanges,
    /** The whole terms from `effectiveFrom`: those in force then, with `changes`. */
    terms: Terms,
    proposedOn: CalendarDate,
    proposedBy: AmendmentParty,
  }),
  /** R26: a principal party signs the pending amendment. */
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("AmendmentSigned"),
    amendmentId: EntityId,
    orgNumber: OrgNumber,
    signedOn: CalendarDate,
    signedBy: SignedBy,
    /** D-64: the SHA-256 of the amendment's PDF signed, stamped by the server (D-54). */
    documentSha256: /* @__PURE__ */ z.optional(DocumentSha256),
  }),
  /** R26: both have signed; the amendment binds from the later signature's day. */
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("AmendmentEnteredIntoForce"),
    amendmentId: EntityId,
    inForceFrom: CalendarDate,
    effectiveFrom: CalendarDate,
    terms: Terms,
  }),
  /** R26: the pending amendment withdrawn (by the proposer) or declined (by the other party). */
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("AmendmentWithdrawn"),
    amendmentId: EntityId,
    withdrawnOn: CalendarDate,
    withdrawnBy: AmendmentParty,
  }),
]);
export type LetterEvent = z.infer<typeof LetterEvent>;

/** The event of one `type`. */
export type LetterEventOf<Type extends LetterEvent["type"]> = Extract<LetterEvent, { type: Type }>;
