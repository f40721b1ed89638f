import { z } from "zod";
import { CalendarDate } from "../calendar/calendar-date";
import { EntityId } from "../letter/letter-model";
import { AmountSek, FundingDetails } from "./funding-model";

/** The events of a funding application. */
export const FundingEvent = z.discriminatedUnion("type", [
  FundingDetails.extend({
    type: z.literal("FundingApplicationPlanned"),
    applicationId: EntityId,
    letterId: EntityId,
    plannedOn: CalendarDate,
  }),
  FundingDetails.extend({ type: z.literal("FundingApplicationRevised") }),
  z.object({ type: z.literal("FundingApplicationSubmitted"), submittedOn: CalendarDate }),
  z.object({
    type: z.literal("FundingDecisionRecorded"),
    decision: z.enum(["granted", "rejected"]),
    decidedOn: CalendarDate,
    amountGrantedSek: AmountSek.nullable(),
  }),
  z.object({ type: z.literal("FundingApplicationWithdrawn"), withdrawnOn: CalendarDate }),
]);
export type FundingEvent = z.infer<typeof FundingEvent>;
