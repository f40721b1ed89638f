import { randomUUID } from "node:crypto";
import { needAggregate } from "@samverkan/core";
import { type Need, type NeedCommand, NewNeed } from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as z from "zod/mini";
import { requireCoordinator } from "../http/access";
import type { AppDeps } from "../http/app-deps";
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
import { presentNeed } from "../schemas/present";
import { NeedView } from "../schemas/views";
import { runCommand } from "./command-route";
import { listHandler } from "./list-items";

const NeedBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    // The domain's new need (its limits); the API chooses its id.
    title: NewNeed.shape.title,
    description: NewNeed.shape.description,
    raisedBy: OrgNumberInput,
    raisedOn: /* @__PURE__ */ z.optional(DateInput),
    focusAreas: NewNeed.shape.focusAreas,
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
    .openapi(listRoute, listHandler(deps, listRoute, keys.needPrefix, presentNeed))
    .openapi(registerRoute, (c) => {
      const { id } = c.req.valid("param");
      const { title, description, focusAreas, raisedBy, raisedOn, dialogId } = c.req.valid("json");
      const caller = c.get("caller");
      const needId = randomUUID();
      // A need has no version of its own: its reply names no ETag.
      return runCommand(c, deps, registerRoute, 201, {
        aggregate: needAggregate,
        stream: { letterId: id, id: needId },
        command: (on): NeedCommand => ({
          type: "RegisterNeed",
          today: on,
          actor: caller,
          need: { needId, title, description, focusAreas },
          raisedBy,
          raisedOn: raisedOn ?? on,
          ...(dialogId ? { dialogId } : {}),
        }),
        authorize: () => requireCoordinator(caller),
        view: (state) => presentNeed(state.need as Need),
        location: `/v1/agreements/${id}/needs/${needId}`,
      });
    });
}
