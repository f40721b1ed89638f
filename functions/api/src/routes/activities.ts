import { randomUUID } from "node:crypto";
import { createRoute, z } from "@hono/zod-openapi";
import {
  type Activity,
  type ActivityCommand,
  ActivityKind,
  type CalendarDate,
  FocusAreas,
  Organisation,
} from "@samverkan/domain";
import { keys } from "@samverkan/table";
import { Effect } from "effect";
import type { Context } from "hono";
import { HttpProblem } from "../commands/http-problem";
import {
  agreementNotFound,
  canSee,
  requireCoordinatorOfParty,
  requireSignatory,
} from "../http/access";
import type { App, AppDeps } from "../http/app-deps";
import type { AppEnv, Caller } from "../http/caller";
import { problemOf } from "../http/problem";
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
import { presentActivity } from "../schemas/present";
import { ActivityView } from "../schemas/views";
import { parseActivity, readLetterWith } from "../store/letter-store";
import { runCommandRoute } from "./command-route";
import { listLetterChildren } from "./list-children";

const ProjectParty = Organisation.extend({ orgNumber: OrgNumberInput }).strict();

const DefineBody = z
  .object({
    title: z.string().trim().min(1).max(300),
    kind: ActivityKind,
    focusAreas: FocusAreas,
    needIds: z.array(Id).max(100),
    projectParties: z.array(ProjectParty).max(50).default([]),
    terms: z.string().max(20_000).default(""),
  })
  .strict()
  .openapi("DefineActivity");
const ReviseBody = z
  .object({
    projectParties: z.array(ProjectParty).max(50),
    terms: z.string().max(20_000).default(""),
  })
  .strict()
  .openapi("ReviseSpecialAgreement");
const SignBody = z
  .object({ signedOn: DateInput.optional(), version: z.number().int().min(1).optional() })
  .strict()
  .openapi("SignSpecialAgreement");
const StartBody = z.object({ startedOn: DateInput.optional() }).strict().openapi("StartActivity");
const CompleteBody = z
  .object({ completedOn: DateInput.optional(), outcome: z.string().trim().min(1).max(10_000) })
  .strict()
  .openapi("CompleteActivity");

const ActivityParams = LetterIdParam.extend({
  activityId: Id.openapi({ param: { name: "activityId", in: "path" } }),
});
const base = "/v1/agreements/{id}/activities";

const route = <R extends Parameters<typeof createRoute>[0]>(config: Omit<R, "tags" | "security">) =>
  createRoute({ tags: ["Activities"], security: bearerSecurity, ...config } as unknown as R);

const listRoute = route({
  method: "get",
  path: base,
  summary: "The letter's activities",
  request: { params: LetterIdParam, query: PageQuery },
  responses: {
    200: jsonResponse(pageOf(ActivityView), "A page of activities"),
    ...problemResponses,
  },
});
const defineRoute = route({
  method: "post",
  path: base,
  summary: "Define an activity and draft its special agreement (R4, R5, R8, R14)",
  request: { params: LetterIdParam, body: jsonBody(DefineBody) },
  responses: { 201: jsonResponse(ActivityView, "The activity"), ...problemResponses },
});
const getRoute = route({
  method: "get",
  path: `${base}/{activityId}`,
  summary: "An activity with its special agreement, version and signatures",
  request: { params: ActivityParams },
  responses: {
    200: jsonResponse(ActivityView, "The activity, with its version as ETag"),
    ...problemResponses,
  },
});
const reviseRoute = route({
  method: "put",
  path: `${base}/{activityId}/special-agreement`,
  summary: "A new version of the special agreement; signatures reset (R14)",
  request: { params: ActivityParams, body: jsonBody(ReviseBody) },
  responses: { 200: jsonResponse(ActivityView, "The activity"), ...problemResponses },
});
const signRoute = route({
  method: "post",
  path: `${base}/{activityId}/special-agreement/signatures`,
  summary: "Sign the special agreement for the caller's organisation (R14, R16)",
  request: { params: ActivityParams, body: jsonBody(SignBody, false) },
  responses: { 201: jsonResponse(ActivityView, "The activity"), ...problemResponses },
});
const startRoute = route({
  method: "post",
  path: `${base}/{activityId}/start`,
  summary: "Start the activity: only when fully signed (R14)",
  request: { params: ActivityParams, body: jsonBody(StartBody, false) },
  responses: { 201: jsonResponse(ActivityView, "The activity"), ...problemResponses },
});
const completeRoute = route({
  method: "post",
  path: `${base}/{activityId}/complete`,
  summary: "Complete the activity with its outcome",
  request: { params: ActivityParams, body: jsonBody(CompleteBody) },
  responses: { 201: jsonResponse(ActivityView, "The activity"), ...problemResponses },
});

const activityNotFound = (activityId: string) =>
  problemOf(404, "activity-not-found", `No activity ${activityId}`);

type Ctx = Context<AppEnv>;
const validParams = (c: Ctx) =>
  (c.req as unknown as { valid: (target: "param") => { id: string; activityId: string } }).valid(
    "param",
  );
const validQuery = (c: Ctx) =>
  (c.req as unknown as { valid: (target: "query") => { limit: number; cursor?: string } }).valid(
    "query",
  );
const validBody = <T>(c: Ctx) =>
  ((c.req as unknown as { valid: (target: "json") => T | undefined }).valid("json") ?? {}) as T;

const presentWith = (status: number) => (_letter: unknown, activity: Activity | null) =>
  ok(status, presentActivity(activity as Activity), { etag: etag((activity as Activity).version) });

/** Activities and their special agreements. */
export function registerActivityRoutes(app: App, deps: AppDeps) {
  /** A command on an existing activity; an unknown one is the domain's `activity-not-found` (404). */
  const onActivity = (
    c: Ctx,
    role: "coordinator" | "signatory",
    status: number,
    command: (caller: Caller, today: CalendarDate) => ActivityCommand,
  ) => {
    const { id, activityId } = validParams(c);
    const caller = c.get("caller");
    return runCommandRoute(c, deps, {
      letterId: id,
      target: { kind: "activity", id: activityId },
      authorize: (letter) =>
        role === "coordinator"
          ? requireCoordinatorOfParty(caller, letter)
          : requireSignatory(caller),
      command: (today) => command(caller, today),
      respond: presentWith(status),
    });
  };

  app.openapi(listRoute, (c) => {
    const { id } = validParams(c);
    const { limit, cursor } = validQuery(c);
    const caller = c.get("caller");
    const program = listLetterChildren(
      id,
      caller,
      keys.activityPrefix,
      (state) => presentActivity(parseActivity(state)),
      limit,
      cursor,
    );
    return runToResponse(c, deps.runtime, program);
  });

  app.openapi(defineRoute, (c) => {
    const { id } = validParams(c);
    const body = validBody<z.infer<typeof DefineBody>>(c);
    const caller = c.get("caller");
    const activityId = randomUUID();
    return runCommandRoute(c, deps, {
      letterId: id,
      target: { kind: "activity", id: activityId },
      authorize: (letter) => requireCoordinatorOfParty(caller, letter),
      command: (today) => ({
        type: "DefineActivity",
        actor: caller,
        activityId,
        ...body,
        definedOn: today,
      }),
      respond: (_letter, activity: Activity | null) =>
        ok(201, presentActivity(activity as Activity), {
          location: `/v1/agreements/${id}/activities/${activityId}`,
          etag: etag((activity as Activity).version),
        }),
    });
  });

  app.openapi(getRoute, (c) => {
    const { id, activityId } = validParams(c);
    const caller = c.get("caller");
    const program = Effect.gen(function* () {
      const { head, child } = yield* readLetterWith(
        id,
        keys.activity(id, activityId).sk,
        parseActivity,
      );
      if (!head || !canSee(caller, head))
        return yield* Effect.fail(new HttpProblem({ problem: agreementNotFound(id) }));
      if (!child)
        return yield* Effect.fail(new HttpProblem({ problem: activityNotFound(activityId) }));
      return ok(200, presentActivity(child), { etag: etag(child.version) });
    });
    return runToResponse(c, deps.runtime, program);
  });

  app.openapi(reviseRoute, (c) => {
    const body = validBody<z.infer<typeof ReviseBody>>(c);
    return onActivity(c, "coordinator", 200, (actor, today) => ({
      type: "ReviseSpecialAgreement",
      actor,
      ...body,
      revisedOn: today,
    }));
  });
  app.openapi(signRoute, (c) => {
    const body = validBody<z.infer<typeof SignBody>>(c);
    return onActivity(c, "signatory", 201, (actor, today) => ({
      type: "SignSpecialAgreement",
      actor,
      signedOn: body.signedOn ?? today,
      ...(body.version ? { version: body.version } : {}),
    }));
  });
  app.openapi(startRoute, (c) => {
    const body = validBody<z.infer<typeof StartBody>>(c);
    return onActivity(c, "coordinator", 201, (actor, today) => ({
      type: "StartActivity",
      actor,
      startedOn: body.startedOn ?? today,
    }));
  });
  app.openapi(completeRoute, (c) => {
    const body = validBody<z.infer<typeof CompleteBody>>(c);
    return onActivity(c, "coordinator", 201, (actor, today) => ({
      type: "CompleteActivity",
      actor,
      completedOn: body.completedOn ?? today,
      outcome: body.outcome,
    }));
  });
}
