import * as z from "zod/mini";
import { CalendarDate } from "../calendar/calendar-date";
import { EntityId } from "../letter/letter-model";
import { AmountSek, FundingDetails } from "./funding-model";

/** The events of a funding application. */
export const FundingEvent = /* @__PURE__ */ z.discriminatedUnion("type", [
  /* @__PURE__ */ z.extend(FundingDetails, {
    type: /* @__PURE__ */ z.literal("FundingApplicationPlanned"),
    applicationId: EntityId,
    letterId: EntityId,
    plannedOn: CalendarDate,
  }),
  /* @__PURE__ */ z.extend(FundingDetails, {
    type: /* @__PURE__ */ z.literal("FundingApplicationRevised"),
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("FundingApplicationSubmitted"),
    submittedOn: CalendarDate,
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("FundingDecisionRecorded"),
    decision: /* @__PURE__ */ z.enum(["granted", "rejected"]),
    decidedOn: CalendarDate,
    amountGrantedSek: /* @__PURE__ */ z.nullable(AmountSek),
  }),
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.literal("FundingApplicationWithdrawn"),
    withdrawnOn: CalendarDate,
  }),
]);
export type FundingEvent = z.infer<typeof FundingEvent>;
