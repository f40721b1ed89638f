import { z } from "zod";
import { CalendarDate } from "../calendar/calendar-date";
import { EntityId, SignedBy } from "../letter/letter-model";
import { Organisation } from "../organisation/actor";
import { OrgNumber } from "../organisation/org-number";
import { ActivityKind } from "../vocabulary/activity-kinds";
import { FocusAreas } from "../vocabulary/focus-areas";

/** The events of an activity and its special agreement. */
export const ActivityEvent = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("ActivityDefined"),
    activityId: EntityId,
    letterId: EntityId,
    title: z.string(),
    kind: ActivityKind,
    focusAreas: FocusAreas,
    needIds: z.array(EntityId),
    definedOn: CalendarDate,
  }),
  z.object({
    type: z.literal("SpecialAgreementDrafted"),
    version: z.number().int().min(1),
    parties: z.array(Organisation),
    terms: z.string(),
    draftedOn: CalendarDate,
  }),
  z.object({
    type: z.literal("SpecialAgreementSigned"),
    version: z.number().int().min(1),
    orgNumber: OrgNumber,
    signedOn: CalendarDate,
    signedBy: SignedBy,
  }),
  z.object({ type: z.literal("ActivityStarted"), startedOn: CalendarDate }),
  z.object({
    type: z.literal("ActivityCompleted"),
    completedOn: CalendarDate,
    outcome: z.string(),
  }),
  z.object({
    type: z.literal("SpecialAgreementFlaggedForReview"),
    flaggedOn: CalendarDate,
    letterEndedOn: CalendarDate,
  }),
]);
export type ActivityEvent = z.infer<typeof ActivityEvent>;
