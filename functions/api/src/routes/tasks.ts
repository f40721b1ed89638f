import { dueItemsPage, membershipCounts, readItems, today } from "@samverkan/core";
import { type DueItemStatus, dueItemStatus, RULE_IDS } from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import * as z from "zod/mini";
import type { AppDeps } from "../http/app-deps";
import { component, createRoute } from "../http/route";
import { newRouter } from "../http/router";
import { ok, runToResponse } from "../http/run-effect";
import {
  bearerSecurity,
  coercedNumber,
  DateInput,
  Id,
  jsonResponse,
  pageOf,
  problemResponses,
} from "../schemas/common";

/** D-48: at most this many tasks a page; each page is one Query that reads at most this many items. */
export const MAX_TASKS_PAGE = 100;

const TasksQuery = /* @__PURE__ */ z.object({
  limit: /* @__PURE__ */ z
    ._default(
      /* @__PURE__ */ coercedNumber().check(z.int(), z.minimum(1), z.maximum(MAX_TASKS_PAGE)),
      50,
    )
    .check(z.meta({ example: 50 })),
  cursor: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(z.maxLength(2000))),
  letter: /* @__PURE__ */ z.optional(Id).check(z.meta({ description: "Only this letter's tasks" })),
  rule: /* @__PURE__ */ z
    .optional(/* @__PURE__ */ z.enum(RULE_IDS))
    .check(z.meta({ description: "Only tasks under this rule" })),
  dueBefore: /* @__PURE__ */ z
    .optional(DateInput)
    .check(z.meta({ description: "Only tasks due before this day" })),
  for: /* @__PURE__ */ z._default(/* @__PURE__ */ z.enum(["me", "organisation"]), "me").check(
    z.meta({
      description:
        "`me`: what the caller's roles act on (a coordinator's duties, a signatory's signatures); `organisation`: everything the organisation owes",
    }),
  ),
});

const TaskView = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    id: /* @__PURE__ */ z.string(),
    letter: /* @__PURE__ */ z.object({
      id: /* @__PURE__ */ z.string(),
      title: /* @__PURE__ */ z.string(),
    }),
    kind: /* @__PURE__ */ z.enum([
      "dialog-basis",
      "half-year-dialog",
      "annual-needs-review",
      "structure-review",
      "funding-application-submission",
      "letter-signature",
      "special-agreement-signature",
    ]),
    rule: /* @__PURE__ */ z.enum(RULE_IDS),
    clause: /* @__PURE__ */ z.string(),
    dueOn: /* @__PURE__ */ z.string().check(z.meta({ format: "date" })),
    status: /* @__PURE__ */ z.enum(["overdue", "due-soon", "upcoming"]),
    role: /* @__PURE__ */ z.enum(["coordinator", "signatory"]),
    action: /* @__PURE__ */ z
      .string()
      .check(
        z.meta({ description: "The workspace page where it is done", example: "/avtal/…/behov" }),
      ),
    about: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  }),
  "Task",
);

const tasksRoute = createRoute({
  method: "get",
  path: "/v1/tasks",
  tags: ["Agreements"],
  summary:
    "Everything due for the caller across every letter their organisation takes part in, earliest due (overdue) first (D-48)",
  security: bearerSecurity,
  request: { query: TasksQuery },
  responses: {
    200: jsonResponse(pageOf(TaskView), "A page of tasks"),
    ...problemResponses,
  },
});

/**
 * Deny by default: an index entry shows only while the organisation may still see its letter (its
 * membership item), so a letter it left never shows, even before the index follows. One
 * BatchGetItem for the distinct letters of what was read.
 */
export const visibleTo = (orgNumber: string, items: readonly Record<string, unknown>[]) =>
  Effect.gen(function* () {
    const letterIds = [...new Set(items.map((item) => item.letterId as string))];
    const membershipOf = yield* readItems(
      letterIds.map((id) => keys.membership(orgNumber, id)),
      false,
    );
    const visible = new Set(
      letterIds.filter((id) => {
        const membership = membershipOf(keys.membership(orgNumber, id));
        return membership !== undefined && membershipCounts(membership);
      }),
    );
    return items.filter((item) => visible.has(item.letterId as string));
  });

type TaskKind = z.infer<typeof TaskView>["kind"];
type TaskRule = z.infer<typeof TaskView>["rule"];
type TaskRole = z.infer<typeof TaskView>["role"];

/** GET /v1/tasks: one page of the caller's organisation's due-items index (D-48). */
export function taskRoutes(deps: AppDeps) {
  return newRouter().openapi(tasksRoute, (c) => {
    const query = c.req.valid("query");
    const caller = c.get("caller");
    const program = Effect.gen(function* () {
      const page = yield* dueItemsPage(caller.orgNumber, {
        limit: query.limit,
        cursor: query.cursor,
        letterId: query.letter,
        rule: query.rule,
        dueBefore: query.dueBefore,
        roles: query.for === "me" ? caller.roles : undefined,
      });
      const visible = yield* visibleTo(caller.orgNumber, page.items);
      const on = yield* today;
      const items = visible.map((item) => ({
        id: item.itemId as string,
        letter: { id: item.letterId as string, title: item.letterTitle as string },
        kind: item.kind as TaskKind,
        rule: item.rule as TaskRule,
        clause: item.clause as string,
        dueOn: item.dueOn as string,
        status: dueItemStatus(item.dueOn as never, on) satisfies DueItemStatus,
        role: item.role as TaskRole,
        action: item.action as string,
        ...(typeof item.about === "string" ? { about: item.about } : {}),
      }));
      return ok(tasksRoute, 200, { items, nextCursor: page.nextCursor });
    });
    return runToResponse(c, deps.runtime, program);
  });
}
