import { randomUUID } from "node:crypto";
import { createRoute, z } from "@hono/zod-openapi";
import { fundingAggregate, InputOutOfRange } from "@samverkan/core";
import {
  AmountSek,
  type CalendarDate,
  type FundingApplication,
  type FundingCommand,
  type FundingState,
  FundingStatus,
} from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { requireCoordinatorOfParty } from "../http/access";
import type { AppDeps } from "../http/app-deps";
import type { Caller } from "../http/caller";
import { etag } from "../http/request-context";
import { newRouter } from "../http/router";
import { ok, runToResponse } from "../http/run-effect";
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
import { runCommand } from "./command-route";
import { listLetterItems } from "./list-items";

const base = "/v1/agreements/{id}/funding-applications";

const Details = {
  funder: z.string().trim().min(1).max(300),
  call: z.string().trim().min(1).max(300),
  submissionDeadline: DateInput,
  amountRequestedSek: AmountSek,
  applicantParties: z
    .array(OrgNumberInput)
    .min(1)
    .max(50)
    .refine((orgs) => new Set(orgs).size === orgs.length, {
      message: "each organisation is an applicant once",
    }),
  linkedActivityIds: z.array(Id).max(100),
};
const PlanBody = z
  .object({ ...Details, linkedActivityIds: Details.linkedActivityIds.default([]) })
  .strict()
  .openapi("PlanFundingApplication");
const PatchBody = z
  .object({
    funder: Details.funder.optional(),
    call: Details.call.optional(),
    submissionDeadline: Details.submissionDeadline.optional(),
    amountRequestedSek: Details.amountRequestedSek.optional(),
    applicantParties: Details.applicantParties.optional(),
    linkedActivityIds: Details.linkedActivityIds.optional(),
    status: FundingStatus.exclude(["planned"]).optional(),
    on: DateInput.optional().openapi({
      description: "The date of the status change; today when omitted",
    }),
    amountGrantedSek: AmountSek.nullable().optional(),
  })
  .strict()
  .openapi("UpdateFundingApplication");
const AppParams = LetterIdParam.extend({
  applicationId: Id.openapi({ param: { name: "applicationId", in: "path" } }),
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

const presentWith =
  (status: number, headers: Record<string, string> = {}) =>
  ({ state }: { state: FundingState }) => {
    const application = state.application as FundingApplication;
    return ok(status, presentFunding(application), { ...headers, etag: etag(application.version) });
  };

/** GET, POST and PATCH of joint funding applications (R7). */
export function fundingRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(listRoute, (c) => {
      const { id } = c.req.valid("param");
      const { limit, cursor } = c.req.valid("query");
      const program = listLetterItems(id, c.get("caller"), keys.fundingPrefix, presentFunding, {
        limit,
        cursor,
      });
      return runToResponse(c, deps.runtime, program);
    })
    .openapi(planRoute, (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      const caller = c.get("caller");
      const applicationId = randomUUID();
      return runCommand(
        c,
        deps,
        fundingAggregate,
        { letterId: id, id: applicationId },
        (on): FundingCommand => ({
          type: "PlanFundingApplication",
          actor: caller,
          applicationId,
          ...body,
          plannedOn: on,
        }),
        {
          authorize: (letter) => requireCoordinatorOfParty(caller, letter),
          reply: presentWith(201, {
            location: `/v1/agreements/${id}/funding-applications/${applicationId}`,
          }),
        },
      );
    })
    .openapi(patchRoute, (c) => {
      const { id, applicationId } = c.req.valid("param");
      const patch = c.req.valid("json");
      const caller = c.get("caller");
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
        fundingAggregate,
        { letterId: id, id: applicationId },
        (on) => patchCommand(patch, caller, on),
        {
          authorize: (letter) => requireCoordinatorOfParty(caller, letter),
          reply: presentWith(200),
        },
      );
    });
}
