import { randomUUID } from "node:crypto";
import { createRoute, z } from "@hono/zod-openapi";
import { FocusAreas, type LetterOfIntent } from "@samverkan/domain";
import { Effect } from "effect";
import { readVisibleLetter } from "../commands/visible-letter";
import type { App, AppDeps } from "../http/app-deps";
import type { Caller } from "../http/caller";
import { problemOf } from "../http/problem";
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
import { runCommandRoute } from "./command-route";
import { pageOfList } from "./list-page";

const NeedBody = z
  .object({
    title: z.string().trim().min(1).max(300),
    description: z.string().max(10_000).default(""),
    raisedBy: OrgNumberInput,
    raisedOn: DateInput.optional(),
    focusAreas: FocusAreas,
    dialogId: Id.optional(),
  })
  .strict()
  .openapi("RegisterNeed");

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
  summary: "Register a need raised by a municipality or a party (R6)",
  security: bearerSecurity,
  request: { params: LetterIdParam, body: jsonBody(NeedBody) },
  responses: { 201: jsonResponse(NeedView, "The need"), ...problemResponses },
});

/**
 * A coordinator of a principal party registers needs for anyone who raised them; a member
 * municipality's coordinator registers the needs it raises itself.
 */
function mayRegister(caller: Caller, letter: LetterOfIntent, raisedBy: string) {
  if (!caller.roles.includes("coordinator"))
    return problemOf(403, "coordinator-role-required", "Only a coordinator may register needs");
  if (letter.parties.some((party) => party.orgNumber === caller.orgNumber)) return undefined;
  if (
    letter.memberOrganisations.some((member) => member.orgNumber === caller.orgNumber) &&
    raisedBy === caller.orgNumber
  )
    return undefined;
  return problemOf(
    403,
    "not-allowed-to-register-need",
    "A municipality registers only the needs it raises itself",
    { rule: "R16" },
  );
}

/** GET and POST /v1/agreements/{id}/needs. */
export function registerNeedRoutes(app: App, deps: AppDeps) {
  app.openapi(listRoute, (c) => {
    const { id } = c.req.valid("param");
    const { limit, cursor } = c.req.valid("query");
    const caller = c.get("caller");
    const program = Effect.gen(function* () {
      const head = yield* readVisibleLetter(id, caller);
      return ok(200, yield* pageOfList(head.letter.needs.map(presentNeed), limit, cursor));
    });
    return runToResponse(c, deps.runtime, program);
  });

  app.openapi(registerRoute, (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const caller = c.get("caller");
    const needId = randomUUID();
    return runCommandRoute(c, deps, {
      letterId: id,
      target: { kind: "letter" },
      authorize: (letter) => mayRegister(caller, letter, body.raisedBy),
      command: (today) => ({
        type: "RegisterNeed",
        actor: caller,
        need: {
          needId,
          title: body.title,
          description: body.description,
          focusAreas: body.focusAreas,
        },
        raisedBy: body.raisedBy,
        raisedOn: body.raisedOn ?? today,
        ...(body.dialogId ? { dialogId: body.dialogId } : {}),
      }),
      respond: (letter) => {
        const need = letter.needs.find(
          (n) => n.needId === needId,
        ) as LetterOfIntent["needs"][number];
        return ok(201, presentNeed(need), { location: `/v1/agreements/${id}/needs/${needId}` });
      },
    });
  });
}
