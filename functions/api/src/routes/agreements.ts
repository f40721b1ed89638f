import { randomUUID } from "node:crypto";
import {
  createLetter,
  draftEvents,
  membershipCounts,
  NotAllowed,
  nowIso,
  queryPartition,
  readLetters,
  readVisibleLetter,
  today,
  withinAsOfRange,
} from "@samverkan/core";
import {
  FocusAreas,
  membersRepresented,
  Organisation,
  refOf,
  TemplateId,
  Terms,
} from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import * as z from "zod/mini";
import { requireCoordinator } from "../http/access";
import type { AppDeps } from "../http/app-deps";
import { withSignersNamed } from "../http/people";
import { sendProblem } from "../http/problem";
import { commandContext, etag } from "../http/request-context";
import { component, createRoute } from "../http/route";
import { newRouter } from "../http/router";
import { ok, runToResponse } from "../http/run-effect";
import {
  AsOfQuery,
  bearerSecurity,
  DateInput,
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
import { draftSource } from "./draft-source";
import { nextDueOf } from "./next-due";
import { templatesOf } from "./template-catalogue";

const DraftAgreementBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    title: /* @__PURE__ */ z
      .optional(/* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(300)))
      .check(z.meta({ description: "The template's title when omitted; required without one" })),
    parties: /* @__PURE__ */ z.tuple([
      /* @__PURE__ */ z.strictObject({ ...Organisation.shape, orgNumber: OrgNumberInput }),
      /* @__PURE__ */ z.strictObject({ ...Organisation.shape, orgNumber: OrgNumberInput }),
    ]),
    /** D-45: the template the letter is drafted from; its terms and focus areas are the letter's. */
    templateId: /* @__PURE__ */ z.optional(TemplateId).check(
      z.meta({
        description: "Draft from this template (GET /v1/templates); or give terms and focusAreas",
      }),
    ),
    templateVersion: /* @__PURE__ */ z
      .optional(/* @__PURE__ */ z.int().check(z.minimum(1), z.maximum(10_000)))
      .check(z.meta({ description: "The template's version; its latest when omitted" })),
    terms: /* @__PURE__ */ z.optional(Terms),
    focusAreas: /* @__PURE__ */ z.optional(FocusAreas),
    draftedOn: /* @__PURE__ */ z.optional(DateInput).check(
      z.meta({
        description:
          "When the letter was drafted, for one signed earlier (D-20); today when omitted",
      }),
    ),
  }),
  "DraftAgreement",
);

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
  summary: "An agreement as of a date: status, parties with signatures, notice (R17, R18, D-21)",
  security: bearerSecurity,
  request: { params: LetterIdParam, query: AsOfQuery },
  responses: {
    200: jsonResponse(AgreementView, "The agreement, with its version as ETag"),
    ...problemResponses,
  },
});

type Relation = "party" | "invited" | "member" | "project-party";

/** GET and POST /v1/agreements, GET /v1/agreements/{id}. */
export function agreementRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(listRoute, (c) => {
      const { limit, cursor } = c.req.valid("query");
      const caller = c.get("caller");
      const program = Effect.gen(function* () {
        const page = yield* queryPartition(
          keys.membershipsOf(caller.orgNumber),
          "LOI#",
          limit,
          cursor,
        );
        const visible = page.items.filter(membershipCounts);
        const heads = yield* readLetters(visible.map((item) => item.letterId as string));
        const on = yield* today;
        const items = heads.map((head) => {
          const { id, title, status, parties, inForceFrom, notice, template } = presentAgreement(
            head.letter,
            on,
          );
          const membership = visible.find((item) => item.letterId === id);
          const relation = membership?.relation as Relation;
          // An invitation says who wrote the names in it (D-35).
          const invitedBy =
            relation === "invited"
              ? (membership?.invitedBy as { orgNumber: string; name: string } | undefined)
              : undefined;
          return {
            id,
            title,
            status,
            parties,
            inForceFrom,
            notice,
            template,
            nextDue: nextDueOf(head.letter, on),
            relation,
            ...(invitedBy ? { invitedBy } : {}),
          };
        });
        return ok(listRoute, 200, { items, nextCursor: page.nextCursor });
      });
      return runToResponse(c, deps.runtime, withSignersNamed(program, caller));
    })
    .openapi(draftRoute, (c) => {
      const body = c.req.valid("json");
      const context = commandContext(c);
      if ("problem" in context) return sendProblem(c, context.problem);
      const source = draftSource(body, templatesOf(deps));
      if ("problem" in source) return sendProblem(c, source.problem);
      const caller = c.get("caller");
      const letterId = randomUUID();
      const program = Effect.gen(function* () {
        const refusal =
          requireCoordinator(caller) ??
          (body.parties.some((party) => party.orgNumber === caller.orgNumber)
            ? undefined
            : new NotAllowed({
                code: "not-a-principal-party",
                message: "A coordinator drafts letters only for their own organisation",
                rule: "R16",
              }));
        if (refusal) return yield* Effect.fail(refusal);
        const on = yield* today;
        const events = yield* draftEvents({
          type: "DraftLetter",
          actor: caller,
          letterId,
          title: source.title,
          parties: body.parties,
          terms: source.terms,
          focusAreas: source.focusAreas,
          ...(source.template ? { template: refOf(source.template) } : {}),
          memberOrganisations: membersRepresented(
            body.parties,
            deps.municipalities,
            source.template,
          ),
          draftedOn: body.draftedOn ?? on,
          today: on,
        });
        return yield* createLetter(letterId, events, {
          ...context,
          recordedAt: yield* nowIso,
          reply: (letter) =>
            ok(draftRoute, 201, presentAgreement(letter, on), {
              location: `/v1/agreements/${letterId}`,
              etag: etag(letter.version),
            }),
        });
      });
      return runToResponse(c, deps.runtime, withSignersNamed(program, caller));
    })
    .openapi(getRoute, (c) => {
      const { id } = c.req.valid("param");
      const { asOf } = c.req.valid("query");
      const caller = c.get("caller");
      const program = Effect.gen(function* () {
        const head = yield* readVisibleLetter(id, caller);
        const on = yield* withinAsOfRange(head.letter, asOf ?? (yield* today));
        return ok(getRoute, 200, presentAgreement(head.letter, on), {
          etag: etag(head.letter.version),
        });
      });
      return runToResponse(c, deps.runtime, withSignersNamed(program, caller));
    });
}
