import {
  listContacts,
  NotAllowed,
  nowIso,
  readVisibleLetter,
  replaceContacts,
  today,
} from "@samverkan/core";
import {
  ContactList,
  MAX_CONTACTS_PER_ORGANISATION,
  MAX_MAIL_DOMAINS,
  mailDomainProblems,
  withoutEmails,
} from "@samverkan/domain";
import * as Effect from "effect/Effect";
import * as z from "zod/mini";
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
  OrgNumberInput,
  problemResponses,
} from "../schemas/common";

const ContactInput = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    name: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    email: /* @__PURE__ */ z.email().check(z.maxLength(254)),
    roles: /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.enum(["signatory", "coordinator", "group"]))
      .check(z.minLength(1), z.maxLength(3)),
    language: /* @__PURE__ */ z._default(/* @__PURE__ */ z.enum(["sv", "en"]), "sv"),
  }),
  "Contact",
);
const MailDomains = /* @__PURE__ */ z
  .optional(
    /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(253)))
      .check(z.maxLength(MAX_MAIL_DOMAINS)),
  )
  .check(
    z.meta({
      description:
        "D-39: the mail domains of the organisation's people (e.g. ltu.se). When given, every contact must be at one of them; no other organisation may then list an address there",
    }),
  );
const ContactsBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    orgNumber: OrgNumberInput,
    mailDomains: MailDomains,
    contacts: /* @__PURE__ */ z
      .array(ContactInput)
      .check(z.maxLength(MAX_CONTACTS_PER_ORGANISATION)),
  }),
  "ContactList",
);
const ContactsView = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    items: /* @__PURE__ */ z.array(
      /* @__PURE__ */ z.object({
        orgNumber: /* @__PURE__ */ z.string(),
        mailDomains: /* @__PURE__ */ z.optional(
          /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
        ),
        contacts: /* @__PURE__ */ z.array(
          /* @__PURE__ */ z.object({
            name: /* @__PURE__ */ z.string(),
            roles: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
            email: /* @__PURE__ */ z
              .optional(/* @__PURE__ */ z.string())
              .check(z.meta({ description: "Only for the caller's own organisation" })),
            language: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
          }),
        ),
      }),
    ),
  }),
  "Contacts",
);

const getRoute = createRoute({
  method: "get",
  path: "/v1/agreements/{id}/contacts",
  tags: ["Reminders"],
  summary: "Contact persons of every party; e-mail addresses only of the caller's own (R23)",
  security: bearerSecurity,
  request: { params: LetterIdParam },
  responses: {
    200: jsonResponse(ContactsView, "Each organisation's contacts"),
    ...problemResponses,
  },
});
const putRoute = createRoute({
  method: "put",
  path: "/v1/agreements/{id}/contacts",
  tags: ["Reminders"],
  summary: "Replace the caller's own organisation's contact persons (coordinator; R23)",
  security: bearerSecurity,
  request: { params: LetterIdParam, body: jsonBody(ContactsBody) },
  responses: {
    200: jsonResponse(ContactsView.shape.items.def.element, "The list as stored"),
    ...problemResponses,
  },
});

/** GET and PUT …/contacts: who the daily run's reminders reach (R23). */
export function contactRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(getRoute, (c) => {
      const { id } = c.req.valid("param");
      const caller = c.get("caller");
      const program = Effect.gen(function* () {
        const head = yield* readVisibleLetter(id, caller);
        const stored = yield* listContacts(id);
        const own = stored.find((s) => s.list.orgNumber === caller.orgNumber);
        const parties = head.letter.parties.map((p) => p.orgNumber as string);
        const orgs = [...new Set([...parties, ...stored.map((s) => s.list.orgNumber as string)])];
        const items = orgs.map((orgNumber) => {
          const list = stored.find((s) => s.list.orgNumber === orgNumber)?.list ?? {
            orgNumber,
            contacts: [],
          };
          return orgNumber === caller.orgNumber ? list : withoutEmails(list as ContactList);
        });
        return ok(getRoute, 200, { items }, { etag: etag(own?.version ?? 0) });
      });
      return runToResponse(c, deps.runtime, program);
    })
    .openapi(putRoute, (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      const caller = c.get("caller");
      const ifMatch = parseIfMatch(c.req.header("if-match"));
      if (ifMatch === "invalid")
        return sendProblem(
          c,
          problemOf(400, "invalid-if-match", 'If-Match must be an entity tag such as "3"'),
        );
      const list = ContactList.safeParse(body);
      if (!list.success)
        return sendProblem(
          c,
          problemOf(400, "invalid-input", list.error.issues[0]?.message ?? "Invalid contacts"),
        );
      const program = Effect.gen(function* () {
        yield* readVisibleLetter(id, caller);
        if (!caller.roles.includes("coordinator"))
          return yield* Effect.fail(
            new NotAllowed({
              code: "coordinator-role-required",
              message: "Only a coordinator may do this",
              rule: "R23",
            }),
          );
        if (list.data.orgNumber !== caller.orgNumber)
          return yield* Effect.fail(
            new NotAllowed({
              code: "not-own-organisation",
              message: "A coordinator keeps only their own organisation's contacts",
              rule: "R23",
            }),
          );
        // D-39: an organisation lists only its own people, at its declared domains.
        const others = (yield* listContacts(id)).map((stored) => stored.list);
        const problems = mailDomainProblems(list.data, others);
        const [first] = problems;
        if (first)
          return {
            status: 400,
            body: problemOf(400, first.code, first.message, {
              rule: "R23",
              errors: problems.map(({ path, message }) => ({ path, message })),
            }),
            headers: { "content-type": "application/problem+json" },
          };
        const actor = { sub: caller.sub, orgNumber: caller.orgNumber };
        // A list with contacts leaves a watch: the next run delivers what was owed (D-30).
        const version = yield* replaceContacts(
          id,
          list.data,
          actor,
          yield* nowIso,
          ifMatch,
          yield* today,
        );
        return ok(putRoute, 200, list.data, { etag: etag(version) });
      });
      return runToResponse(c, deps.runtime, program);
    });
}
