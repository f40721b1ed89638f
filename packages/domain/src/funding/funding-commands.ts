import * as z from "zod/mini";
import { CalendarDate } from "../calendar/calendar-date";
import { Today } from "../calendar/today";
import { EntityId } from "../letter/letter-model";
import { Actor } from "../organisation/actor";
import { AmountSek, FundingDetails } from "./funding-model";

/** What coordinators ask of a joint funding application (R7). */
export const FundingCommand = /* @__PURE__ */ z.discriminatedUnion("type", [
  /* @__PURE__ */ z.extend(FundingDetails, {
    type: /* @__PURE__ */ z.literal("PlanFundingApplication"),
    actor: Actor,
    applicationId: EntityId,
    plannedOn: CalendarDate,
  }),
  /** Changes to a planned application: the fields given replace the current ones. */
  /* @__PURE__ */ z.extend(/* @__PURE__ */ z.partial(FundingDetails), {
    type: /* @__PURE__ */ z.literal("ReviseFundingApplication"),
    actor: Actor,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("SubmitFundingApplication"),
    actor: Actor,
    submittedOn: CalendarDate,
    today: Today,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("RecordFundingDecision"),
    actor: Actor,
    decision: /* @__PURE__ */ z.enum(["granted", "rejected"]),
    decidedOn: CalendarDate,
    amountGrantedSek: /* @__PURE__ */ z._default(/* @__PURE__ */ z.nullable(AmountSek), null),
    today: Today,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("WithdrawFundingApplication"),
    actor: Actor,
    withdrawnOn: CalendarDate,
    today: Today,
  }),
]);
export type FundingCommand = z.output<typeof FundingCommand>;
/** A command as untrusted input gives it, before `FundingCommand.parse`. */
export type FundingCommandInput = z.input<typeof FundingCommand>;
export type FundingCommandOf<Type extends FundingCommand["type"]> = Extract<
  FundingCommand,
  { type: Type }
>;
