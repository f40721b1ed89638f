import { z } from "@hono/zod-openapi";

const SignatureView = z.object({
  signedOn: z.string(),
  signedBy: z.object({ sub: z.string(), name: z.string().optional() }),
});
const PartyView = z.object({
  orgNumber: z.string(),
  name: z.string(),
  signature: SignatureView.nullable(),
});

export const DialogView = z
  .object({
    id: z.string(),
    scheduledOn: z.string(),
    version: z.number().int(),
    basis: z.object({ submittedOn: z.string(), summary: z.string() }).nullable(),
    record: z
      .object({
        heldOn: z.string(),
        topics: z.object({
          outsideWorld: z.string(),
          trends: z.string(),
          futureChallenges: z.string(),
          directionAdjustments: z.string(),
        }),
        needsReview: z.object({ needIds: z.array(z.string()) }).nullable(),
      })
      .nullable(),
  })
  .openapi("Dialog");

export const AgreementView = z
  .object({
    id: z.string(),
    title: z.string(),
    status: z.enum(["draft", "in-force", "notice-given", "ended"]),
    parties: z.array(PartyView),
    terms: z.object({
      noticeMonths: z.number(),
      dialogsPerYear: z.number(),
      basisLeadDays: z.number(),
      structureReviewsPerYear: z.number(),
    }),
    focusAreas: z.array(z.string()),
    inForceFrom: z.string().nullable(),
    notice: z
      .object({ givenBy: z.string(), receivedOn: z.string(), endsOn: z.string() })
      .nullable(),
    collaborationGroup: z
      .object({
        members: z.array(
          z.object({ name: z.string(), orgNumber: z.string(), role: z.string().optional() }),
        ),
        appointedOn: z.string().nullable(),
      })
      .nullable(),
    draftedOn: z.string(),
    /** Dialogs scheduled and not yet held; held ones are listed under …/dialogs. */
    upcomingDialogs: z.array(
      z.object({
        id: z.string(),
        scheduledOn: z.string(),
        basisSubmittedOn: z.string().nullable(),
      }),
    ),
    structureReviews: z.array(
      z.object({
        year: z.number(),
        reviewedOn: z.string(),
        summary: z.string(),
        /** D-29: the report it was held on is …/reports/follow-up?year={year}&asOf={reportAsOf}. */
        reportAsOf: z.string().nullable(),
      }),
    ),
    /** The day the view is as of (D-21): today unless `?asOf=` names another. */
    asOf: z.string(),
    version: z.number().int(),
  })
  .openapi("Agreement");

export const AgreementSummary = AgreementView.pick({
  id: true,
  title: true,
  status: true,
  parties: true,
  inForceFrom: true,
  notice: true,
})
  .extend({ relation: z.enum(["party", "member", "project-party"]) })
  .openapi("AgreementSummary");

export const NoticeView = z
  .object({ givenBy: z.string(), receivedOn: z.string(), endsOn: z.string() })
  .openapi("Notice");

export const ObligationView = z
  .object({
    id: z.string(),
    kind: z.string(),
    rule: z.string(),
    dueOn: z.string(),
    status: z.enum(["upcoming", "due-soon", "overdue", "fulfilled", "lapsed"]),
    fulfilledBy: z.string(),
    fulfilledOn: z.string().nullable(),
    subject: z.object({
      period: z.string().optional(),
      dialogId: z.string().optional(),
      applicationId: z.string().optional(),
    }),
  })
  .openapi("Obligation");

export const EventView = z
  .object({
    sequence: z.number().int(),
    aggregate: z.string(),
    type: z.string(),
    data: z.record(z.string(), z.unknown()),
    actor: z
      .object({ sub: z.string(), name: z.string().optional(), orgNumber: z.string() })
      .nullable(),
    recordedAt: z.string(),
    requestId: z.string(),
  })
  .openapi("Event");

export const NeedView = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    raisedBy: z.object({
      kind: z.enum(["municipality", "party", "dialog"]),
      orgNumber: z.string().optional(),
      dialogId: z.string().optional(),
    }),
    raisedOn: z.string(),
    focusAreas: z.array(z.string()),
    dialogId: z.string().nullable(),
  })
  .openapi("Need");

export const ActivityView = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: z.string(),
    focusAreas: z.array(z.string()),
    needIds: z.array(z.string()),
    status: z.enum(["awaiting-signatures", "ready-to-start", "running", "completed"]),
    definedOn: z.string(),
    startedOn: z.string().nullable(),
    completedOn: z.string().nullable(),
    outcome: z.string().nullable(),
    flaggedForReviewOn: z.string().nullable(),
    specialAgreement: z.object({
      version: z.number().int(),
      terms: z.string(),
      draftedOn: z.string(),
      parties: z.array(PartyView),
      missingSignatories: z.array(z.string()),
    }),
    version: z.number().int(),
  })
  .openapi("Activity");

export const FundingView = z
  .object({
    id: z.string(),
    funder: z.string(),
    call: z.string(),
    submissionDeadline: z.string(),
    amountRequestedSek: z.number().int(),
    applicantParties: z.array(z.string()),
    linkedActivityIds: z.array(z.string()),
    status: z.enum(["planned", "submitted", "granted", "rejected", "withdrawn"]),
    plannedOn: z.string(),
    submittedOn: z.string().nullable(),
    decidedOn: z.string().nullable(),
    amountGrantedSek: z.number().int().nullable(),
    withdrawnOn: z.string().nullable(),
    version: z.number().int(),
  })
  .openapi("FundingApplication");

export const NotificationView = z
  .object({
    key: z.string(),
    kind: z.string(),
    rule: z.string(),
    dueOn: z.string(),
    sentOn: z.string(),
    recipients: z.array(z.string()),
    message: z.string(),
    delivery: z
      .object({
        status: z.enum(["told", "partly-told", "nobody-to-tell"]),
        told: z.number().int(),
        pending: z.number().int(),
        unconfirmed: z.number().int(),
        organisationsWithoutContacts: z.array(z.string()),
        digest: z.string().optional(),
      })
      .optional()
      .openapi({
        description: "R23: whom the mail reached; absent until the mailer has delivered it",
      }),
  })
  .openapi("Notification");
