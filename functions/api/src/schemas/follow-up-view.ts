// The follow-up report's JSON (R24) as the OpenAPI document describes it: the shape of the
// domain's `FollowUpReport`. Responses are not parsed at run time; a test parses a real report
// with these (strict) schemas, so a field added to or dropped from the domain's report fails it.
import {
  ACTIVITY_STATUSES,
  ActivityKind,
  FocusArea,
  FundingStatus,
  ObligationKind,
} from "@samverkan/domain";
import * as z from "zod/mini";
import { component } from "../http/route";

const day = /* @__PURE__ */ z.string().check(z.meta({ format: "date" }));
const maybeDay = /* @__PURE__ */ z.nullable(day);
const ids = /* @__PURE__ */ z.array(/* @__PURE__ */ z.string());
const count = /* @__PURE__ */ z.int().check(z.minimum(0));

const InForce = /* @__PURE__ */ z.strictObject({
  duringYear: /* @__PURE__ */ z.boolean(),
  from: maybeDay,
  until: maybeDay,
  enteredIntoForceOn: maybeDay,
  noticeReceivedOn: maybeDay,
  endsOn: maybeDay,
});

const HeldDialog = /* @__PURE__ */ z.strictObject({
  dialogId: /* @__PURE__ */ z.string(),
  heldOn: day,
});
const PeriodTally = /* @__PURE__ */ z.strictObject({ count, periods: ids });
const Dialogs = /* @__PURE__ */ z.strictObject({
  dialogsPerYear: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.int()),
  periods: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.strictObject({
      period: /* @__PURE__ */ z.string(),
      startsOn: day,
      endsOn: day,
      due: /* @__PURE__ */ z.union([/* @__PURE__ */ z.literal(0), /* @__PURE__ */ z.literal(1)]),
      notDueBecause: /* @__PURE__ */ z.nullable(
        /* @__PURE__ */ z.enum([
          "not-in-force",
          "entered-into-force-in-period",
          "ends-before-period-end",
        ]),
      ),
      held: /* @__PURE__ */ z.array(HeldDialog),
      heldLate: /* @__PURE__ */ z.nullable(HeldDialog),
      /** D-32: the dialog that fulfils the period, recorded more than 14 days after it was held. */
      recordedLate: /* @__PURE__ */ z.nullable(
        /* @__PURE__ */ z.extend(HeldDialog, { recordedOn: day }),
      ),
      outcome: /* @__PURE__ */ z.enum([
        "on-time",
        "late",
        "recorded-late",
        "missed",
        "open",
        "not-due",
      ]),
    }),
  ),
  totals: /* @__PURE__ */ z.strictObject({
    due: PeriodTally,
    onTime: PeriodTally,
    late: PeriodTally,
    recordedLate: PeriodTally,
    missed: PeriodTally,
    open: PeriodTally,
  }),
});

const DialogTally = /* @__PURE__ */ z.strictObject({ count, dialogIds: ids });
const Bases = /* @__PURE__ */ z.strictObject({
  basisLeadDays: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.int()),
  dialogs: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.strictObject({
      dialogId: /* @__PURE__ */ z.string(),
      scheduledOn: day,
      heldOn: day,
      dueOn: day,
      submittedOn: maybeDay,
      daysBeforeDialog: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.int()),
      /** D-32: the day the basis was recorded, when more than 14 days after it was submitted. */
      recordedLateOn: maybeDay,
      outcome: /* @__PURE__ */ z.enum(["on-time", "late", "recorded-late", "missing"]),
    }),
  ),
  totals: /* @__PURE__ */ z.strictObject({
    held: DialogTally,
    onTime: DialogTally,
    late: DialogTally,
    recordedLate: DialogTally,
    missing: DialogTally,
  }),
});

const NeedTally = /* @__PURE__ */ z.strictObject({ count, needIds: ids });
const Needs = /* @__PURE__ */ z.strictObject({
  raised: NeedTally,
  focusAreas: /* @__PURE__ */ z.array(FocusArea),
  bySource: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.strictObject({
      source: /* @__PURE__ */ z.string(),
      kind: /* @__PURE__ */ z.enum(["municipality", "party", "dialog"]),
      total: NeedTally,
      byFocusArea: /* @__PURE__ */ z.record(FocusArea, NeedTally),
    }),
  ),
  byFocusArea: /* @__PURE__ */ z.record(FocusArea, NeedTally),
  ledToActivity: /* @__PURE__ */ z.strictObject({ count, needIds: ids, activityIds: ids }),
});

const ActivityTally = /* @__PURE__ */ z.strictObject({ count, activityIds: ids });
const ActivityStatus = /* @__PURE__ */ z.enum(ACTIVITY_STATUSES);
const Activities = /* @__PURE__ */ z.strictObject({
  defined: ActivityTally,
  byKind: /* @__PURE__ */ z.record(ActivityKind, ActivityTally),
  byStatus: /* @__PURE__ */ z.record(ActivityStatus, ActivityTally),
  agreementsSigned: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.strictObject({
      activityId: /* @__PURE__ */ z.string(),
      version: /* @__PURE__ */ z.int(),
      draftedOn: day,
      fullySignedOn: day,
      days: /* @__PURE__ */ z.int(),
    }),
  ),
  funnel: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.strictObject({
      step: /* @__PURE__ */ z.enum([
        "needs-raised",
        "activity-defined",
        "fully-signed",
        "started",
        "completed",
      ]),
      count,
      needIds: ids,
      activityIds: ids,
    }),
  ),
});

const FundingTally = /* @__PURE__ */ z.strictObject({
  count,
  applicationIds: ids,
  requestedSek: /* @__PURE__ */ z.number(),
  grantedSek: /* @__PURE__ */ z.number(),
});
const Funding = /* @__PURE__ */ z.strictObject({
  applications: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.strictObject({
      applicationId: /* @__PURE__ */ z.string(),
      funder: /* @__PURE__ */ z.string(),
      call: /* @__PURE__ */ z.string(),
      submissionDeadline: day,
      status: FundingStatus,
      amountRequestedSek: /* @__PURE__ */ z.number(),
      amountGrantedSek: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.number()),
      plannedOn: day,
      submittedOn: maybeDay,
      decidedOn: maybeDay,
      withdrawnOn: maybeDay,
    }),
  ),
  byStatus: /* @__PURE__ */ z.record(FundingStatus, FundingTally),
  total: FundingTally,
});

const ObligationTally = /* @__PURE__ */ z.strictObject({
  count,
  obligations: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.strictObject({
      id: /* @__PURE__ */ z.string(),
      dueOn: day,
      fulfilledOn: maybeDay,
      /** D-32: the day its fulfilment was recorded, when recorded late. */
      recordedOn: /* @__PURE__ */ z.optional(day),
    }),
  ),
});
const ObligationRule = /* @__PURE__ */ z.enum(["R7", "R10", "R12", "R13", "R15"]);
const Obligations = /* @__PURE__ */ z.record(
  ObligationRule,
  /* @__PURE__ */ z.strictObject({
    rule: ObligationRule,
    kind: ObligationKind,
    due: ObligationTally,
    onTime: ObligationTally,
    late: ObligationTally,
    recordedLate: ObligationTally,
    missed: ObligationTally,
    lapsed: ObligationTally,
    open: ObligationTally,
  }),
);

/** R24: one calendar year's follow-up; every figure lists the facts (ids, dates) it counts. */
export const FollowUpReportView = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    year: /* @__PURE__ */ z.int(),
    asOf: maybeDay,
    inForce: InForce,
    dialogs: Dialogs,
    bases: Bases,
    needs: Needs,
    activities: Activities,
    funding: Funding,
    obligations: Obligations,
  }),
  "FollowUpReport",
);
