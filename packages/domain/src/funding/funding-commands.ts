import { z } from "zod";
import { CalendarDate } from "../calendar/calendar-date";
import { Today } from "../calendar/today";
import { EntityId } from "../letter/letter-model";
import { Actor } from "../organisation/actor";
import { AmountSek, FundingDetails } from "./funding-model";

/** What coordinators ask of a joint funding application (R7). */
export const FundingCommand = z.discriminatedUnion("type", [
  FundingDetails.extend({
    type: z.literal("PlanFundingApplication"),
    actor: Actor,
    applicationId: EntityId,
    plannedOn: CalendarDate,
  }),
  /** Changes to a planned application: the fields given replace the current ones. */
  FundingDetails.partial().extend({ type: z.literal("ReviseFundingApplication"), actor: Actor }),
  z.object({
    type: z.literal("SubmitFundingApplication"),
    actor: Actor,
    submittedOn: CalendarDate,
    ...Today,
  }),
  z.object({
    type: z.literal("RecordFundingDecision"),
    actor: Actor,
    decision: z.enum(["granted", "rejected"]),
    decidedOn: CalendarDate,
    amountGrantedSek: AmountSek.nullable().default(null),
    ...Today,
  }),
  z.object({
    type: z.literal("WithdrawFundingApplication"),
    actor: Actor,
    withdrawnOn: CalendarDate,
    ...Today,
  }),
]);
export type FundingCommand = z.output<typeof FundingCommand>;
/** A command as untrusted input gives it, before `FundingCommand.parse`. */
export type FundingCommandInput = z.input<typeof FundingCommand>;
export type FundingCommandOf<Type extends FundingCommand["type"]> = Extract<
  FundingCommand,
  { type: Type }
>;
