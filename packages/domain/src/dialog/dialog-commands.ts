import * as z from "zod/mini";
import { CalendarDate } from "../calendar/calendar-date";
import { Today } from "../calendar/today";
import { EntityId } from "../letter/letter-model";
import { NewNeed } from "../need/need-commands";
import { Actor } from "../organisation/actor";
import { Summary } from "../text/summary";
import { DialogTopics } from "./dialog-model";

/**
 * How many new needs one dialog record may register. Each becomes an event and an item of its own
 * in the same transaction, so this keeps a record within DynamoDB's 100 items per transaction.
 */
export const MAX_NEEDS_PER_RECORD = 30;

/** What coordinators ask of a leadership dialog (R10–R13). */
export const DialogCommand = /* @__PURE__ */ z.discriminatedUnion("type", [
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("ScheduleDialog"),
    actor: Actor,
    dialogId: EntityId,
    scheduledOn: CalendarDate,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("SubmitDialogBasis"),
    actor: Actor,
    dialogId: EntityId,
    submittedOn: CalendarDate,
    summary: Summary,
    today: Today,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("RecordDialog"),
    actor: Actor,
    dialogId: EntityId,
    heldOn: CalendarDate,
    /** Parsed loosely so that missing topics come back as one R11 refusal naming them all. */
    topics: /* @__PURE__ */ z.partial(DialogTopics),
    needsReview: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.object({
        needs: /* @__PURE__ */ z.array(NewNeed).check(z.maxLength(MAX_NEEDS_PER_RECORD)),
      }),
    ),
    today: Today,
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
