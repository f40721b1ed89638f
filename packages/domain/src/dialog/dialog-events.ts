import * as z from "zod/mini";
import { CalendarDate } from "../calendar/calendar-date";
import { EntityId } from "../letter/letter-model";
import { DialogTopics } from "./dialog-model";

/** The events of one leadership dialog: scheduled, its basis (R12), its record (R11, R13). */
export const DialogEvent = /* @__PURE__ */ z.discriminatedUnion("type", [
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("DialogScheduled"),
    dialogId: EntityId,
    scheduledOn: CalendarDate,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("DialogBasisSubmitted"),
    dialogId: EntityId,
    submittedOn: CalendarDate,
    summary: /* @__PURE__ */ z.string(),
    /** D-32: the day it was recorded, present when more than 14 days after `submittedOn`. */
    recordedOn: /* @__PURE__ */ z.optional(CalendarDate),
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("DialogRecorded"),
    dialogId: EntityId,
    heldOn: CalendarDate,
    topics: DialogTopics,
    needsReview: /* @__PURE__ */ z.nullable(
      /* @__PURE__ */ z.object({ needIds: /* @__PURE__ */ z.array(EntityId) }),
    ),
    /** D-32: the day it was recorded, present when more than 14 days after `heldOn`. */
    recordedOn: /* @__PURE__ */ z.optional(CalendarDate),
  }),
]);
export type DialogEvent = z.infer<typeof DialogEvent>;
