import * as z from "zod/mini";
import { CalendarDate } from "../calendar/calendar-date";
import { DocumentSha256, EntityId, SignedBy } from "../letter/letter-model";
import { Organisation } from "../organisation/actor";
import { OrgNumber } from "../organisation/org-number";
import { ActivityKind } from "../vocabulary/activity-kinds";
import { FocusAreas } from "../vocabulary/focus-areas";

/** The events of an activity and its special agreement. */
export const ActivityEvent = /* @__PURE__ */ z.discriminatedUnion("type", [
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("ActivityDefined"),
    activityId: EntityId,
    letterId: EntityId,
    title: /* @__PURE__ */ z.string(),
    kind: ActivityKind,
    focusAreas: FocusAreas,
    needIds: /* @__PURE__ */ z.array(EntityId),
    definedOn: CalendarDate,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("SpecialAgreementDrafted"),
    version: /* @__PURE__ */ z.int().check(z.minimum(1)),
    parties: /* @__PURE__ */ z.array(Organisation),
    terms: /* @__PURE__ */ z.string(),
    draftedOn: CalendarDate,
    /** D-63: false when the letter's terms at drafting let the activity start unsigned; absent = true. */
    required: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    /** D-63: who must sign when only some parties do (the principal parties); absent = every party. */
    signatories: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(OrgNumber)),
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("SpecialAgreementSigned"),
    /** D-54: the SHA-256 of the exact PDF signed, computed by the server at signing. */
    documentSha256: /* @__PURE__ */ z.optional(DocumentSha256),
    version: /* @__PURE__ */ z.int().check(z.minimum(1)),
    orgNumber: OrgNumber,
    signedOn: CalendarDate,
    signedBy: SignedBy,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("ActivityStarted"),
    startedOn: CalendarDate,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("ActivityCompleted"),
    completedOn: CalendarDate,
    outcome: /* @__PURE__ */ z.string(),
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("SpecialAgreementFlaggedForReview"),
    flaggedOn: CalendarDate,
    letterEndedOn: CalendarDate,
  }),
]);
export type ActivityEvent = z.infer<typeof ActivityEvent>;
