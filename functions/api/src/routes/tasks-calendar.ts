import { createFeed, dueItemsPage, listFeeds, nowIso, readFeed, revokeFeed } from "@samverkan/core";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import type { Context } from "hono";
import * as z from "zod/mini";
import type { AppDeps } from "../http/app-deps";
import type { AppEnv } from "../http/caller";
import { problemOf, sendProblem } from "../http/problem";
import { component, createRoute } from "../http/route";
import { newRouter } from "../http/router";
import { ok, runToResponse, type StoredResponse } from "../http/run-effect";
import { bearerSecurity, Id, jsonResponse, pageOf, problemResponses } from "../schemas/common";
import {
  FEED_TOKEN,
  feedIdOf,
  feedMaker,
  feedPrecondition,
  newFeedToken,
} from "./calendar-feed-access";
import { visibleTo } from "./tasks";

// D-48: a calendar of everything an organisation has due across its letters, for a person with
// a token and, through a secret feed URL, for calendar apps (D-36's feeds with the organisation
// as their scope). Bounded: the first `MAX_ORGANISATION_CALENDAR_EVENTS` tasks by due date.

/** D-48: at most this many events in an organisation's calendar (its earliest due tasks). */
export const MAX_ORGANISATION_CALENDAR_EVENTS = 500;
const READ_PAGE = 250;

const loadWriter = () => import("./tasks-ics");
const scopeOf = (orgNumber: string) => keys.organisationFeedScope(orgNumber);

const FeedView = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    id: /* @__PURE__ */ z.string(),
    url: /* @__PURE__ */ z.string(),
    createdAt: /* @__PURE__ */ z.string(),
  }),
  "OrganisationCalendarFeed",
);
const FeedSummary = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    id: /* @__PURE__ */ z.string(),
    createdBy: /* @__PURE__ */ z.string(),
    createdAt: /* @__PURE__ */ z.string(),
  }),
  "OrganisationCalendarFeedSummary",
);

const calendarRoute = createRoute({
  method: "get",
  path: "/v1/tasks/calendar.ics",
  tags: ["Follow-up"],
  summary: `Everything the caller's organisation has due across its letters as iCalendar: its first ${MAX_ORGANISATION_CALENDAR_EVENTS} tasks by due date (D-48)`,
  security: bearerSecurity,
  responses: { 200: { description: "text/calendar" }, ...problemResponses },
});
const createFeedRoute = createRoute({
  method: "post",
  path: "/v1/tasks/calendar-feeds",
  tags: ["Follow-up"],
  summary:
    "A personal secret feed URL of the organisation's calendar across its letters; revocable; the same limits as a letter's feeds (D-36, D-48)",
  security: bearerSecurity,
  responses: {
    201: jsonResponse(FeedView, "The feed; its URL is the secret"),
    ...problemResponses,
  },
});
const listFeedsRoute = createRoute({
  method: "get",
  path: "/v1/tasks/calendar-feeds",
  tags: ["Follow-up"],
  summary:
    "The organisation calendar feeds the caller may revoke, without their secrets: a coordinator's organisation's, anyone else's own",
  security: bearerSecurity,
  responses: { 200: jsonResponse(pageOf(FeedSummary), "The feeds"), ...problemResponses },
});
const revokeFeedRoute = createRoute({
  method: "delete",
  path: "/v1/tasks/calendar-feeds/{feedId}",
  tags: ["Follow-up"],
  summary: "Revoke an organisation calendar feed URL: its maker, or a coordinator",
  security: bearerSecurity,
  request: { params: /* @__PURE__ */ z.object({ feedId: Id }) },
  responses: { 204: { description: "Revoked" }, ...problemResponses },
});

/** The organisation's earliest due tasks it may still see, at most the calendar's bound. */
const organisationTasks = (orgNumber: string) =>
  Effect.gen(function* () {
    const items: Record<string, unknown>[] = [];
    let cursor: string | undefined;
    do {
      const page = yield* dueItemsPage(orgNumber, { limit: READ_PAGE, cursor });
      items.push(...(yield* visibleTo(orgNumber, page.items)));
      cursor = page.nextCursor ?? undefined;
    } while (cursor && items.length < MAX_ORGANISATION_CALENDAR_EVENTS);
    return items.slice(0, MAX_ORGANISATION_CALENDAR_EVENTS);
  });

async function sendCalendar(c: Context<AppEnv>, deps: AppDeps, orgNumber: string) {
  const exit = await deps.runtime.runPromiseExit(
    Effect.gen(function* () {
      const tasks = yield* organisationTasks(orgNumber);
      const { organisationCalendar } = yield* Effect.promise(loadWriter);
      return organisationCalendar(
        "Samverkan",
        tasks.map((item) => ({
          letterId: item.letterId as string,
          letterTitle: item.letterTitle as string,
          itemId: item.itemId as string,
          kind: item.kind as string,
          rule: item.rule as string,
          clause: item.clause as string,
          dueOn: item.dueOn as string,
          ...(typeof item.about === "string" ? { about: item.about } : {}),
        })),
      );
    }),
  );
  if (exit._tag === "Success")
    return c.body(exit.value, 200, {
      "content-type": "text/calendar; charset=utf-8",
      "cache-control": "private, max-age=300",
    });
  return runToResponse(c, deps.runtime, Effect.failCause(exit.cause));
}

/** The organisation's calendar across its letters, and its feeds (D-48). */
export function taskCalendarRoutes(deps: AppDeps) {
  const app = newRouter();
  app.openapi(calendarRoute, (c) => sendCalendar(c, deps, c.get("caller").orgNumber));

  app.openapi(listFeedsRoute, (c) => {
    const caller = c.get("caller");
    const program = Effect.gen(function* () {
      return ok(listFeedsRoute, 200, {
        items: yield* listFeeds(scopeOf(caller.orgNumber), feedMaker(caller)),
        nextCursor: null,
      });
    });
    return runToResponse(c, deps.runtime, program);
  });

  app.openapi(createFeedRoute, (c) => {
    const refused = feedPrecondition(c, true);
    if (refused) return refused;
    const caller = c.get("caller");
    const token = newFeedToken();
    const program = Effect.gen(function* () {
      const createdAt = yield* nowIso;
      const reply = ok(createFeedRoute, 201, {
        id: feedIdOf(token),
        url: `/feeds/organisation/${caller.orgNumber}/${token}/calendar.ics`,
        createdAt,
      });
      const idempotency = c.get("idempotency");
      const stored = yield* createFeed(
        scopeOf(caller.orgNumber),
        feedIdOf(token),
        feedMaker(caller),
        createdAt,
        idempotency ? { ...idempotency, reply } : undefined,
      );
      return (stored as StoredResponse | undefined) ?? reply;
    });
    return runToResponse(c, deps.runtime, program);
  });

  app.openapi(revokeFeedRoute, (c) => {
    const refused = feedPrecondition(c, false);
    if (refused) return refused;
    const { feedId } = c.req.valid("param");
    const caller = c.get("caller");
    const program = Effect.gen(function* () {
      yield* revokeFeed(scopeOf(caller.orgNumber), feedId, feedMaker(caller));
      return { status: 204, body: null, headers: {} };
    });
    return runToResponse(c, deps.runtime, program);
  });

  // Public: the secret in the URL is the credential; the feed shows what its organisation sees now.
  app.get("/feeds/organisation/:org/:token/calendar.ics", async (c) => {
    const { org, token } = c.req.param();
    const notFound = () =>
      sendProblem(c, problemOf(404, "feed-not-found", "No such calendar feed"));
    if (!FEED_TOKEN.test(token) || !/^[0-9-]{10,11}$/.test(org)) return notFound();
    const exit = await deps.runtime.runPromiseExit(readFeed(scopeOf(org), feedIdOf(token)));
    if (exit._tag === "Failure")
      return runToResponse(c, deps.runtime, Effect.failCause(exit.cause));
    if (!exit.value || exit.value.orgNumber !== org) return notFound();
    return sendCalendar(c as unknown as Context<AppEnv>, deps, org);
  });
  return app;
}
