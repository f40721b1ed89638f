import { randomUUID } from "node:crypto";
import { activityAggregate } from "@samverkan/core";
import {
  Activity,
  type ActivityCommand,
  type CalendarDate,
  Organisation,
  SpecialAgreement,
} from "@samverkan/domain";
import { keys } from "@samverkan/table";
import type { Context } from "hono";
import * as z from "zod/mini";
import { requireCoordinatorOfParty, requireSignatory } from "../http/access";
import type { AppDeps } from "../http/app-deps";
import type { AppEnv, Caller } from "../http/caller";
import { component, createRoute } from "../http/route";
import { newRouter } from "../http/router";
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
import { presentActivity } from "../schemas/present";
import { ActivityView } from "../schemas/views";
import { onItem, runCommand } from "./command-route";
import { getLetterItem, listHandler } from "./list-items";

const ProjectParty = /* @__PURE__ */ z.strictObject({
  ...Organisation.shape,
  orgNumber: OrgNumberInput,
});
const ProjectParties = /* @__PURE__ */ z.array(ProjectParty).check(
  z.maxLength(50),
  z.refine((parties) => new Set(parties.map((p) => p.orgNumber)).size === parties.length, {
    message: "each organisation is a project party once",
  }),
);

const DefineBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    // The domain's activity and special agreement state the limits once.
    title: Activity.shape.title,
    kind: Activity.shape.kind,
    focusAreas: Activity.shape.focusAreas,
    needIds: /* @__PURE__ */ z.array(Id).check(z.maxLength(100)),
    projectParties: /* @__PURE__ */ z._default(ProjectParties, []),
    terms: /* @__PURE__ */ z._default(SpecialAgreement.shape.terms, ""),
  }),
  "DefineActivity",
);
const ReviseBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    projectParties: ProjectParties,
    terms: /* @__PURE__ */ z._default(SpecialAgreement.shape.terms, ""),
  }),
  "ReviseSpecialAgreement",
);
const SignBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    signedOn: /* @__PURE__ */ z.optional(DateInput),
    version: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(z.minimum(1))),
  }),
  "SignSpecialAgreement",
);
const StartBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({ startedOn: /* @__PURE__ */ z.optional(DateInput) }),
  "StartActivity",
);
const CompleteBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    completedOn: /* @__PURE__ */ z.optional(DateInput),
    outcome: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(10_000)),
  }),
  "CompleteActivity",
);

const ActivityParams = /* @__PURE__ */ z.extend(LetterIdParam, {
  activityId: Id,
});
const base = "/v1/agreements/{id}/activities";

const tags = ["Activities"];

const listRoute = createRoute({
  tags,
  security: bearerSecurity,
  method: "get",
  path: base,
  summary: "The letter's activities",
  request: { params: LetterIdParam, query: PageQuery },
  responses: {
    200: jsonResponse(pageOf(ActivityView), "A page of activities"),
    ...problemResponses,
  },
});
const defineRoute = createRoute({
  tags,
  security: bearerSecurity,
  method: "post",
  path: base,
  summary: "Define an activity and draft its special agreement (R4, R5, R8, R14)",
  request: { params: LetterIdParam, body: jsonBody(DefineBody) },
  responses: { 201: jsonResponse(ActivityView, "The activity"), ...problemResponses },
});
const getRoute = createRoute({
  tags,
  security: bearerSecurity,
  method: "get",
  path: `${base}/{activityId}`,
  summary: "An activity with its special agreement, version and signatures",
  request: { params: ActivityParams },
  responses: {
    200: jsonResponse(ActivityView, "The activity, with its version as ETag"),
    ...problemResponses,
  },
});
const reviseRoute = createRoute({
  tags,
  security: bearerSecurity,
  method: "put",
  path: `${base}/{activityId}/special-agreement`,
  summary: "A new version of the special agreement; signatures reset (R14)",
  request: { params: ActivityParams, body: jsonBody(ReviseBody) },
  responses: { 200: jsonResponse(ActivityView, "The activity"), ...problemResponses },
});
const signRoute = createRoute({
  tags,
  security: bearerSecurity,
  method: "post",
  path: `${base}/{activityId}/special-agreement/signatures`,
  summary: "Sign the special agreement for the caller's organisation (R14, R16)",
  request: { params: ActivityParams, body: jsonBody(SignBody, false) },
  responses: { 201: jsonResponse(ActivityView, "The activity"), ...problemResponses },
});
const startRoute = createRoute({
  tags,
  security: bearerSecurity,
  method: "post",
  path: `${base}/{activityId}/start`,
  summary: "Start the activity: only when fully signed (R14)",
  request: { params: ActivityParams, body: jsonBody(StartBody, false) },
  responses: { 201: jsonResponse(ActivityView, "The activity"), ...problemResponses },
});
const completeRoute = createRoute({
  tags,
  security: bearerSecurity,
  method: "post",
  path: `${base}/{activityId}/complete`,
  summary: "Complete the activity with its outcome",
  request: { params: ActivityParams, body: jsonBody(CompleteBody) },
  responses: { 201: jsonResponse(ActivityView, "The activity"), ...problemResponses },
});

/** Activities and their special agreements (R4, R5, R8, R14). */
export function activityRoutes(deps: AppDeps) {
  /** A command on an activity, answered with the activity and its version as ETag. */
  const onActivity = (
    c: Context<AppEnv>,
    ids: { id: string; activityId: string },
    role: "coordinator" | "signatory",
    command: (caller: Caller, on: CalendarDate) => ActivityCommand,
    location?: string,
  ) => {
    const caller = c.get("caller");
    return onItem({
      aggregate: activityAggregate,
      stream: { letterId: ids.id, id: ids.activityId },
      command: (on) => command(caller, on),
      authorize: (letter) =>
        role === "coordinator"
          ? requireCoordinatorOfParty(caller, letter)
          : requireSignatory(caller),
      itemOf: (state) => state.activity,
      present: presentActivity,
      location,
    });
  };

  return newRouter()
    .openapi(listRoute, listHandler(deps, listRoute, keys.activityPrefix, presentActivity))
    .openapi(defineRoute, (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      const activityId = randomUUID();
      return runCommand(
        c,
        deps,
        defineRoute,
        201,
        onActivity(
          c,
          { id, activityId },
          "coordinator",
          (actor, on) => ({ type: "DefineActivity", actor, activityId, ...body, definedOn: on }),
          `/v1/agreements/${id}/activities/${activityId}`,
        ),
      );
    })
    .openapi(getRoute, (c) => {
      const { id, activityId } = c.req.valid("param");
      return getLetterItem(c, deps, getRoute, {
        letterId: id,
        kind: "activity",
        id: activityId,
        key: keys.activity(id, activityId),
        present: presentActivity,
      });
    })
    .openapi(reviseRoute, (c) => {
      const body = c.req.valid("json");
      return runCommand(
        c,
        deps,
        reviseRoute,
        200,
        onActivity(c, c.req.valid("param"), "coordinator", (actor, on) => ({
          type: "ReviseSpecialAgreement",
          actor,
          ...body,
          revisedOn: on,
        })),
      );
    })
    .openapi(signRoute, (c) => {
      const body = c.req.valid("json") ?? {};
      return runCommand(
        c,
        deps,
        signRoute,
        201,
        onActivity(c, c.req.valid("param"), "signatory", (actor, on) => ({
          type: "SignSpecialAgreement",
          today: on,
          actor,
          signedOn: body.signedOn ?? on,
          ...(body.version ? { version: body.version } : {}),
        })),
      );
    })
    .openapi(startRoute, (c) => {
      const body = c.req.valid("json") ?? {};
      return runCommand(
        c,
        deps,
        startRoute,
        201,
        onActivity(c, c.req.valid("param"), "coordinator", (actor, on) => ({
          type: "StartActivity",
          today: on,
          actor,
          startedOn: body.startedOn ?? on,
        })),
      );
    })
    .openapi(completeRoute, (c) => {
      const body = c.req.valid("json");
      return runCommand(
        c,
        deps,
        completeRoute,
        201,
        onActivity(c, c.req.valid("param"), "coordinator", (actor, on) => ({
          type: "CompleteActivity",
          today: on,
          actor,
          completedOn: body.completedOn ?? on,
          outcome: body.outcome,
        })),
      );
    });
}
