import * as z from "zod/mini";
import { CalendarDate } from "../calendar/calendar-date";
import { EntityId } from "../letter/letter-model";
import { OrgNumber } from "../organisation/org-number";
import { FocusAreas } from "../vocabulary/focus-areas";

/** Where a need came from (R6): a member municipality, a principal party or a dialog. */
export const NeedSource = /* @__PURE__ */ z.discriminatedUnion("kind", [
  /* @__PURE__ */ z.object({
    kind: /* @__PURE__ */ z.literal("municipality"),
    orgNumber: OrgNumber,
  }),
  /* @__PURE__ */ z.object({ kind: /* @__PURE__ */ z.literal("party"), orgNumber: OrgNumber }),
  /* @__PURE__ */ z.object({ kind: /* @__PURE__ */ z.literal("dialog"), dialogId: EntityId }),
]);
export type NeedSource = z.infer<typeof NeedSource>;

/** A need identified for the collaboration (R5, R6). */
export const Need = /* @__PURE__ */ z.object({
  needId: EntityId,
  title: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  description: /* @__PURE__ */ z.string().check(z.maxLength(10_000)),
  raisedBy: NeedSource,
  raisedOn: CalendarDate,
  focusAreas: FocusAreas,
  dialogId: /* @__PURE__ */ z.optional(EntityId),
});
export type Need = z.infer<typeof Need>;
