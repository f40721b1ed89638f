import {
  type DeletionDecision,
  erasePerson,
  exportPerson,
  InputOutOfRange,
  ItemNotFound,
  MAX_EXPORT_EVENTS,
  NotAllowed,
  nowIso,
  personIdOf,
  readPerson,
  today,
  VersionMismatch,
} from "@samverkan/core";
import * as Effect from "effect/Effect";
import * as z from "zod/mini";
import type { AppDeps } from "../http/app-deps";
import type { Caller } from "../http/caller";
import { problemOf, sendProblem } from "../http/problem";
import { etag, invalidIfMatch, parseIfMatch } from "../http/request-context";
import { component, createRoute } from "../http/route";
import { newRouter } from "../http/router";
import { ok, runToResponse } from "../http/run-effect";
import {
  bearerSecurity,
  DateInput,
  jsonBody,
  jsonResponse,
  problemResponses,
} from "../schemas/common";

// A person's data: its export (GDPR art. 15) and its erasure under a deletion decision
// (gallringsbeslut; issue #22 item 4; D-59, D-60). Who may ask (D-60): the export, the person
// themself or a coordinator of their organisation; the erasure, a coordinator of their
// organisation only. Anyone else learns nothing, not even that the person exists (404).

const PersonIdParam = /* @__PURE__ */ z.object({
  personId: /* @__PURE__ */ z
    .string()
    .check(z.regex(/^[A-Za-z0-9_-]{22}$/, { message: "a person id of 22 characters" }))
    .check(z.meta({ description: "The person's opaque id (`id` of a signer or an actor)" })),
});

/** The most addresses one erasure names (contact entries at them are removed). */
export const MAX_ERASURE_ADDRESSES = 10;

const ErasureBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    decision: /* @__PURE__ */ z.strictObject({
      reference: /* @__PURE__ */ z
        .string()
        .check(z.trim(), z.minLength(1), z.maxLength(100))
        .check(z.meta({ description: "The decision's registry reference (diarienummer)" })),
      decidedOn: DateInput,
    }),
    addresses: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z
        .array(/* @__PURE__ */ z.email().check(z.maxLength(254)))
        .check(z.maxLength(MAX_ERASURE_ADDRESSES))
        .check(
          z.meta({
            description:
              "E-mail addresses of the person: contact entries at them are removed from every list of the organisation's letters",
          }),
        ),
    ),
  }),
  "ErasureRequest",
);

const DecisionView = /* @__PURE__ */ z.object({
  reference: /* @__PURE__ */ z.string(),
  decidedOn: /* @__PURE__ */ z.string(),
  recordedAt: /* @__PURE__ */ z.string(),
});

const ErasureView = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    personId: /* @__PURE__ */ z.string(),
    alreadyErased: /* @__PURE__ */ z
      .boolean()
      .check(
        z.meta({ description: "True when an earlier decision erased the person: nothing done" }),
      ),
    decision: /* @__PURE__ */ z.extend(DecisionView, {
      recordedBy: /* @__PURE__ */ z
        .string()
        .check(z.meta({ description: "The person id of the coordinator who recorded it" })),
    }),
    removed: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.int()),
  }),
  "Erasure",
);

const ExportView = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    personId: /* @__PURE__ */ z.string(),
    orgNumber: /* @__PURE__ */ z.string(),
    directory: /* @__PURE__ */ z.nullable(
      /* @__PURE__ */ z.object({
        name: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
        updatedAt: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
        erased: /* @__PURE__ */ z.boolean(),
      }),
    ),
    erasure: /* @__PURE__ */ z.nullable(DecisionView),
    key: /* @__PURE__ */ z
      .nullable(/* @__PURE__ */ z.object({ createdAt: /* @__PURE__ */ z.string() }))
      .check(z.meta({ description: "That a key seals their name in events (never the key)" })),
    contacts: /* @__PURE__ */ z.array(
      /* @__PURE__ */ z.object({
        letterId: /* @__PURE__ */ z.string(),
        listOf: /* @__PURE__ */ z.string(),
        name: /* @__PURE__ */ z.string(),
        email: /* @__PURE__ */ z.string(),
        roles: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
        language: /* @__PURE__ */ z.string(),
      }),
    ),
    acts: /* @__PURE__ */ z.array(
      /* @__PURE__ */ z.object({
        letterId: /* @__PURE__ */ z.string(),
        sequence: /* @__PURE__ */ z.int(),
        type: /* @__PURE__ */ z.string(),
        recordedAt: /* @__PURE__ */ z.string(),
        as: /* @__PURE__ */ z.enum(["actor", "signer"]),
        nameRecorded: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
      }),
    ),
    eventsRead: /* @__PURE__ */ z.int(),
    complete: /* @__PURE__ */ z.boolean().check(
      z.meta({
        description: `False when the organisation's trails hold more than ${MAX_EXPORT_EVENTS} events: the acts are those of the events read`,
      }),
    ),
  }),
  "PersonExport",
);

const exportRoute = createRoute({
  method: "get",
  path: "/v1/people/{personId}/export",
  tags: ["People"],
  summary:
    "Everything kept about a person (GDPR art. 15): the person themself, or a coordinator of their organisation (D-60)",
  security: bearerSecurity,
  request: { params: PersonIdParam },
  responses: {
    200: jsonResponse(ExportView, "The person's data; ETag: the directory entry's version"),
    ...problemResponses,
  },
});

const erasureRoute = createRoute({
  method: "post",
  path: "/v1/people/{personId}/erasure",
  tags: ["People"],
  summary:
    "Erase a person under a deletion decision (gallringsbeslut): a coordinator of their organisation, If-Match required (D-59)",
  security: bearerSecurity,
  request: { params: PersonIdParam, body: jsonBody(ErasureBody) },
  responses: {
    200: jsonResponse(ErasureView, "Erased now, or already erased by an earlier decision"),
    ...problemResponses,
    428: {
      description: "If-Match is required: the export's ETag, or *",
      content: problemResponses[412].content,
    },
  },
});

const notFound = (personId: string) => new ItemNotFound({ kind: "person", id: personId });

/**
 * The person and their organisation, when the caller may act on them: themself (`self`), or a
 * coordinator of their organisation. Anyone else: 404, as for a person nobody knows.
 */
const personFor = (personId: string, caller: Caller, self: boolean) =>
  Effect.gen(function* () {
    const person = yield* readPerson(personId);
    const isSelf = personIdOf(caller) === personId;
    const orgNumber = person?.orgNumber ?? (isSelf ? caller.orgNumber : undefined);
    if (!orgNumber || orgNumber !== caller.orgNumber) return yield* notFound(personId);
    if (!(self && isSelf) && !caller.roles.includes("coordinator"))
      return yield* new NotAllowed({
        code: "not-a-coordinator",
        message: self
          ? "Only the person themself or a coordinator of their organisation may see their data"
          : "Only a coordinator of the person's organisation may erase them",
      });
    return { person, orgNumber };
  });

/** GET …/export and POST …/erasure of a person (issue #22 item 4). */
export function peopleRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(exportRoute, (c) => {
      const { personId } = c.req.valid("param");
      const caller = c.get("caller");
      const program = Effect.gen(function* () {
        const { orgNumber } = yield* personFor(personId, caller, true);
        const data = yield* exportPerson(personId, orgNumber, [], deps.maxExportEvents);
        const { version, ...body } = data;
        return ok(exportRoute, 200, body, { etag: etag(version) });
      });
      return runToResponse(c, deps.runtime, program);
    })
    .openapi(erasureRoute, (c) => {
      const { personId } = c.req.valid("param");
      const body = c.req.valid("json");
      const caller = c.get("caller");
      const ifMatch = parseIfMatch(c.req.header("if-match"));
      if (ifMatch === "invalid") return sendProblem(c, invalidIfMatch());
      if (ifMatch === undefined)
        return sendProblem(
          c,
          problemOf(
            428,
            "if-match-required",
            "An erasure cannot be undone: send If-Match with the ETag of the person's export, or *",
          ),
        );
      const program = Effect.gen(function* () {
        const { person, orgNumber } = yield* personFor(personId, caller, false);
        const version = person?.version ?? 0;
        const matches = ifMatch === "*" ? person !== null : ifMatch.includes(String(version));
        if (!matches && !person?.erased)
          return yield* new VersionMismatch({
            expected: ifMatch === "*" ? "*" : ifMatch.join(", "),
            current: person ? version : null,
          });
        const on = yield* today;
        if (body.decision.decidedOn > on)
          return yield* new InputOutOfRange({
            code: "decision-after-today",
            message: "A deletion decision cannot be dated after today",
          });
        const decision: DeletionDecision = {
          reference: body.decision.reference,
          decidedOn: body.decision.decidedOn,
          recordedBy: personIdOf(caller),
          recordedAt: yield* nowIso,
        };
        const done = yield* erasePerson(
          { personId, orgNumber, name: person?.name ?? null, addresses: body.addresses ?? [] },
          decision,
          version,
        );
        return ok(erasureRoute, 200, {
          personId,
          alreadyErased: done.alreadyErased,
          decision: {
            reference: done.decision.reference,
            decidedOn: done.decision.decidedOn,
            recordedAt: done.decision.recordedAt,
            recordedBy: done.decision.recordedBy,
          },
          removed: done.decision.removed,
        });
      });
      return runToResponse(c, deps.runtime, program);
    });
}
