import { randomUUID } from "node:crypto";
import { createRoute, z } from "@hono/zod-openapi";
import {
  AmountSek,
  type FundingApplication,
  type FundingCommand,
  FundingStatus,
} from "@samverkan/domain";
import { keys } from "@samverkan/table";
import { requireCoordinatorOfParty } from "../http/access";
import type { App, AppDeps } from "../http/app-deps";
import type { Caller } from "../http/caller";
import { problemOf, sendProblem } from "../http/problem";
import { etag } from "../http/request-context";
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
import { parseFunding } from "../store/letter-store";
import { runCommandRoute } from "./command-route";
import { listLetterChildren } from "./list-children";

const base = "/v1/agreements/{id}/funding-applications";

const Details = {
  funder: z.string().trim().min(1).max(300),
  call: z.string().trim().min(1).max(300),
  submissionDeadline: DateInput,
  amountRequestedSek: AmountSek,
  applicantParties: z.array(OrgNumberInput).min(1).max(50),
  linkedActivityIds: z.array(Id).max(100),
};
const PlanBody = z
  .object({ ...Details, linkedActivityIds: Details.linkedActivityIds.default([]) })
  .strict()
  .openapi("PlanFundingApplication");
const PatchBody = z
  .object({
    ...Object.fromEntries(
      Object.entries(Details).map(([key, schema]) => [key, (schema as z.ZodTypeAny).optional()]),
    ),
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

type Patch = z.infer<typeof PatchBody> & Partial<z.infer<typeof PlanBody>>;

/** The domain command a PATCH stands for: a status change, or an edit of a planned application. */
function patchCommand(
  patch: Patch,
  current: FundingApplication | null,
  actor: Caller,
  today: string,
): FundingCommand {
  const on = (patch.on ?? today) as FundingApplication["plannedOn"];
  switch (patch.status) {
    case "submitted":
      return { type: "SubmitFundingApplication", actor, submittedOn: on };
    case "granted":
    case "rejected":
      return {
        type: "RecordFundingDecision",
        actor,
        decision: patch.status,
        decidedOn: on,
        amountGrantedSek: patch.amountGrantedSek ?? null,
      };
    case "withdrawn":
      return { type: "WithdrawFundingApplication", actor, withdrawnOn: on };
    default: {
      const { status: _s, on: _o, amountGrantedSek: _a, ...edits } = patch;
      // An unknown application is refused by the domain before these fields are read.
      const {
        funder,
        call,
        submissionDeadline,
        amountRequestedSek,
        applicantParties,
        linkedActivityIds,
      } = current ?? ({} as FundingApplication);
      return {
        type: "ReviseFundingApplication",
        actor,
        funder,
        call,
        submissionDeadline,
        amountRequestedSek,
        applicantParties,
        linkedActivityIds,
        ...edits,
      } as FundingCommand;
    }
  }
}

/** GET, POST and PATCH of funding applications. */
export function registerFundingRoutes(app: App, deps: AppDeps) {
  app.openapi(listRoute, (c) => {
    const { id } = c.req.valid("param");
    const { limit, cursor } = c.req.valid("query");
    const caller = c.get("caller");
    const program = listLetterChildren(
      id,
      caller,
      keys.fundingPrefix,
      (state) => presentFunding(parseFunding(state)),
      limit,
      cursor,
    );
    return runToResponse(c, deps.runtime, program);
  });

  app.openapi(planRoute, (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const caller = c.get("caller");
    const applicationId = randomUUID();
    return runCommandRoute(c, deps, {
      letterId: id,
      target: { kind: "funding", id: applicationId },
      authorize: (letter) => requireCoordinatorOfParty(caller, letter),
      command: (today) => ({
        type: "PlanFundingApplication",
        actor: caller,
        applicationId,
        ...body,
        plannedOn: today,
      }),
      respond: (_letter, application: FundingApplication | null) =>
        ok(201, presentFunding(application as FundingApplication), {
          location: `/v1/agreements/${id}/funding-applications/${applicationId}`,
          etag: etag((application as FundingApplication).version),
        }),
    });
  });

  app.openapi(patchRoute, (c) => {
    const { id, applicationId } = c.req.valid("param") as z.infer<typeof AppParams>;
    const patch = c.req.valid("json") as Patch;
    const caller = c.get("caller");
    if (Object.keys(patch).length === 0)
      return sendProblem(c, problemOf(400, "empty-patch", "Send at least one field or a status"));
    return runCommandRoute(c, deps, {
      letterId: id,
      target: { kind: "funding", id: applicationId },
      authorize: (letter) => requireCoordinatorOfParty(caller, letter),
      command: (today, _letter, current: FundingApplication | null) =>
        patchCommand(patch, current, caller, today),
      respond: (_letter, application: FundingApplication | null) =>
        ok(200, presentFunding(application as FundingApplication), {
          etag: etag((application as FundingApplication).version),
        }),
    });
  });
}
