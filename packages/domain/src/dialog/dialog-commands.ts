import { z } from "zod";
import { CalendarDate } from "../calendar/calendar-date";
import { Today } from "../calendar/today";
import { DialogTopics, EntityId } from "../letter/letter-model";
import { NewNeed } from "../need/need-commands";
import { Actor } from "../organisation/actor";

const summary = z.string().trim().min(1).max(10_000);

/**
 * How many new needs one dialog record may register. Each becomes an event and an item of its own
 * in the same transaction, so this keeps a record within DynamoDB's 100 items per transaction.
 */
export const MAX_NEEDS_PER_RECORD = 30;

/** What coordinators ask of a leadership dialog (R10–R13). */
export const DialogCommand = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("ScheduleDialog"),
    actor: Actor,
    dialogId: EntityId,
    scheduledOn: CalendarDate,
  }),
  z.object({
    type: z.literal("SubmitDialogBasis"),
    actor: Actor,
    dialogId: EntityId,
    submittedOn: CalendarDate,
    summary,
    ...Today,
  }),
  z.object({
    type: z.literal("RecordDialog"),
    actor: Actor,
    dialogId: EntityId,
    heldOn: CalendarDate,
    /** Parsed loosely so that missing topics come back as one R11 refusal naming them all. */
    topics: DialogTopics.partial(),
    needsReview: z.object({ needs: z.array(NewNeed).max(MAX_NEEDS_PER_RECORD) }).optional(),
    ...Today,
  }),
]);
export type DialogCommand = z.output<typeof DialogCommand>;
/** A command as untrusted input gives it, before `DialogCommand.parse`. */
export type DialogCommandInput = z.input<typeof DialogCommand>;
/** The command of one `type`. */
export type DialogCommandOf<Type extends DialogCommand["type"]> = Extract<
  DialogCommand,
  { type: Type }
>;
