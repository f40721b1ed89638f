import { z } from "zod";
import { CalendarDate } from "../calendar/calendar-date";
import { Organisation } from "../organisation/actor";
import { OrgNumber } from "../organisation/org-number";
import { Terms } from "../terms/terms";
import { FocusAreas } from "../vocabulary/focus-areas";
import { EntityId, GroupMember, SignedBy, StructureReview } from "./letter-model";

/**
 * The events of the letter of intent itself. With the events of its dialogs and needs
 * (`DialogEvent`, `NeedEvent`) they are what the letter's head is folded from.
 */
export const LetterEvent = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("LetterDrafted"),
    letterId: EntityId,
    title: z.string(),
    parties: z.tuple([Organisation, Organisation]),
    terms: Terms,
    focusAreas: FocusAreas,
    memberOrganisations: z.array(Organisation),
    draftedOn: CalendarDate,
  }),
  z.object({
    type: z.literal("LetterSigned"),
    orgNumber: OrgNumber,
    signedOn: CalendarDate,
    signedBy: SignedBy,
  }),
  z.object({ type: z.literal("LetterEnteredIntoForce"), inForceFrom: CalendarDate }),
  z.object({
    type: z.literal("TerminationNoticeGiven"),
    givenBy: OrgNumber,
    receivedOn: CalendarDate,
    endsOn: CalendarDate,
    signedBy: SignedBy,
  }),
  z.object({
    type: z.literal("LetterEnded"),
    endedOn: CalendarDate,
    /** The obligations that lapsed with the end (R20): due after it and not fulfilled. */
    lapsedObligations: z.array(z.string()),
    /** The run's date that recorded it (D-21): the record is a fact of that day. */
    recordedOn: CalendarDate.optional(),
  }),
  z.object({
    type: z.literal("CollaborationGroupSet"),
    members: z.array(GroupMember),
    setOn: CalendarDate,
  }),
  StructureReview.extend({ type: z.literal("StructureReviewRecorded") }),
]);
export type LetterEvent = z.infer<typeof LetterEvent>;

/** The event of one `type`. */
export type LetterEventOf<Type extends LetterEvent["type"]> = Extract<LetterEvent, { type: Type }>;
