import * as z from "zod/mini";
import { CalendarDate } from "../calendar/calendar-date";
import { Today } from "../calendar/today";
import { EntityId } from "../letter/letter-model";
import { Actor, Organisation } from "../organisation/actor";
import { ActivityKind } from "../vocabulary/activity-kinds";
import { FocusAreas } from "../vocabulary/focus-areas";

const terms = /* @__PURE__ */ z._default(/* @__PURE__ */ z.string().check(z.maxLength(20_000)), "");

/** What people (and the scheduled run) ask of an activity and its special agreement. */
export const ActivityCommand = /* @__PURE__ */ z.discriminatedUnion("type", [
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("DefineActivity"),
    actor: Actor,
    activityId: EntityId,
    title: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
    kind: ActivityKind,
    focusAreas: FocusAreas,
    needIds: /* @__PURE__ */ z.array(EntityId).check(z.maxLength(100)),
    projectParties: /* @__PURE__ */ z._default(
      /* @__PURE__ */ z.array(Organisation).check(z.maxLength(100)),
      [],
    ),
    terms,
    definedOn: CalendarDate,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("ReviseSpecialAgreement"),
    actor: Actor,
    projectParties: /* @__PURE__ */ z.array(Organisation).check(z.maxLength(100)),
    terms,
    revisedOn: CalendarDate,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("SignSpecialAgreement"),
    actor: Actor,
    signedOn: CalendarDate,
    /** The version the signer read; refused if a newer one has been drafted since. */
    version: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(z.minimum(1))),
    today: Today,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("StartActivity"),
    actor: Actor,
    startedOn: CalendarDate,
    today: Today,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("CompleteActivity"),
    actor: Actor,
    completedOn: CalendarDate,
    outcome: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(10_000)),
    today: Today,
  }),
  /** The scheduled run's flag when the letter ended while the activity ran (R20). */
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("FlagSpecialAgreementForReview"),
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
