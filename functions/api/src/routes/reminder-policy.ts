import {
  nowIso,
  readReminderPolicy,
  readVisibleLetter,
  replaceReminderPolicy,
  today,
} from "@samverkan/core";
import { LetterReminderPolicy, MAX_LEAD_TIMES } from "@samverkan/domain";
import * as Effect from "effect/Effect";
import * as z from "zod/mini";
import { requireCoordinatorOfParty } from "../http/access";
import type { AppDeps } from "../http/app-deps";
import { problemOf, sendProblem } from "../http/problem";
import { etag, parseIfMatch } from "../http/request-context";
import { component, createRoute } from "../http/route";
import { newRouter } from "../http/router";
import { ok, runToResponse } from "../http/run-effect";
import {
  bearerSecurity,
  jsonBody,
  jsonResponse,
  LetterIdParam,
  problemResponses,
} from "../schemas/common";

const PolicyBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    leadDays: /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(365)))
      .check(
        z.minLength(1),
        z.maxLength(MAX_LEAD_TIMES),
        z.refine((days) => new Set(days).size === days.length, { message: "a lead time twice" }),
      )
      .check(
        z.meta({ description: "Days before each due date to remind", example: [30, 14, 7, 1] }),
      ),
    digest: /* @__PURE__ */ z
      .boolean()
      .check(z.meta({ description: "One message a day per person instead of one per reminder" })),
  }),
  "ReminderPolicy",
);

const getRoute = createRoute({
  method: "get",
  path: "/v1/agreements/{id}/reminder-policy",
  tags: ["Reminders"],
  summary: "When reminders are sent and whether as a daily digest (R22, R23)",
  security: bearerSecurity,
  request: { params: LetterIdParam },
  responses: {
    200: jsonResponse(PolicyBody, "The letter's policy (the default if none was set)"),
    ...problemResponses,
  },
});
const putRoute = createRoute({
  method: "put",
  path: "/v1/agreements/{id}/reminder-policy",
  tags: ["Reminders"],
  summary: "Set the lead times and digest (coordinator of a principal party; R22, R23)",
  security: bearerSecurity,
  request: { params: LetterIdParam, body: jsonBody(PolicyBody) },
  responses: { 200: jsonResponse(PolicyBody, "The policy as stored"), ...problemResponses },
});

/** GET and PUT …/reminder-policy: the letter's lead times and digest, as data. */
export function reminderPolicyRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(getRoute, (c) => {
      const { id } = c.req.valid("param");
      const caller = c.get("caller");
      const program = Effect.gen(function* () {
        yield* readVisibleLetter(id, caller);
        const { policy, version } = yield* readReminderPolicy(id);
        return ok(200, policy, { etag: etag(version) });
      });
      return runToResponse(c, deps.runtime, program);
    })
    .openapi(putRoute, (c) => {
      const { id } = c.req.valid("param");
      const policy = LetterReminderPolicy.parse(c.req.valid("json"));
      const caller = c.get("caller");
      const ifMatch = parseIfMatch(c.req.header("if-match"));
      if (ifMatch === "invalid")
        return sendProblem(
          c,
          problemOf(400, "invalid-if-match", 'If-Match must be an entity tag such as "3"'),
        );
      const program = Effect.gen(function* () {
        const head = yield* readVisibleLetter(id, caller);
        const refusal = requireCoordinatorOfParty(caller, head.letter);
        if (refusal) return yield* Effect.fail(refusal);
        const actor = { sub: caller.sub, orgNumber: caller.orgNumber };
        const on = yield* today;
        const version = yield* replaceReminderPolicy(id, policy, actor, yield* nowIso, on, ifMatch);
        return ok(200, policy, { etag: etag(version) });
      });
      return runToResponse(c, deps.runtime, program);
    });
}
