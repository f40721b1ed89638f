import * as z from "zod/mini";
import { CalendarDate } from "../calendar/calendar-date";
import { Today } from "../calendar/today";
import { EntityId } from "../letter/letter-model";
import { Actor } from "../organisation/actor";
import { OrgNumber } from "../organisation/org-number";
import { FocusAreas } from "../vocabulary/focus-areas";

/** A need as a command describes it, before the letter knows it. */
export const NewNeed = /* @__PURE__ */ z.object({
  needId: EntityId,
  title: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  description: /* @__PURE__ */ z._default(
    /* @__PURE__ */ z.string().check(z.maxLength(10_000)),
    "",
  ),
  focusAreas: FocusAreas,
});
export type NewNeed = z.infer<typeof NewNeed>;

/** Registering a need raised by a party or a member municipality (R6). */
export const NeedCommand = /* @__PURE__ */ z.object({
  type: /* @__PURE__ */ z.literal("RegisterNeed"),
  actor: Actor,
  need: NewNeed,
  raisedBy: OrgNumber,
  raisedOn: CalendarDate,
  dialogId: /* @__PURE__ */ z.optional(EntityId),
  today: Today,
});
export type NeedCommand = z.output<typeof NeedCommand>;
/** A command as untrusted input gives it, before `NeedCommand.parse`. */
export type NeedCommandInput = z.input<typeof NeedCommand>;
