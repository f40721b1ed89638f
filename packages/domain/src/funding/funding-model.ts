import * as z from "zod/mini";
import { CalendarDate } from "../calendar/calendar-date";
import { EntityId } from "../letter/letter-model";
import { OrgNumber } from "../organisation/org-number";

/** Where a joint application stands (R7): planned → submitted → granted | rejected | withdrawn. */
export const FundingStatus = /* @__PURE__ */ z.enum([
  "planned",
  "submitted",
  "granted",
  "rejected",
  "withdrawn",
]);
export type FundingStatus = z.infer<typeof FundingStatus>;

/**
 * D-8: amounts are whole Swedish kronor (SEK) as integers. Funders announce and grant in whole
 * kronor; integers keep sums exact without öre that no call uses.
 */
export const AmountSek = /* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(100_000_000_000));

/** The details of an application that can be edited while it is planned. */
export const FundingDetails = /* @__PURE__ */ z.object({
  funder: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  call: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  submissionDeadline: CalendarDate,
  amountRequestedSek: AmountSek,
  applicantParties: /* @__PURE__ */ z.array(OrgNumber).check(z.minLength(1), z.maxLength(50)),
  linkedActivityIds: /* @__PURE__ */ z._default(
    /* @__PURE__ */ z.array(EntityId).check(z.maxLength(100)),
    [],
  ),
});
export type FundingDetails = z.infer<typeof FundingDetails>;

/** A joint application for education, research or development funding (R7). */
export const FundingApplication = /* @__PURE__ */ z.extend(FundingDetails, {
  applicationId: EntityId,
  letterId: EntityId,
  status: FundingStatus,
  plannedOn: CalendarDate,
  submittedOn: /* @__PURE__ */ z.nullable(CalendarDate),
  decidedOn: /* @__PURE__ */ z.nullable(CalendarDate),
  amountGrantedSek: /* @__PURE__ */ z.nullable(AmountSek),
  withdrawnOn: /* @__PURE__ */ z.nullable(CalendarDate),
  version: /* @__PURE__ */ z.int().check(z.minimum(0)),
});
export type FundingApplication = z.infer<typeof FundingApplication>;
