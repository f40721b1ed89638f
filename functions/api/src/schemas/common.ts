import { z } from "@hono/zod-openapi";
import {
  type CalendarDate,
  isCalendarDate,
  type OrgNumber,
  parseOrgNumber,
} from "@samverkan/domain";

// Request schemas are built here with the OpenAPI-extended `z` on the domain's own predicates:
// zod 4 attaches `.openapi()` to schemas when they are made, so the domain's schemas (made
// before the extension may have loaded) cannot carry OpenAPI metadata themselves.

/** A calendar date in requests: `YYYY-MM-DD`, a real date. */
export const DateInput = z
  .string()
  .refine(isCalendarDate, { message: "must be a real calendar date written YYYY-MM-DD" })
  .transform((value) => value as CalendarDate)
  .openapi({ type: "string", format: "date", example: "2026-11-30" });

/** An organisation number in requests: with or without the dash, valid by Luhn (R2). */
export const OrgNumberInput = z
  .string()
  .transform((input, context) => {
    const parsed = parseOrgNumber(input);
    if (parsed.ok) return parsed.value as OrgNumber;
    context.addIssue({ code: "custom", message: parsed.violation.message });
    return z.NEVER;
  })
  .openapi({
    type: "string",
    example: "202100-2841",
    description: "NNNNNN-NNNN or NNNNNNNNNN (R2)",
  });

export const Id = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/)
  .openapi({ example: "8f0c2b7e-6b1a-4a4e-9a55-0b7c2f3e1d2a" });

export const LetterIdParam = z.object({ id: Id.openapi({ param: { name: "id", in: "path" } }) });

export const PageQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .openapi({ param: { name: "limit", in: "query" }, example: 50 }),
  cursor: z
    .string()
    .max(2000)
    .optional()
    .openapi({ param: { name: "cursor", in: "query" } }),
});

/** A paginated list (api.md): `{ items, nextCursor }`. */
export const pageOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    rule: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi("Problem");

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
  503: problem("Storage temporarily unavailable; retry after Retry-After seconds"),
  // Declared without a schema on purpose: handlers then return plain Responses, which they build
  // in one place (run-effect.ts) for success and problems alike.
  500: { description: "Unexpected error, as application/problem+json with the request id" },
};

/** A JSON body. */
export const jsonBody = <T extends z.ZodTypeAny>(schema: T, required = true) => ({
  required,
  content: { "application/json": { schema } },
});

/** A JSON response. */
export const jsonResponse = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** Every route under /v1 takes a bearer token (api.md). */
export const bearerSecurity = [{ bearer: [] }];

/** `?asOf=YYYY-MM-DD`: the day a view is as of; today in Europe/Stockholm when omitted (D-21). */
export const AsOfQuery = z.object({
  asOf: DateInput.optional().openapi({
    param: { name: "asOf", in: "query" },
    description: "Today in Europe/Stockholm when omitted; within 10 years of the letter's start",
  }),
});
