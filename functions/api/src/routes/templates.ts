import { checkTemplate, findTemplate, latestTemplates, TEMPLATE_BOUNDS } from "@samverkan/domain";
import * as Effect from "effect/Effect";
import * as z from "zod/mini";
import type { AppDeps } from "../http/app-deps";
import { problemOf, sendProblem } from "../http/problem";
import { createRoute } from "../http/route";
import { newRouter } from "../http/router";
import { ok, runToResponse, sendStored } from "../http/run-effect";
import {
  bearerSecurity,
  coercedNumber,
  jsonBody,
  jsonResponse,
  PageQuery,
  pageOf,
  problemResponses,
} from "../schemas/common";
import { TemplateCheckResult, TemplateSummary, TemplateView } from "../schemas/template-view";
import { pageOfList } from "./list-page";
import { templatesOf } from "./template-catalogue";

const TemplateIdParam = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(60)),
});

const VersionQuery = /* @__PURE__ */ z.object({
  version: /* @__PURE__ */ z
    .optional(/* @__PURE__ */ coercedNumber().check(z.int(), z.minimum(1), z.maximum(10_000)))
    .check(z.meta({ description: "A version the template had; its latest when omitted" })),
});

const listRoute = createRoute({
  method: "get",
  path: "/v1/templates",
  tags: ["Templates"],
  summary: "The templates letters are drafted from, each at its latest version (D-45)",
  security: bearerSecurity,
  request: { query: PageQuery },
  responses: {
    200: jsonResponse(pageOf(TemplateSummary), "A page of templates"),
    ...problemResponses,
  },
});

const getRoute = createRoute({
  method: "get",
  path: "/v1/templates/{id}",
  tags: ["Templates"],
  summary: "A template: its terms, focus areas, parties' roles and clauses (D-45)",
  security: bearerSecurity,
  request: { params: TemplateIdParam, query: VersionQuery },
  responses: {
    200: jsonResponse(TemplateView, "The template at the version asked for"),
    ...problemResponses,
  },
});

const checkRoute = createRoute({
  method: "post",
  path: "/v1/templates/check",
  tags: ["Templates"],
  summary:
    "Check a template before it is reviewed into the catalogue: 422 lists at most 20 fields that are wrong (D-45)",
  security: bearerSecurity,
  request: {
    body: jsonBody(
      /* @__PURE__ */ z.unknown().check(z.meta({ description: "A template as JSON (D-45)" })),
    ),
  },
  responses: {
    200: jsonResponse(TemplateCheckResult, "The template is valid"),
    ...problemResponses,
  },
});

/** GET /v1/templates, GET /v1/templates/{id}, POST /v1/templates/check. */
export function templateRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(listRoute, (c) => {
      const { limit, cursor } = c.req.valid("query");
      const summaries = latestTemplates(templatesOf(deps)).map(
        ({ id, version, example, name, title }) => ({ id, version, example, name, title }),
      );
      const program = Effect.map(pageOfList(summaries, limit, cursor), (page) =>
        ok(listRoute, 200, page),
      );
      return runToResponse(c, deps.runtime, program);
    })
    .openapi(getRoute, (c) => {
      const { id } = c.req.valid("param");
      const { version } = c.req.valid("query");
      const template = findTemplate(templatesOf(deps), id, version);
      if (!template)
        return sendProblem(
          c,
          problemOf(
            404,
            "template-not-found",
            version === undefined
              ? `No template ${id}`
              : `Template ${id} has no version ${version}`,
          ),
        );
      return sendStored(c, ok(getRoute, 200, template));
    })
    .openapi(checkRoute, (c) => {
      const result = checkTemplate(c.req.valid("json"));
      if (!result.ok)
        return sendProblem(
          c,
          problemOf(422, "template-invalid", "The template does not validate", {
            errors: result.errors
              .slice(0, TEMPLATE_BOUNDS.errors)
              .map(({ field, message }) => ({ path: field, message })),
          }),
        );
      const { id, version } = result.template;
      return sendStored(c, ok(checkRoute, 200, { valid: true, id, version }));
    });
}
