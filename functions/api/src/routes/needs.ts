import { randomUUID } from "node:crypto";
import { needAggregate } from "@samverkan/core";
import { FocusAreas, type Need, type NeedCommand } from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as z from "zod/mini";
import { requireCoordinator } from "../http/access";
import type { AppDeps } from "../http/app-deps";
import { component, createRoute } from "../http/route";
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
import { presentNeed } from "../schemas/present";
import { NeedView } from "../schemas/views";
import { runCommand } from "./command-route";
import { listLetterItems } from "./list-items";

const NeedBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    title: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
    description: /* @__PURE__ */ z._default(
      /* @__PURE__ */ z.string().check(z.maxLength(10_000)),
      "",
    ),
    raisedBy: OrgNumberInput,
    raisedOn: /* @__PURE__ */ z.optional(DateInput),
    focusAreas: FocusAreas,
    dialogId: /* @__PURE__ */ z.optional(Id),
  }),
  "RegisterNeed",
);

const listRoute = createRoute({
  method: "get",
  path: "/v1/agreements/{id}/needs",
  tags: ["Needs"],
  summary: "Needs identified for the collaboration (R5, R6)",
  security: bearerSecurity,
  request: { params: LetterIdParam, query: PageQuery },
  responses: { 200: jsonResponse(pageOf(NeedView), "A page of needs"), ...problemResponses },
});

const registerRoute = createRoute({
  method: "post",
  path: "/v1/agreements/{id}/needs",
  tags: ["Needs"],
  summary: "Register a need raised by a municipality or a party (R6, R16)",
  security: bearerSecurity,
  request: { params: LetterIdParam, body: jsonBody(NeedBody) },
  responses: { 201: jsonResponse(NeedView, "The need"), ...problemResponses },
});

/** GET and POST /v1/agreements/{id}/needs. Who may register which need is the domain's (R16). */
export function needRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(listRoute, (c) => {
      const { id } = c.req.valid("param");
      const { limit, cursor } = c.req.valid("query");
      const program = listLetterItems(id, c.get("caller"), keys.needPrefix, presentNeed, {
        limit,
        cursor,
      });
      return runToResponse(c, deps.runtime, program);
    })
    .openapi(registerRoute, (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      const caller = c.get("caller");
      const needId = randomUUID();
      return runCommand(
        c,
        deps,
        needAggregate,
        { letterId: id, id: needId },
        (on): NeedCommand => ({
          type: "RegisterNeed",
          today: on,
          actor: caller,
          need: {
            needId,
            title: body.title,
            description: body.description,
            focusAreas: body.focusAreas,
          },
          raisedBy: body.raisedBy,
          raisedOn: body.raisedOn ?? on,
          ...(body.dialogId ? { dialogId: body.dialogId } : {}),
        }),
        {
          authorize: () => requireCoordinator(caller),
          reply: ({ state }) =>
            ok(201, presentNeed(state.need as Need), {
              location: `/v1/agreements/${id}/needs/${needId}`,
            }),
        },
      );
    });
}
