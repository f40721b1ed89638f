import { randomUUID } from "node:crypto";
import { createRoute, z } from "@hono/zod-openapi";
import { FocusAreas, NORRBOTTENS_KOMMUNER, Organisation, Terms } from "@samverkan/domain";
import { keys } from "@samverkan/table";
import { Effect } from "effect";
import { createLetter, draftEvents } from "../commands/draft-letter";
import { nowIso, today } from "../commands/today";
import { readVisibleLetter } from "../commands/visible-letter";
import type { App, AppDeps } from "../http/app-deps";
import { problemOf, sendProblem } from "../http/problem";
import { etag, requestContext } from "../http/request-context";
import { ok, runToResponse } from "../http/run-effect";
import {
  bearerSecurity,
  jsonBody,
  jsonResponse,
  LetterIdParam,
  OrgNumberInput,
  PageQuery,
  pageOf,
  problemResponses,
} from "../schemas/common";
import { presentAgreement } from "../schemas/present";
import { AgreementSummary, AgreementView } from "../schemas/views";
import { queryPartition, readLetters } from "../store/letter-store";

const DraftAgreementBody = z
  .object({
    title: z.string().trim().min(1).max(300),
    parties: z.tuple([
      Organisation.extend({ orgNumber: OrgNumberInput }),
      Organisation.extend({ orgNumber: OrgNumberInput }),
    ]),
    terms: Terms,
    focusAreas: FocusAreas,
  })
  .strict()
  .openapi("DraftAgreement");

const listRoute = createRoute({
  method: "get",
  path: "/v1/agreements",
  tags: ["Agreements"],
  summary: "The agreements the caller's organisation may see",
  security: bearerSecurity,
  request: { query: PageQuery },
  responses: {
    200: jsonResponse(pageOf(AgreementSummary), "A page of agreements"),
    ...problemResponses,
  },
});

const draftRoute = createRoute({
  method: "post",
  path: "/v1/agreements",
  tags: ["Agreements"],
  summary: "Draft a letter of intent between two principal parties (R1)",
  security: bearerSecurity,
  request: { body: jsonBody(DraftAgreementBody) },
  responses: { 201: jsonResponse(AgreementView, "The draft"), ...problemResponses },
});

const getRoute = createRoute({
  method: "get",
  path: "/v1/agreements/{id}",
  tags: ["Agreements"],
  summary: "An agreement: status, parties with signatures, notice (R17, R18)",
  security: bearerSecurity,
  request: { params: LetterIdParam },
  responses: {
    200: jsonResponse(AgreementView, "The agreement, with its version as ETag"),
    ...problemResponses,
  },
});

/** GET and POST /v1/agreements, GET /v1/agreements/{id}. */
export function registerAgreementRoutes(app: App, deps: AppDeps) {
  app.openapi(listRoute, (c) => {
    const { limit, cursor } = c.req.valid("query");
    const caller = c.get("caller");
    const program = Effect.gen(function* () {
      const page = yield* queryPartition(
        keys.membershipsOf(caller.orgNumber),
        "LOI#",
        limit,
        cursor,
      );
      const heads = yield* readLetters(page.items.map((item) => item.letterId as string));
      const on = yield* today;
      const items = heads.map((head) => {
        const { id, title, status, parties, inForceFrom, notice } = presentAgreement(
          head.letter,
          on,
        );
        const relation = page.items.find((item) => item.letterId === id)?.relation as
          | "party"
          | "member"
          | "project-party";
        return { id, title, status, parties, inForceFrom, notice, relation };
      });
      return ok(200, { items, nextCursor: page.nextCursor });
    });
    return runToResponse(c, deps.runtime, program);
  });

  app.openapi(draftRoute, (c) => {
    const body = c.req.valid("json");
    const context = requestContext(c);
    if ("problem" in context) return sendProblem(c, context.problem);
    const { caller } = context;
    if (!caller.roles.includes("coordinator"))
      return sendProblem(
        c,
        problemOf(403, "coordinator-role-required", "Only a coordinator may draft a letter"),
      );
    if (!body.parties.some((party) => party.orgNumber === caller.orgNumber)) {
      return sendProblem(
        c,
        problemOf(
          403,
          "not-a-principal-party",
          "A coordinator drafts letters only for their own organisation",
          { rule: "R16" },
        ),
      );
    }
    const letterId = randomUUID();
    const isNoK = body.parties.some((party) => party.orgNumber === NORRBOTTENS_KOMMUNER.orgNumber);
    const program = Effect.gen(function* () {
      const on = yield* today;
      const events = yield* draftEvents({
        type: "DraftLetter",
        actor: caller,
        letterId,
        title: body.title,
        parties: body.parties,
        terms: body.terms,
        focusAreas: body.focusAreas,
        memberOrganisations: isNoK ? [...deps.municipalities] : [],
        draftedOn: on,
      });
      const recordedAt = yield* nowIso;
      return yield* createLetter(
        letterId,
        events,
        context,
        (letter) =>
          ok(201, presentAgreement(letter, on), {
            location: `/v1/agreements/${letterId}`,
            etag: etag(letter.version),
          }),
        recordedAt,
      );
    });
    return runToResponse(c, deps.runtime, program);
  });

  app.openapi(getRoute, (c) => {
    const { id } = c.req.valid("param");
    const caller = c.get("caller");
    const program = Effect.gen(function* () {
      const head = yield* readVisibleLetter(id, caller);
      return ok(200, presentAgreement(head.letter, yield* today), {
        etag: etag(head.letter.version),
      });
    });
    return runToResponse(c, deps.runtime, program);
  });
}
