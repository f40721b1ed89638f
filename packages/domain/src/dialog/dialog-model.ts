import * as z from "zod/mini";
import { CalendarDate } from "../calendar/calendar-date";
import { EntityId } from "../letter/letter-model";

/** The four topics every leadership dialog discusses (R11). */
export const DialogTopics = /* @__PURE__ */ z.object({
  outsideWorld: /* @__PURE__ */ z.string().check(z.maxLength(10_000)),
  trends: /* @__PURE__ */ z.string().check(z.maxLength(10_000)),
  futureChallenges: /* @__PURE__ */ z.string().check(z.maxLength(10_000)),
  directionAdjustments: /* @__PURE__ */ z.string().check(z.maxLength(10_000)),
});
export type DialogTopics = z.infer<typeof DialogTopics>;

/** A leadership dialog: scheduled, its basis (R12) and its record (R11, R13). */
export const Dialog = /* @__PURE__ */ z.object({
  dialogId: EntityId,
  scheduledOn: CalendarDate,
  basis: /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ z.object({
      submittedOn: CalendarDate,
      summary: /* @__PURE__ */ z.string(),
      /** D-32: recorded more than 14 days after it was submitted, on this day. */
      recordedOn: /* @__PURE__ */ z.optional(CalendarDate),
    }),
  ),
  record: /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ z.object({
      heldOn: CalendarDate,
      topics: DialogTopics,
      /** Present when the dialog reviewed needs (R13); the list may be empty. */
      needsReview: /* @__PURE__ */ z.nullable(
        /* @__PURE__ */ z.object({ needIds: /* @__PURE__ */ z.array(EntityId) }),
      ),
      /** D-32: recorded more than 14 days after it was held, on this day. */
      recordedOn: /* @__PURE__ */ z.optional(CalendarDate),
    }),
  ),
  /** How many events made this dialog: its optimistic-concurrency version. */
  version: /* @__PURE__ */ z.int().check(z.minimum(0)),
});
export type Dialog = z.infer<typeof Dialog>;

/** The four topics of R11 in the letter's order, with the letter's words. */
export const DIALOG_TOPICS: ReadonlyArray<{ key: keyof DialogTopics; sv: string }> = [
  { key: "outsideWorld", sv: "omvärld" },
  { key: "trends", sv: "trender" },
  { key: "futureChallenges", sv: "framtida utmaningar" },
  { key: "directionAdjustments", sv: "eventuella justeringar av inriktning" },
];
