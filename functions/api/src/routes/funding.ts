import { randomUUID } from "node:crypto";
import { fundingAggregate, InputOutOfRange } from "@samverkan/core";
import {
  AmountSek,
  type CalendarDate,
  type FundingCommand,
  FundingDetails,
  type FundingStatus,
} from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import type { Context } from "hono";
import * as z from "zod/mini";
import { requireCoordinatorOfParty } from "../http/access";
import type { AppDeps } from "../http/app-deps";
import type { AppEnv, Caller } from "../http/caller";
import { component, createRoute } from "../http/route";
import { newRouter } from "../http/router";
import { runToResponse } from "../http/run-effect";
import {
  bearerSecurity,
  DateInput,
  Id,
  jsonBody,
  jsonResponse,
  LetterIdParam,
  OrgNumberInput,
  PageQuery,
  pageOf,
  problemResponses,
} from "../schemas/common";
import { presentFunding } from "../schemas/present";
import { FundingView } from "../schemas/views";
import { onItem, runCommand } from "./command-route";
import { listHandler } from "./list-items";

const base = "/v1/agreements/{id}/funding-applications";

const Details = {
  // The domain's limits; organisation numbers and ids as requests write them.
  funder: FundingDetails.shape.funder,
  call: FundingDetails.shape.call,
  submissionDeadline: DateInput,
  amountRequestedSek: AmountSek,
  applicantParties: /* @__PURE__ */ z.array(OrgNumberInput).check(
    z.minLength(1),
    z.maxLength(50),
    z.refine((orgs) => new Set(orgs).size === orgs.length, {
      message: "each organisation is an applicant once",
    }),
  ),
  linkedActivityIds: /* @__PURE__ */ z.array(Id).check(z.maxLength(100)),
};
const PlanBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    ...Details,
    linkedActivityIds: /* @__PURE__ */ z._default(Details.linkedActivityIds, []),
  }),
  "PlanFundingApplication",
);
const PatchBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    funder: /* @__PURE__ */ z.optional(Details.funder),
    call: /* @__PURE__ */ z.optional(Details.call),
    submissionDeadline: /* @__PURE__ */ z.optional(Details.submissionDeadline),
    amountRequestedSek: /* @__PURE__ */ z.optional(Details.amountRequestedSek),
    applicantParties: /* @__PURE__ */ z.optional(Details.applicantParties),
    linkedActivityIds: /* @__PURE__ */ z.optional(Details.linkedActivityIds),
    status: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.enum([
        "submitted",
        "granted",
        "rejected",
        "withdrawn",
      ] as const satisfies readonly FundingStatus[]),
    ),
    on: /* @__PURE__ */ z.optional(DateInput).check(
      z.meta({
        description: "The date of the status change; today when omitted",
      }),
    ),
    amountGrantedSek: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(AmountSek)),
  }),
  "UpdateFundingApplication",
);
const AppParams = /* @__PURE__ */ z.extend(LetterIdParam, {
  applicationId: Id,
});

const listRoute = createRoute({
  method: "get",
  path: base,
  tags: ["Funding"],
  summary: "Joint funding applications (R7)",
  security: bearerSecurity,
  request: { params: LetterIdParam, query: PageQuery },
  responses: {
    200: jsonResponse(pageOf(FundingView), "A page of applications"),
    ...problemResponses,
  },
});
const planRoute = createRoute({
  method: "post",
  path: base,
  tags: ["Funding"],
  summary: "Plan a joint funding application (R7)",
  security: bearerSecurity,
  request: { params: LetterIdParam, body: jsonBody(PlanBody) },
  responses: { 201: jsonResponse(FundingView, "The application"), ...problemResponses },
});
const patchRoute = createRoute({
  method: "patch",
  path: `${base}/{applicationId}`,
  tags: ["Funding"],
  summary: "Edit a planned application, or move it: submitted, granted, rejected, withdrawn (R7)",
  security: bearerSecurity,
  request: { params: AppParams, body: jsonBody(PatchBody) },
  responses: { 200: jsonResponse(FundingView, "The application"), ...problemResponses },
});

type Patch = z.infer<typeof PatchBody>;

/** The domain command a PATCH stands for: a status change, or changes to a planned application. */
function patchCommand(patch: Patch, actor: Caller, today: CalendarDate): FundingCommand {
  const { status, on: given, amountGrantedSek, ...changes } = patch;
  const on = given ?? today;
  switch (status) {
    case "submitted":
      return { type: "SubmitFundingApplication", actor, submittedOn: on, today };
    case "granted":
    case "rejected":
      return {
        type: "RecordFundingDecision",
        actor,
        today,
        decision: status,
        decidedOn: on,
        amountGrantedSek: amountGrantedSek ?? null,
      };
    case "withdrawn":
      return { type: "WithdrawFundingApplication", actor, withdrawnOn: on, today };
    default:
      return { type: "ReviseFundingApplication", actor, ...changes };
  }
}

/** GET, POST and PATCH of joint funding applications (R7). */
export function fundingRoutes(deps: AppDeps) {
  /** A command on an application, answered with it and its version as ETag. */
  const onApplication = (
    c: Context<AppEnv>,
    ids: { id: string; applicationId: string },
    command: (caller: Caller, on: CalendarDate) => FundingCommand,
    location?: string,
  ) => {
    const caller = c.get("caller");
    return onItem({
      aggregate: fundingAggregate,
      stream: { letterId: ids.id, id: ids.applicationId },
      command: (on) => command(caller, on),
      authorize: (letter) => requireCoordinatorOfParty(caller, letter),
      itemOf: (state) => state.application,
      present: presentFunding,
      location,
    });
  };

  return newRouter()
    .openapi(listRoute, listHandler(deps, listRoute, keys.fundingPrefix, presentFunding))
    .openapi(planRoute, (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      const applicationId = randomUUID();
      return runCommand(
        c,
        deps,
        planRoute,
        201,
        onApplication(
          c,
          { id, applicationId },
          (actor, on) => ({
            type: "PlanFundingApplication",
            actor,
            applicationId,
            ...body,
            plannedOn: on,
          }),
          `/v1/agreements/${id}/funding-applications/${applicationId}`,
        ),
      );
    })
    .openapi(patchRoute, (c) => {
      const patch = c.req.valid("json");
      if (Object.keys(patch).length === 0)
        return runToResponse(
          c,
          deps.runtime,
          Effect.fail(
            new InputOutOfRange({
              code: "empty-patch",
              message: "Send at least one field or a status",
            }),
          ),
        );
      return runCommand(
        c,
        deps,
        patchRoute,
        200,
        onApplication(c, c.req.valid("param"), (actor, on) => patchCommand(patch, actor, on)),
      );
    });
}
