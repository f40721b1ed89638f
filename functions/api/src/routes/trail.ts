import {
  type EventActor,
  queryLetterItems,
  readVisibleLetter,
  snapshotOf,
  stockholmDate,
  today,
  withinAsOfRange,
} from "@samverkan/core";
import { type FundingApplication, lateRecordOf, obligationsOfLetter } from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import * as z from "zod/mini";
import type { AppDeps } from "../http/app-deps";
import { actorView, eventDataView, namesOfEvents } from "../http/people";
import { createRoute } from "../http/route";
import { newRouter } from "../http/router";
import { ok, runToResponse } from "../http/run-effect";
import {
  bearerSecurity,
  DateInput,
  jsonResponse,
  LetterIdParam,
  PageQuery,
  pageOf,
  problemResponses,
} from "../schemas/common";
import { EventView, NotificationView, ObligationView } from "../schemas/views";
import { pageOfList } from "./list-page";

const ObligationsQuery = /* @__PURE__ */ z.extend(PageQuery, {
  asOf: /* @__PURE__ */ z.optional(DateInput).check(
    z.meta({
      description: "Today in Europe/Stockholm when omitted",
    }),
  ),
});

const obligationsRoute = createRoute({
  method: "get",
  path: "/v1/agreements/{id}/obligations",
  tags: ["Follow-up"],
  summary: "Dated obligations as of a date, with rule, due date and status (R21)",
  security: bearerSecurity,
  request: { params: LetterIdParam, query: ObligationsQuery },
  responses: {
    200: jsonResponse(
      /* @__PURE__ */ z.extend(pageOf(ObligationView), { asOf: /* @__PURE__ */ z.string() }),
      "Obligations by due date",
    ),
    ...problemResponses,
  },
});
const eventsRoute = createRoute({
  method: "get",
  path: "/v1/agreements/{id}/events",
  tags: ["Follow-up"],
  summary: "The audit trail: who did what, when, in order",
  security: bearerSecurity,
  request: { params: LetterIdParam, query: PageQuery },
  responses: {
    200: jsonResponse(pageOf(EventView), "A page of events, oldest first"),
    ...problemResponses,
  },
});
const notificationsRoute = createRoute({
  method: "get",
  path: "/v1/agreements/{id}/notifications",
  tags: ["Follow-up"],
  summary:
    "Reminders and alerts of the scheduled run (R22), each with whom it reached or that it was not delivered (D-30)",
  security: bearerSecurity,
  request: { params: LetterIdParam, query: PageQuery },
  responses: {
    200: jsonResponse(pageOf(NotificationView), "A page of notifications"),
    ...problemResponses,
  },
});

/**
 * How many funding applications' deadlines the obligations view reads. Their obligations are
 * computed per request, so the view reads a bounded number; applications beyond it are listed
 * under …/funding-applications (docs/architecture.md states the bound).
 */
const FUNDING_IN_OBLIGATIONS = 200;

/** An event as the store keeps it (packages/core's append): what the audit trail shows. */
interface StoredEvent {
  readonly sequence: number;
  readonly aggregate: string;
  readonly type: string;
  /** The event's data, as JSON. */
  readonly data: string;
  readonly actor?: EventActor;
  readonly recordedAt: string;
  readonly requestId: string;
}

/** A notification as the scheduler and the mailer keep it; `delivery` is the view's once delivered. */
type StoredNotification = Omit<z.output<typeof NotificationView>, "delivery"> & {
  readonly status: string;
  readonly delivery?: z.output<typeof NotificationView>["delivery"] | "single" | null;
};

/** D-32: a stored event's fact, when recorded more than 14 days after its date: both dates. */
const recordedLateOf = (item: StoredEvent) =>
  lateRecordOf(JSON.parse(item.data), stockholmDate(Date.parse(item.recordedAt)));

/** Obligations, the audit trail and notifications. */
export function trailRoutes(deps: AppDeps) {
  const app = newRouter();
  app.openapi(obligationsRoute, (c) => {
    const { id } = c.req.valid("param");
    const { asOf, limit, cursor } = c.req.valid("query");
    const caller = c.get("caller");
    const program = Effect.gen(function* () {
      const head = yield* readVisibleLetter(id, caller);
      const on = yield* withinAsOfRange(head.letter, asOf ?? (yield* today));
      const funding = yield* queryLetterItems(id, keys.fundingPrefix, FUNDING_IN_OBLIGATIONS);
      const applications = funding.items.map(
        (item) => snapshotOf<FundingApplication>(item) as FundingApplication,
      );
      const all = obligationsOfLetter(head.letter, applications, on);
      return ok(obligationsRoute, 200, { asOf: on, ...(yield* pageOfList(all, limit, cursor)) });
    });
    return runToResponse(c, deps.runtime, program);
  });

  app.openapi(eventsRoute, (c) => {
    const { id } = c.req.valid("param");
    const { limit, cursor } = c.req.valid("query");
    const caller = c.get("caller");
    const program = Effect.gen(function* () {
      yield* readVisibleLetter(id, caller);
      const page = yield* queryLetterItems(id, keys.eventPrefix, limit, cursor);
      const events = page.items as unknown as readonly StoredEvent[];
      // Who acted, named from the people directory: one BatchGetItem for the page's people.
      const actors = events.map((item) => item.actor);
      // D-58: sealed names in the events' data are opened in the same read (erased: none).
      const data = events.map((item) => JSON.parse(item.data) as Record<string, unknown>);
      const names = yield* namesOfEvents(actors, data);
      const items = events.map((item, index) => ({
        sequence: item.sequence,
        aggregate: item.aggregate,
        type: item.type,
        data: eventDataView(data[index] as Record<string, unknown>, actors[index], names, caller),
        actor: actors[index] ? actorView(actors[index], names, caller) : null,
        recordedAt: item.recordedAt,
        recordedLate: recordedLateOf(item),
        requestId: item.requestId,
      }));
      return ok(eventsRoute, 200, { items, nextCursor: page.nextCursor });
    });
    return runToResponse(c, deps.runtime, program);
  });

  app.openapi(notificationsRoute, (c) => {
    const { id } = c.req.valid("param");
    const { limit, cursor } = c.req.valid("query");
    const caller = c.get("caller");
    const program = Effect.gen(function* () {
      yield* readVisibleLetter(id, caller);
      const page = yield* queryLetterItems(id, keys.notificationPrefix, limit, cursor);
      const items = (page.items as unknown as readonly StoredNotification[])
        .filter((item) => item.status === "sent")
        .map(({ key, kind, rule, dueOn, sentOn, recipients, message, delivery }) => ({
          key,
          kind,
          rule,
          dueOn,
          sentOn,
          recipients,
          message,
          // R23: whom the mail reached, or that nobody could be told; absent until delivered.
          // (A stored notification also says how it is to be sent, `delivery: "single"`, until
          // the mailer replaces that with what it reached: only the latter is the view's.)
          ...(delivery !== null && typeof delivery === "object" ? { delivery } : {}),
        }));
      return ok(notificationsRoute, 200, { items, nextCursor: page.nextCursor });
    });
    return runToResponse(c, deps.runtime, program);
  });
  return app;
}
