import * as z from "zod/mini";
import { component } from "../http/route";

// Who signed or acted, by name (issue #17, "names, not ids"; D-34): `id` is opaque; `name` comes
// from the signature or the people directory and is null when nobody told it; `sub` only for a
// person of the caller's own organisation.
const PERSON_ID = "Opaque id of the person (a hash of organisation and subject)";
const PERSON_NAME = "The person's name from the people directory; null when it is not known";
const PERSON_SUB = "The token subject, only for a person of the caller's own organisation";
/** R25: the person a substitute acted or signed for ("X for Y"). */
const OnBehalfOfView = /* @__PURE__ */ z
  .optional(
    /* @__PURE__ */ z.object({
      id: /* @__PURE__ */ z.string().check(z.meta({ description: PERSON_ID })),
      name: /* @__PURE__ */ z
        .nullable(/* @__PURE__ */ z.string())
        .check(z.meta({ description: PERSON_NAME })),
      sub: /* @__PURE__ */ z
        .optional(/* @__PURE__ */ z.string())
        .check(z.meta({ description: PERSON_SUB })),
    }),
  )
  .check(
    z.meta({
      description:
        "R25: the person of the same organisation a substitute acted for; absent when the person acted for themselves",
    }),
  );
// D-59: a person erased under a deletion decision has no name or subject in any view.
const PERSON_ERASED = "True when the person was erased under a deletion decision (D-59)";
const Erased = /* @__PURE__ */ z
  .optional(/* @__PURE__ */ z.literal(true))
  .check(z.meta({ description: PERSON_ERASED }));
export const SignatureView = /* @__PURE__ */ z.object({
  signedOn: /* @__PURE__ */ z.string(),
  signedBy: /* @__PURE__ */ z.object({
    id: /* @__PURE__ */ z.string().check(z.meta({ description: PERSON_ID })),
    name: /* @__PURE__ */ z
      .nullable(/* @__PURE__ */ z.string())
      .check(z.meta({ description: PERSON_NAME })),
    sub: /* @__PURE__ */ z
      .optional(/* @__PURE__ */ z.string())
      .check(z.meta({ description: PERSON_SUB })),
    onBehalfOf: OnBehalfOfView,
    erased: Erased,
  }),
  /** D-54: the SHA-256 of the PDF signed; null for signatures made before it was kept. */
  documentSha256: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()).check(
    z.meta({
      description:
        "The SHA-256 (hex) of the exact PDF signed (D-54); compare it with the document's x-document-sha256 to see whether the signature belongs to this version. Null for signatures made before it was kept.",
    }),
  ),
});
const PartyView = /* @__PURE__ */ z.object({
  orgNumber: /* @__PURE__ */ z.string(),
  name: /* @__PURE__ */ z.string(),
  signature: /* @__PURE__ */ z.nullable(SignatureView),
});

/**
 * A notice (R18): in effect, or claimed (D-33) until the other principal party acknowledges it.
 * `recordedOn` is the day it was recorded, when it was recorded late; `acknowledgedOn` the day it
 * was acknowledged.
 */
const NoticeShape = /* @__PURE__ */ z.object({
  givenBy: /* @__PURE__ */ z.string(),
  receivedOn: /* @__PURE__ */ z.string(),
  endsOn: /* @__PURE__ */ z.string(),
  state: /* @__PURE__ */ z.enum(["in-effect", "claimed"]),
  recordedOn: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  acknowledgement: /* @__PURE__ */ z.nullable(
    /* @__PURE__ */ z.object({
      acknowledgedBy: /* @__PURE__ */ z.string(),
      acknowledgedOn: /* @__PURE__ */ z.string(),
    }),
  ),
});

export const DialogView = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    id: /* @__PURE__ */ z.string(),
    scheduledOn: /* @__PURE__ */ z.string(),
    version: /* @__PURE__ */ z.int(),
    basis: /* @__PURE__ */ z.nullable(
      /* @__PURE__ */ z.object({
        submittedOn: /* @__PURE__ */ z.string(),
        summary: /* @__PURE__ */ z.string(),
        /** D-32: recorded more than 14 days after it was submitted, on this day. */
        recordedOn: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
      }),
    ),
    record: /* @__PURE__ */ z.nullable(
      /* @__PURE__ */ z.object({
        heldOn: /* @__PURE__ */ z.string(),
        topics: /* @__PURE__ */ z.object({
          outsideWorld: /* @__PURE__ */ z.string(),
          trends: /* @__PURE__ */ z.string(),
          futureChallenges: /* @__PURE__ */ z.string(),
          directionAdjustments: /* @__PURE__ */ z.string(),
        }),
        needsReview: /* @__PURE__ */ z.nullable(
          /* @__PURE__ */ z.object({
            needIds: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
          }),
        ),
        /** D-32: recorded more than 14 days after it was held, on this day. */
        recordedOn: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
      }),
    ),
  }),
  "Dialog",
);

/** D-45: the template and version a letter was drafted from; null for letters drafted without. */
const TemplateRefView = /* @__PURE__ */ z
  .nullable(
    /* @__PURE__ */ z.object({
      id: /* @__PURE__ */ z.string(),
      version: /* @__PURE__ */ z.int(),
    }),
  )
  .check(
    z.meta({
      description:
        "The template and version the letter was drafted from (D-45), kept when the template changes; GET /v1/templates/{id}?version= gives its clauses",
    }),
  );

export const AgreementView = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    id: /* @__PURE__ */ z.string(),
    title: /* @__PURE__ */ z.string(),
    status: /* @__PURE__ */ z.enum(["draft", "in-force", "notice-given", "ended"]),
    parties: /* @__PURE__ */ z.array(PartyView),
    memberOrganisations: /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ z.object({
          orgNumber: /* @__PURE__ */ z.string(),
          name: /* @__PURE__ */ z.string(),
        }),
      )
      .check(
        z.meta({
          description:
            "NoK's member municipalities the letter represents (R3): they may raise needs and see the letter",
        }),
      ),
    terms: /* @__PURE__ */ z.object({
      noticeMonths: /* @__PURE__ */ z.number(),
      dialogsPerYear: /* @__PURE__ */ z.number(),
      basisLeadDays: /* @__PURE__ */ z.number(),
      structureReviewsPerYear: /* @__PURE__ */ z.number(),
      /** D-45: from the template; absent on letters drafted before templates. */
      needsReviewsPerYear: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number()),
      specialAgreement: /* @__PURE__ */ z.optional(
        /* @__PURE__ */ z.object({
          required: /* @__PURE__ */ z.boolean(),
          signedBy: /* @__PURE__ */ z.string(),
        }),
      ),
    }),
    focusAreas: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
    focusAreaNames: /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ z.object({
          id: /* @__PURE__ */ z.string(),
          sv: /* @__PURE__ */ z.string(),
          en: /* @__PURE__ */ z.string(),
        }),
      )
      .check(
        z.meta({
          description:
            "D-61: each focus area's names, in focusAreas' order, from the letter's own template (D-45); a letter drafted without one takes a built-in template's name for the slug, else the slug",
        }),
      ),
    template: TemplateRefView,
    inForceFrom: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
    notice: /* @__PURE__ */ z.nullable(NoticeShape),
    /**
     * D-33: a notice recorded more than 14 days after the day it says it was received: not in
     * effect (the letter's status and duties are as without it) until the other party's
     * signatory acknowledges it with POST …/termination/acknowledgement.
     */
    claimedNotice: /* @__PURE__ */ z.nullable(NoticeShape),
    collaborationGroup: /* @__PURE__ */ z.nullable(
      /* @__PURE__ */ z.object({
        members: /* @__PURE__ */ z.array(
          /* @__PURE__ */ z.object({
            /** D-65: the member's person id (absent on members appointed before it). */
            id: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
            /** Absent once the member is erased (D-59). */
            name: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
            /** D-59: erased under a deletion decision; the web shows "(raderad person)". */
            erased: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal(true)),
            orgNumber: /* @__PURE__ */ z.string(),
            role: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
          }),
        ),
        appointedOn: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
      }),
    ),
    draftedOn: /* @__PURE__ */ z.string(),
    /** Dialogs scheduled and not yet held; held ones are listed under …/dialogs. */
    upcomingDialogs: /* @__PURE__ */ z.array(
      /* @__PURE__ */ z.object({
        id: /* @__PURE__ */ z.string(),
        scheduledOn: /* @__PURE__ */ z.string(),
        basisSubmittedOn: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
      }),
    ),
    structureReviews: /* @__PURE__ */ z.array(
      /* @__PURE__ */ z.object({
        year: /* @__PURE__ */ z.number(),
        reviewedOn: /* @__PURE__ */ z.string(),
        summary: /* @__PURE__ */ z.string(),
        /** D-29: the report it was held on is …/reports/follow-up?year={year}&asOf={reportAsOf}. */
        reportAsOf: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
      }),
    ),
    /** The day the view is as of (D-21): today unless `?asOf=` names another. */
    asOf: /* @__PURE__ */ z.string(),
    version: /* @__PURE__ */ z.int(),
  }),
  "Agreement",
);

export const AgreementSummary = /* @__PURE__ */ component(
  /* @__PURE__ */ z.extend(
    /* @__PURE__ */ z.pick(AgreementView, {
      id: true,
      title: true,
      status: true,
      parties: true,
      inForceFrom: true,
      notice: true,
      template: true,
    }),
    {
      /** The start page's "next thing due": the letter's earliest duty not yet done (R21). */
      nextDue: /* @__PURE__ */ z
        .nullable(
          /* @__PURE__ */ z.object({
            kind: /* @__PURE__ */ z.string(),
            rule: /* @__PURE__ */ z.string(),
            dueOn: /* @__PURE__ */ z.string(),
            status: /* @__PURE__ */ z.string(),
          }),
        )
        .check(
          z.meta({
            description:
              "The letter's earliest duty that is not done (overdue first), as of today; null when none",
          }),
        ),
      /**
       * `invited`: another organisation's draft names the caller's as a party; it becomes
       * `party` when it signs (D-35). The names in `parties` are the drafter's until then.
       */
      relation: /* @__PURE__ */ z.enum(["party", "invited", "member", "project-party"]).check(
        z.meta({
          description:
            "party; invited (named by another organisation's draft, until it signs: D-35); member; project-party",
        }),
      ),
      invitedBy: /* @__PURE__ */ z.optional(
        /* @__PURE__ */ z
          .object({ orgNumber: /* @__PURE__ */ z.string(), name: /* @__PURE__ */ z.string() })
          .check(
            z.meta({
              description:
                "For an invitation: the drafting organisation, as its draft names it (D-35)",
            }),
          ),
      ),
    },
  ),
  "AgreementSummary",
);

export const NoticeView = /* @__PURE__ */ component(NoticeShape, "Notice");

export const ObligationView = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    id: /* @__PURE__ */ z.string(),
    kind: /* @__PURE__ */ z.string(),
    rule: /* @__PURE__ */ z.string(),
    dueOn: /* @__PURE__ */ z.string(),
    /** `lapsing`: due after the end date of a notice given: it lapses then (R20), nobody is reminded. */
    status: /* @__PURE__ */ z.enum([
      "upcoming",
      "due-soon",
      "overdue",
      "fulfilled",
      "lapsing",
      "lapsed",
    ]),
    fulfilledBy: /* @__PURE__ */ z.string(),
    fulfilledOn: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
    subject: /* @__PURE__ */ z.object({
      period: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
      dialogId: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
      applicationId: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    }),
  }),
  "Obligation",
);

export const EventView = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    sequence: /* @__PURE__ */ z.int(),
    aggregate: /* @__PURE__ */ z.string(),
    type: /* @__PURE__ */ z.string(),
    data: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown()),
    actor: /* @__PURE__ */ z.nullable(
      /* @__PURE__ */ z.object({
        id: /* @__PURE__ */ z.string().check(z.meta({ description: PERSON_ID })),
        kind: /* @__PURE__ */ z
          .enum(["person", "system"])
          .check(z.meta({ description: "`system` for the daily run (`system:daily-run`)" })),
        name: /* @__PURE__ */ z
          .nullable(/* @__PURE__ */ z.string())
          .check(z.meta({ description: PERSON_NAME })),
        orgNumber: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
        sub: /* @__PURE__ */ z
          .optional(/* @__PURE__ */ z.string())
          .check(z.meta({ description: PERSON_SUB })),
        onBehalfOf: OnBehalfOfView,
        erased: Erased,
      }),
    ),
    recordedAt: /* @__PURE__ */ z.string(),
    /** D-32: the fact's date and the day it was recorded, when more than 14 days apart. */
    recordedLate: /* @__PURE__ */ z.nullable(
      /* @__PURE__ */ z.object({
        factOn: /* @__PURE__ */ z.string(),
        recordedOn: /* @__PURE__ */ z.string(),
      }),
    ),
    requestId: /* @__PURE__ */ z.string(),
  }),
  "Event",
);

export const NeedView = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    id: /* @__PURE__ */ z.string(),
    title: /* @__PURE__ */ z.string(),
    description: /* @__PURE__ */ z.string(),
    raisedBy: /* @__PURE__ */ z.object({
      kind: /* @__PURE__ */ z.enum(["municipality", "party", "dialog"]),
      orgNumber: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
      dialogId: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    }),
    raisedOn: /* @__PURE__ */ z.string(),
    focusAreas: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
    dialogId: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  }),
  "Need",
);

export const ActivityView = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    id: /* @__PURE__ */ z.string(),
    title: /* @__PURE__ */ z.string(),
    kind: /* @__PURE__ */ z.string(),
    focusAreas: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
    needIds: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
    status: /* @__PURE__ */ z.enum([
      "awaiting-signatures",
      "ready-to-start",
      "running",
      "completed",
    ]),
    definedOn: /* @__PURE__ */ z.string(),
    startedOn: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
    completedOn: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
    outcome: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
    flaggedForReviewOn: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
    specialAgreement: /* @__PURE__ */ z.object({
      version: /* @__PURE__ */ z.int(),
      terms: /* @__PURE__ */ z.string(),
      draftedOn: /* @__PURE__ */ z.string(),
      parties: /* @__PURE__ */ z.array(PartyView),
      missingSignatories: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
    }),
    version: /* @__PURE__ */ z.int(),
  }),
  "Activity",
);

export const FundingView = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    id: /* @__PURE__ */ z.string(),
    funder: /* @__PURE__ */ z.string(),
    call: /* @__PURE__ */ z.string(),
    submissionDeadline: /* @__PURE__ */ z.string(),
    amountRequestedSek: /* @__PURE__ */ z.int(),
    applicantParties: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
    linkedActivityIds: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
    status: /* @__PURE__ */ z.enum(["planned", "submitted", "granted", "rejected", "withdrawn"]),
    plannedOn: /* @__PURE__ */ z.string(),
    submittedOn: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
    decidedOn: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
    amountGrantedSek: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.int()),
    withdrawnOn: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
    version: /* @__PURE__ */ z.int(),
  }),
  "FundingApplication",
);

export const NotificationView = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    key: /* @__PURE__ */ z.string(),
    kind: /* @__PURE__ */ z.string(),
    rule: /* @__PURE__ */ z.string(),
    dueOn: /* @__PURE__ */ z.string(),
    sentOn: /* @__PURE__ */ z.string(),
    recipients: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
    message: /* @__PURE__ */ z.string(),
    delivery: /* @__PURE__ */ z
      .optional(
        /* @__PURE__ */ z.object({
          status: /* @__PURE__ */ z.enum(["told", "partly-told", "not-delivered"]).check(
            z.meta({
              description:
                "D-30: not-delivered when none of its organisations had anyone to tell; it is delivered when they name contacts, while it still matters",
            }),
          ),
          told: /* @__PURE__ */ z.int(),
          pending: /* @__PURE__ */ z.int(),
          unconfirmed: /* @__PURE__ */ z.int(),
          organisationsWithoutContacts: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
          digest: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
        }),
      )
      .check(
        z.meta({
          description: "R23: whom the mail reached; absent until the mailer has delivered it",
        }),
      ),
  }),
  "Notification",
);
