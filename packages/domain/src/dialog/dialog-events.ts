import { z } from "zod";
import { CalendarDate } from "../calendar/calendar-date";
import { DialogTopics, EntityId } from "../letter/letter-model";

/** The events of one leadership dialog: scheduled, its basis (R12), its record (R11, R13). */
export const DialogEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("DialogScheduled"), dialogId: EntityId, scheduledOn: CalendarDate }),
  z.object({
    type: z.literal("DialogBasisSubmitted"),
    dialogId: EntityId,
    submittedOn: CalendarDate,
    summary: z.string(),
  }),
  z.object({
    type: z.literal("DialogRecorded"),
    dialogId: EntityId,
    heldOn: CalendarDate,
    topics: DialogTopics,
    needsReview: z.object({ needIds: z.array(EntityId) }).nullable(),
  }),
]);
export type DialogEvent = z.infer<typeof DialogEvent>;
