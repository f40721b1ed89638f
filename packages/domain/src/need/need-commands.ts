import { z } from "zod";
import { CalendarDate } from "../calendar/calendar-date";
import { Today } from "../calendar/today";
import { EntityId } from "../letter/letter-model";
import { Actor } from "../organisation/actor";
import { OrgNumber } from "../organisation/org-number";
import { FocusAreas } from "../vocabulary/focus-areas";

/** A need as a command describes it, before the letter knows it. */
export const NewNeed = /* @__PURE__ */ z.object({
  needId: EntityId,
  title: /* @__PURE__ */ z.string().trim().min(1).max(300),
  description: /* @__PURE__ */ z.string().max(10_000).default(""),
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
  dialogId: /* @__PURE__ */ EntityId.optional(),
  today: Today,
});
export type NeedCommand = z.output<typeof NeedCommand>;
/** A command as untrusted input gives it, before `NeedCommand.parse`. */
export type NeedCommandInput = z.input<typeof NeedCommand>;
