import {
  type CalendarDate,
  isCalendarDate,
  type OrgNumber,
  parseOrgNumber,
} from "@samverkan/domain";
import * as z from "zod/mini";
import { _coercedNumber, NEVER } from "zod/v4/core";
import { component } from "../http/route";

// Request schemas are built here with zod/mini on the domain's own predicates, with the metadata
// (`z.meta`: examples, formats, descriptions) the OpenAPI document shows; `component` names the
// schemas it `$ref`s. The document is made from them only when asked for (http/openapi-document.ts).

/**
 * `z.coerce.number()`, made from zod's core: `z.coerce` and the names zod/mini re-exports from
 * its core (`z.config`, `z.NEVER`, `z.registry`) make esbuild put zod's JSON Schema generator in
 * the chunk every request loads, where only the OpenAPI document's chunk needs it.
 */
export const coercedNumber = /* @__NO_SIDE_EFFECTS__ */ () => _coercedNumber(z.ZodMiniNumber);

/** A calendar date in requests: `YYYY-MM-DD`, a real date. */
export const DateInput = /* @__PURE__ */ z
  .pipe(
    /* @__PURE__ */ z
      .string()
      .check(
        z.refine(isCalendarDate, { message: "must be a real calendar date written YYYY-MM-DD" }),
      ),
    /* @__PURE__ */ z.transform((value) => value as CalendarDate),
  )
  .check(z.meta({ type: "string", format: "date", example: "2026-11-30" }));

/** An organisation number in requests: with or without the dash, valid by Luhn (R2). */
export const OrgNumberInput = /* @__PURE__ */ z
  .pipe(
    /* @__PURE__ */ z.string(),
    /* @__PURE__ */ z.transform((input: string, context) => {
      const parsed = parseOrgNumber(input);
      if (parsed.ok) return parsed.value as OrgNumber;
      context.issues.push({ code: "custom", message: parsed.violation.message, input });
      return NEVER;
    }),
  )
  .check(
    z.meta({
      type: "string",
      example: "202100-2841",
      description: "NNNNNN-NNNN or NNNNNNNNNN (R2)",
    }),
  );

export const Id = /* @__PURE__ */ z
  .string()
  .check(z.minLength(1), z.maxLength(100), z.regex(/^[A-Za-z0-9_-]+$/))
  .check(z.meta({ example: "8f0c2b7e-6b1a-4a4e-9a55-0b7c2f3e1d2a" }));

export const LetterIdParam = /* @__PURE__ */ z.object({
  id: Id,
});

export const PageQuery = /* @__PURE__ */ z.object({
  limit: /* @__PURE__ */ z
    ._default(/* @__PURE__ */ coercedNumber().check(z.int(), z.minimum(1), z.maximum(200)), 50)
    .check(z.meta({ example: 50 })),
  cursor: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(z.maxLength(2000))),
});

/** A paginated list (api.md): `{ items, nextCursor }`. */
export const pageOf = <T extends z.ZodMiniType>(item: T) =>
  /* @__PURE__ */ z.object({
    items: /* @__PURE__ */ z.array(item),
    nextCursor: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  });

export const ProblemSchema = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    type: /* @__PURE__ */ z.string(),
    title: /* @__PURE__ */ z.string(),
    status: /* @__PURE__ */ z.int(),
    detail: /* @__PURE__ */ z.string(),
    code: /* @__PURE__ */ z.string(),
    rule: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    errors: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.array(
        /* @__PURE__ */ z.object({
          path: /* @__PURE__ */ z.string(),
          message: /* @__PURE__ */ z.string(),
        }),
      ),
    ),
  }),
  "Problem",
);

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ProblemSchema } },
});

/** The problem responses every authenticated route may give. */
export const problemResponses = {
  400: problem("Malformed or invalid input"),
  401: problem("No token, or a token that is not accepted"),
  403: problem("Authenticated, but not allowed"),
  404: problem("No such agreement or resource, or one the caller has no part in"),
  409: problem("A concurrent change or a duplicate"),
  412: problem("If-Match does not match the current version"),
  413: problem("Request body too large"),
  422: problem("Refused by a rule of the letter; `rule` names it"),
  415: problem("A body that is not application/json"),
  429: problem("Too many writes from the caller's organisation; retry after Retry-After seconds"),
  503: problem("Storage temporarily unavailable; retry after Retry-After seconds"),
  // Declared without a schema on purpose: handlers then return plain Responses, which they build
  // in one place (run-effect.ts) for success and problems alike.
  500: { description: "Unexpected error, as application/problem+json with the request id" },
};

/** A JSON body. */
export const jsonBody = <T extends z.ZodMiniType>(schema: T, required = true) => ({
  required,
  content: { "application/json": { schema } },
});

/** A JSON response. */
export const jsonResponse = <T extends z.ZodMiniType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** Every route under /v1 takes a bearer token (api.md). */
export const bearerSecurity = [{ bearer: [] }];

/** `?asOf=YYYY-MM-DD`: the day a view is as of; today in Europe/Stockholm when omitted (D-21). */
export const AsOfQuery = /* @__PURE__ */ z.object({
  asOf: /* @__PURE__ */ z.optional(DateInput).check(
    z.meta({
      description: "Today in Europe/Stockholm when omitted; within 10 years of the letter's start",
    }),
  ),
});
