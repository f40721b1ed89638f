import { z } from "zod";
import { CalendarDate } from "../calendar/calendar-date";
import { Today } from "../calendar/today";
import { EntityId } from "../letter/letter-model";
import { Actor, Organisation } from "../organisation/actor";
import { ActivityKind } from "../vocabulary/activity-kinds";
import { FocusAreas } from "../vocabulary/focus-areas";

const terms = z.string().max(20_000).default("");

/** What people (and the scheduled run) ask of an activity and its special agreement. */
export const ActivityCommand = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("DefineActivity"),
    actor: Actor,
    activityId: EntityId,
    title: z.string().trim().min(1).max(300),
    kind: ActivityKind,
    focusAreas: FocusAreas,
    needIds: z.array(EntityId).max(100),
    projectParties: z.array(Organisation).max(100).default([]),
    terms,
    definedOn: CalendarDate,
  }),
  z.object({
    type: z.literal("ReviseSpecialAgreement"),
    actor: Actor,
    projectParties: z.array(Organisation).max(100),
    terms,
    revisedOn: CalendarDate,
  }),
  z.object({
    type: z.literal("SignSpecialAgreement"),
    actor: Actor,
    signedOn: CalendarDate,
    /** The version the signer read; refused if a newer one has been drafted since. */
    version: z.number().int().min(1).optional(),
    ...Today,
  }),
  z.object({ type: z.literal("StartActivity"), actor: Actor, startedOn: CalendarDate, ...Today }),
  z.object({
    type: z.literal("CompleteActivity"),
    actor: Actor,
    completedOn: CalendarDate,
    outcome: z.string().trim().min(1).max(10_000),
    ...Today,
  }),
  /** The scheduled run's flag when the letter ended while the activity ran (R20). */
  z.object({
    type: z.literal("FlagSpecialAgreementForReview"),
    letterEndedOn: CalendarDate,
    flaggedOn: CalendarDate,
  }),
]);
export type ActivityCommand = z.output<typeof ActivityCommand>;
/** A command as untrusted input gives it, before `ActivityCommand.parse`. */
export type ActivityCommandInput = z.input<typeof ActivityCommand>;
export type ActivityCommandOf<Type extends ActivityCommand["type"]> = Extract<
  ActivityCommand,
  { type: Type }
>;
