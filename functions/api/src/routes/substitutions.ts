import { randomUUID } from "node:crypto";
import {
  appointSubstitution,
  listSubstitutions,
  nowIso,
  personIdOf,
  personNames,
  RuleRefused,
  revokeSubstitution,
  type StoredSubstitution,
  today,
  VersionMismatch,
} from "@samverkan/core";
import {
  type CalendarDate,
  checkRevocation,
  decideAppointment,
  MAX_SUBSTITUTION_DAYS,
  MAX_SUBSTITUTIONS_PER_ORGANISATION,
  MAX_SUBSTITUTIONS_PER_PERSON,
  runsOn,
} from "@samverkan/domain";
import * as Effect from "effect/Effect";
import * as z from "zod/mini";
import type { AppDeps } from "../http/app-deps";
import { sendProblem } from "../http/problem";
import { etag, invalidIfMatch, parseIfMatch } from "../http/request-context";
import { component, createRoute } from "../http/route";
import { newRouter } from "../http/router";
import { ok, runToResponse } from "../http/run-effect";
import {
  bearerSecurity,
  coercedNumber,
  DateInput,
  Id,
  jsonBody,
  jsonResponse,
  pageOf,
  problemResponses,
} from "../schemas/common";
import { pageOfList } from "./list-page";

// R25: substitutes (ersättare). An organisation's substitutions are its own: every person of the
// organisation sees them (who stands in for whom, so colleagues know whom to ask), a signatory or
// coordinator appoints one for themselves, and the appointer or a coordinator revokes it. Acting
// by one is the `Acting-For` header (http/substitution.ts).

/** The most substitutions one page lists: each names two people, within one directory read. */
export const MAX_SUBSTITUTIONS_PAGE = 100;

// A subject as tokens carry it: 1–200 characters, none of them a control character.
const Subject = /* @__PURE__ */ z
  .string()
  .check(z.minLength(1), z.maxLength(200), z.regex(/^[^\p{Cc}\p{Cf}\u2028\u2029]+$/u))
  .check(
    z.meta({
      description: "The substitute's subject (`sub`) at the organisation's identity provider",
      example: "bo.berg@ltu.se",
    }),
  );

const AppointBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    substitute: Subject,
    from: /* @__PURE__ */ DateInput.check(
      z.meta({ description: "First day the substitute acts (today or later)" }),
    ),
    to: /* @__PURE__ */ DateInput.check(
      z.meta({
        description: `Last day the substitute acts (on or after from; at most ${MAX_SUBSTITUTION_DAYS} days in all)`,
      }),
    ),
  }),
  "SubstitutionInput",
);

const PersonView = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.string(),
  name: /* @__PURE__ */ z
    .nullable(/* @__PURE__ */ z.string())
    .check(z.meta({ description: "From the people directory; null when not known" })),
  sub: /* @__PURE__ */ z.string(),
});

const SubstitutionView = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    id: /* @__PURE__ */ z
      .string()
      .check(z.meta({ description: "Send as `Acting-For` to act by this substitution" })),
    appointer: PersonView,
    substitute: PersonView,
    roles: /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.enum(["signatory", "coordinator", "viewer"]))
      .check(
        z.meta({ description: "The appointer's roles at appointment: what the substitute may do" }),
      ),
    from: /* @__PURE__ */ z.string(),
    to: /* @__PURE__ */ z.string(),
    appointedOn: /* @__PURE__ */ z.string(),
    runsToday: /* @__PURE__ */ z
      .boolean()
      .check(z.meta({ description: "Whether the substitute may act by it today" })),
    version: /* @__PURE__ */ z
      .int()
      .check(z.meta({ description: "Send as If-Match to revoke it" })),
  }),
  "Substitution",
);

const ListQuery = /* @__PURE__ */ z.object({
  limit: /* @__PURE__ */ z
    ._default(
      /* @__PURE__ */ coercedNumber().check(
        z.int(),
        z.minimum(1),
        z.maximum(MAX_SUBSTITUTIONS_PAGE),
      ),
      50,
    )
    .check(z.meta({ example: 50 })),
  cursor: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(z.maxLength(2000))),
});

const tags = ["Identity"];
const listRoute = createRoute({
  method: "get",
  path: "/v1/substitutions",
  tags,
  summary: "The caller's organisation's substitutions not yet ended, in the order they begin (R25)",
  security: bearerSecurity,
  request: { query: ListQuery },
  responses: {
    200: jsonResponse(pageOf(SubstitutionView), "One page of substitutions"),
    ...problemResponses,
  },
});
const appointRoute = createRoute({
  method: "post",
  path: "/v1/substitutions",
  tags,
  summary:
    "Appoint a substitute of your own organisation for a date range (signatory or coordinator; R25)",
  description: `While it runs, the substitute may do what you could when you appointed them, by sending its id as \`Acting-For\`; the trail records their acts as theirs for you. It ends by itself after its last day. Refused (R25): by a substitute, also while acting for someone (403 substitute-cannot-appoint); by a viewer (403); yourself as substitute; a first day before today; a last day before the first; more than ${MAX_SUBSTITUTION_DAYS} days; a person in more than ${MAX_SUBSTITUTIONS_PER_PERSON} or an organisation with more than ${MAX_SUBSTITUTIONS_PER_ORGANISATION} substitutions not yet ended (422).`,
  security: bearerSecurity,
  request: { body: jsonBody(AppointBody) },
  responses: {
    201: jsonResponse(SubstitutionView, "The substitution, with its version as ETag"),
    ...problemResponses,
  },
});
const revokeRoute = createRoute({
  method: "delete",
  path: "/v1/substitutions/{id}",
  tags,
  summary: "Revoke a substitution: its appointer or a coordinator of the organisation (R25)",
  security: bearerSecurity,
  request: { params: /* @__PURE__ */ z.object({ id: Id }) },
  responses: { 204: { description: "Revoked" }, ...problemResponses },
});

/** A substitution as the organisation's people see it, named from the people directory. */
function present(
  { substitution, version }: StoredSubstitution,
  names: ReadonlyMap<string, string>,
  on: CalendarDate,
): z.output<typeof SubstitutionView> {
  const person = (sub: string) => {
    const id = personIdOf({ orgNumber: substitution.orgNumber, sub });
    return { id, name: names.get(id) ?? null, sub };
  };
  return {
    id: substitution.id,
    appointer: person(substitution.appointer),
    substitute: person(substitution.substitute),
    roles: substitution.roles,
    from: substitution.from,
    to: substitution.to,
    appointedOn: substitution.appointedOn,
    runsToday: runsOn(substitution, on),
    version,
  };
}

const namesOf = (stored: readonly StoredSubstitution[]) =>
  personNames(
    stored.flatMap(({ substitution: s }) => [
      { orgNumber: s.orgNumber, sub: s.appointer },
      { orgNumber: s.orgNumber, sub: s.substitute },
    ]),
  );

/** GET, POST /v1/substitutions and DELETE /v1/substitutions/{id} (R25). */
export function substitutionRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(listRoute, (c) => {
      const { limit, cursor } = c.req.valid("query");
      const caller = c.get("caller");
      const program = Effect.gen(function* () {
        const on = yield* today;
        const all = yield* listSubstitutions(caller.orgNumber, on);
        const page = yield* pageOfList(all, limit, cursor);
        const names = yield* namesOf(page.items);
        return ok(listRoute, 200, {
          items: page.items.map((stored) => present(stored, names, on)),
          nextCursor: page.nextCursor,
        });
      });
      return runToResponse(c, deps.runtime, program);
    })
    .openapi(appointRoute, (c) => {
      const body = c.req.valid("json");
      const caller = c.get("caller");
      // Appointing creates: there is no version an If-Match could name (D-38).
      if (parseIfMatch(c.req.header("if-match")) === "invalid")
        return sendProblem(c, invalidIfMatch());
      const program = Effect.gen(function* () {
        if (c.req.header("if-match") !== undefined)
          return yield* new VersionMismatch({
            expected: c.req.header("if-match") as string,
            current: null,
          });
        const on = yield* today;
        const people = [
          { orgNumber: caller.orgNumber, sub: caller.sub },
          { orgNumber: caller.orgNumber, sub: body.substitute },
        ];
        const names = yield* personNames(people);
        const stored = yield* appointSubstitution(
          caller.orgNumber,
          on,
          (current) => {
            const decided = decideAppointment(caller, body, current, on, randomUUID());
            return decided.ok
              ? Effect.succeed(decided.substitution)
              : Effect.fail(new RuleRefused({ violation: decided.violation }));
          },
          (made) => ok(appointRoute, 201, present(made, names, on), { etag: etag(made.version) }),
          c.get("idempotency"),
          yield* nowIso,
        );
        return stored;
      });
      return runToResponse(c, deps.runtime, program);
    })
    .openapi(revokeRoute, (c) => {
      const { id } = c.req.valid("param");
      const caller = c.get("caller");
      const ifMatch = parseIfMatch(c.req.header("if-match"));
      if (ifMatch === "invalid") return sendProblem(c, invalidIfMatch());
      const program = Effect.gen(function* () {
        const on = yield* today;
        yield* revokeSubstitution(caller.orgNumber, id, on, ifMatch, (substitution) => {
          const violation = checkRevocation(caller, substitution);
          return violation ? Effect.fail(new RuleRefused({ violation })) : Effect.void;
        });
        return { status: 204, body: null, headers: {} };
      });
      return runToResponse(c, deps.runtime, program);
    });
}
