import {
  createFeed,
  listFeeds,
  nowIso,
  readFeed,
  readVisibleLetter,
  revokeFeed,
  today,
} from "@samverkan/core";
import * as Effect from "effect/Effect";
import type { Context } from "hono";
import * as z from "zod/mini";
import type { AppDeps } from "../http/app-deps";
import type { AppEnv } from "../http/caller";
import { problemOf, sendProblem } from "../http/problem";
import { component, createRoute } from "../http/route";
import { newRouter } from "../http/router";
import { ok, runToResponse, type StoredResponse } from "../http/run-effect";
import {
  bearerSecurity,
  Id,
  jsonResponse,
  LetterIdParam,
  pageOf,
  problemResponses,
} from "../schemas/common";
import {
  FEED_TOKEN,
  feedIdOf,
  feedMaker,
  feedPrecondition,
  newFeedToken,
} from "./calendar-feed-access";

/**
 * The iCalendar writer (ical-generator, ~36 KB) is loaded on the first calendar request only, so
 * the API's cold start does not pay for it (a chunk of its own in the Lambda bundle).
 */
const loadCalendarWriter = () => import("./calendar-ics");

const FeedParams = /* @__PURE__ */ z.extend(LetterIdParam, {
  feedId: Id,
});
const FeedView = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    id: /* @__PURE__ */ z.string(),
    url: /* @__PURE__ */ z.string(),
    createdAt: /* @__PURE__ */ z.string(),
  }),
  "CalendarFeed",
);

const calendarRoute = createRoute({
  method: "get",
  path: "/v1/agreements/{id}/calendar.ics",
  tags: ["Follow-up"],
  summary: "Dialogs and obligation due dates as iCalendar",
  security: bearerSecurity,
  request: { params: LetterIdParam },
  responses: { 200: { description: "text/calendar" }, ...problemResponses },
});
const createFeedRoute = createRoute({
  method: "post",
  path: "/v1/agreements/{id}/calendar-feeds",
  tags: ["Follow-up"],
  summary:
    "A personal secret calendar feed URL for calendar apps, which send no headers; revocable. At most 3 per person and 10 per organisation, the last 3 of which only coordinators may take (D-36)",
  security: bearerSecurity,
  request: { params: LetterIdParam },
  responses: {
    201: jsonResponse(FeedView, "The feed; its URL is the secret"),
    ...problemResponses,
  },
});
const FeedSummary = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    id: /* @__PURE__ */ z.string(),
    createdBy: /* @__PURE__ */ z.string(),
    createdAt: /* @__PURE__ */ z.string(),
  }),
  "CalendarFeedSummary",
);
const listFeedsRoute = createRoute({
  method: "get",
  path: "/v1/agreements/{id}/calendar-feeds",
  tags: ["Follow-up"],
  summary:
    "The calendar feeds of the letter the caller may revoke, without their secrets: a coordinator's organisation's, anyone else's own",
  security: bearerSecurity,
  request: { params: LetterIdParam },
  responses: { 200: jsonResponse(pageOf(FeedSummary), "The feeds"), ...problemResponses },
});
const revokeFeedRoute = createRoute({
  method: "delete",
  path: "/v1/agreements/{id}/calendar-feeds/{feedId}",
  tags: ["Follow-up"],
  summary:
    "Revoke a calendar feed URL: the person who made it, or a coordinator of its organisation",
  security: bearerSecurity,
  request: { params: FeedParams },
  responses: { 204: { description: "Revoked" }, ...problemResponses },
});

const ics = (body: string) => ({
  status: 200,
  body,
  // A calendar app polls the feed: it may keep it five minutes, but no shared cache may.
  headers: {
    "content-type": "text/calendar; charset=utf-8",
    "cache-control": "private, max-age=300",
  },
});

async function sendCalendar(c: Context<AppEnv>, deps: AppDeps, id: string, orgNumber: string) {
  const exit = await deps.runtime.runPromiseExit(
    Effect.gen(function* () {
      const head = yield* readVisibleLetter(id, { orgNumber });
      const { letterCalendar } = yield* Effect.promise(loadCalendarWriter);
      return letterCalendar(head.letter, yield* today);
    }),
  );
  if (exit._tag === "Success") return c.body(exit.value, 200, ics(exit.value).headers);
  return runToResponse(c, deps.runtime, Effect.failCause(exit.cause));
}

/** The calendar of a letter, for callers with a token and for calendar apps with a feed URL. */
export function calendarRoutes(deps: AppDeps) {
  const app = newRouter();
  app.openapi(calendarRoute, (c) =>
    sendCalendar(c, deps, c.req.valid("param").id, c.get("caller").orgNumber),
  );

  app.openapi(listFeedsRoute, (c) => {
    const { id } = c.req.valid("param");
    const caller = c.get("caller");
    const program = Effect.gen(function* () {
      yield* readVisibleLetter(id, caller);
      return ok(listFeedsRoute, 200, {
        items: yield* listFeeds(id, feedMaker(caller)),
        nextCursor: null,
      });
    });
    return runToResponse(c, deps.runtime, program);
  });

  app.openapi(createFeedRoute, (c) => {
    const refused = feedPrecondition(c, true);
    if (refused) return refused;
    const { id } = c.req.valid("param");
    const caller = c.get("caller");
    const token = newFeedToken();
    const program = Effect.gen(function* () {
      yield* readVisibleLetter(id, caller);
      const createdAt = yield* nowIso;
      const reply = ok(createFeedRoute, 201, {
        id: feedIdOf(token),
        url: `/feeds/${id}/${token}/calendar.ics`,
        createdAt,
      });
      // The reply is kept for the Idempotency-Key (24 hours), so a retry gets the same URL.
      const idempotency = c.get("idempotency");
      const stored = yield* createFeed(
        id,
        feedIdOf(token),
        feedMaker(caller),
        createdAt,
        idempotency ? { ...idempotency, reply } : undefined,
      );
      // With an Idempotency-Key, the reply of whichever request made the feed first.
      return (stored as StoredResponse | undefined) ?? reply;
    });
    return runToResponse(c, deps.runtime, program);
  });

  app.openapi(revokeFeedRoute, (c) => {
    const refused = feedPrecondition(c, false);
    if (refused) return refused;
    const { id, feedId } = c.req.valid("param");
    const caller = c.get("caller");
    const program = Effect.gen(function* () {
      yield* readVisibleLetter(id, caller);
      yield* revokeFeed(id, feedId, feedMaker(caller));
      return { status: 204, body: null, headers: {} };
    });
    return runToResponse(c, deps.runtime, program);
  });

  // Public: the secret in the URL is the credential. Its organisation must still see the letter.
  app.get("/feeds/:id/:token/calendar.ics", async (c) => {
    const { id, token } = c.req.param();
    if (!FEED_TOKEN.test(token) || !/^[A-Za-z0-9_-]{1,100}$/.test(id)) {
      return sendProblem(c, problemOf(404, "feed-not-found", "No such calendar feed"));
    }
    const exit = await deps.runtime.runPromiseExit(readFeed(id, feedIdOf(token)));
    if (exit._tag === "Failure")
      return runToResponse(c, deps.runtime, Effect.failCause(exit.cause));
    if (!exit.value)
      return sendProblem(c, problemOf(404, "feed-not-found", "No such calendar feed"));
    return sendCalendar(c as unknown as Context<AppEnv>, deps, id, exit.value.orgNumber);
  });
  return app;
}
