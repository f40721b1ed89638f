import { randomUUID } from "node:crypto";
import {
  dialogAggregate,
  ItemNotFound,
  letterAggregate,
  readItems,
  readVisibleLetter,
  snapshotOf,
} from "@samverkan/core";
import {
  type Dialog,
  type DialogCommand,
  FocusAreas,
  type LetterCommand,
  MAX_NEEDS_PER_RECORD,
} from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import * as z from "zod/mini";
import { requireCoordinatorOfParty } from "../http/access";
import type { AppDeps } from "../http/app-deps";
import { etag } from "../http/request-context";
import { component, createRoute } from "../http/route";
import { newRouter } from "../http/router";
import { ok, runToResponse } from "../http/run-effect";
import {
  bearerSecurity,
  DateInput,
  Id,
  jsonBody,
  jsonResponse,
  LetterIdParam,
  OrgNumberInput,
  PageQuery,
  pageOf,
  problemResponses,
} from "../schemas/common";
import { presentAgreement, presentDialog } from "../schemas/present";
import { AgreementView, DialogView } from "../schemas/views";
import { runCommand } from "./command-route";
import { listLetterItems } from "./list-items";

const text = (max: number) => /* @__PURE__ */ z.string().check(z.maxLength(max));

const GroupBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    members: /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ z.strictObject({
          name: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
          orgNumber: OrgNumberInput,
          role: /* @__PURE__ */ z.optional(
            /* @__PURE__ */ z.string().check(z.trim(), z.maxLength(100)),
          ),
        }),
      )
      .check(z.minLength(1), z.maxLength(100)),
    appointedOn: /* @__PURE__ */ z.optional(DateInput).check(
      z.meta({
        description: "The day the group takes effect (D-22); today when omitted, never after it",
      }),
    ),
  }),
  "CollaborationGroup",
);
const ScheduleBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({ scheduledOn: DateInput }),
  "ScheduleDialog",
);
const BasisBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    submittedOn: /* @__PURE__ */ z.optional(DateInput),
    summary: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(10_000)),
  }),
  "DialogBasis",
);
const RecordBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    heldOn: DateInput,
    topics: /* @__PURE__ */ z.partial(
      /* @__PURE__ */ z.strictObject({
        outsideWorld: text(10_000),
        trends: text(10_000),
        futureChallenges: text(10_000),
        directionAdjustments: text(10_000),
      }),
    ),
    needsReview: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.strictObject({
        needs: /* @__PURE__ */ z
          .array(
            /* @__PURE__ */ z.strictObject({
              title: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
              description: /* @__PURE__ */ z._default(text(10_000), ""),
              focusAreas: FocusAreas,
            }),
          )
          .check(z.maxLength(MAX_NEEDS_PER_RECORD)),
      }),
    ),
  }),
  "DialogRecord",
);
const ReviewBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    year: /* @__PURE__ */ z.int().check(z.minimum(1900), z.maximum(2999)),
    reviewedOn: /* @__PURE__ */ z.optional(DateInput),
    summary: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(10_000)),
    /** D-29: the day of the follow-up report the review was held on (its `asOf`). */
    reportAsOf: /* @__PURE__ */ z.optional(DateInput),
  }),
  "StructureReview",
);

const DialogParams = /* @__PURE__ */ z.extend(LetterIdParam, {
  dialogId: Id,
});
const tags = ["Governance"];
const security = bearerSecurity;
const done = (schema: z.ZodMiniType) => jsonResponse(schema, "Done");

const groupRoute = createRoute({
  method: "put",
  path: "/v1/agreements/{id}/collaboration-group",
  tags,
  security,
  summary: "Appoint the collaboration group (R9)",
  request: { params: LetterIdParam, body: jsonBody(GroupBody) },
  responses: { 200: done(AgreementView), ...problemResponses },
});
const listRoute = createRoute({
  method: "get",
  path: "/v1/agreements/{id}/dialogs",
  tags,
  security,
  summary: "The leadership dialogs, scheduled and held (R10)",
  request: { params: LetterIdParam, query: PageQuery },
  responses: { 200: jsonResponse(pageOf(DialogView), "A page of dialogs"), ...problemResponses },
});
const getRoute = createRoute({
  method: "get",
  path: "/v1/agreements/{id}/dialogs/{dialogId}",
  tags,
  security,
  summary: "A leadership dialog with its basis and record (R11, R12)",
  request: { params: DialogParams },
  responses: { 200: jsonResponse(DialogView, "The dialog"), ...problemResponses },
});
const scheduleRoute = createRoute({
  method: "post",
  path: "/v1/agreements/{id}/dialogs",
  tags,
  security,
  summary: "Schedule a leadership dialog (R10)",
  request: { params: LetterIdParam, body: jsonBody(ScheduleBody) },
  responses: { 201: done(DialogView), ...problemResponses },
});
const basisRoute = createRoute({
  method: "post",
  path: "/v1/agreements/{id}/dialogs/{dialogId}/basis",
  tags,
  security,
  summary: "Submit the collaboration group's basis (R12)",
  request: { params: DialogParams, body: jsonBody(BasisBody) },
  responses: { 201: done(DialogView), ...problemResponses },
});
const recordRoute = createRoute({
  method: "post",
  path: "/v1/agreements/{id}/dialogs/{dialogId}/record",
  tags,
  security,
  summary: "Record a held dialog and its needs review (R11, R13)",
  request: { params: DialogParams, body: jsonBody(RecordBody) },
  responses: { 201: done(DialogView), ...problemResponses },
});
const reviewRoute = createRoute({
  method: "post",
  path: "/v1/agreements/{id}/structure-reviews",
  tags,
  security,
  summary: "Record the yearly structure review (R15)",
  request: { params: LetterIdParam, body: jsonBody(ReviewBody) },
  responses: { 201: done(AgreementView), ...problemResponses },
});

const dialogReply =
  (status: number) =>
  ({ state }: { state: { dialog: Dialog | null } }) => {
    const dialog = state.dialog as Dialog;
    return ok(status, presentDialog(dialog), { etag: etag(dialog.version) });
  };

/** The collaboration group, leadership dialogs and structure reviews. */
export function governanceRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(groupRoute, (c) => {
      const { id } = c.req.valid("param");
      const { members, appointedOn } = c.req.valid("json");
      const caller = c.get("caller");
      return runCommand(
        c,
        deps,
        letterAggregate,
        { letterId: id },
        (on): LetterCommand => ({
          type: "SetCollaborationGroup",
          today: on,
          actor: caller,
          members,
          setOn: appointedOn ?? on,
        }),
        {
          authorize: (letter) => requireCoordinatorOfParty(caller, letter),
          reply: ({ state, on }) =>
            ok(200, presentAgreement(state, on), { etag: etag(state.version) }),
        },
      );
    })
    .openapi(listRoute, (c) => {
      const { id } = c.req.valid("param");
      const { limit, cursor } = c.req.valid("query");
      const program = listLetterItems(id, c.get("caller"), keys.dialogPrefix, presentDialog, {
        limit,
        cursor,
      });
      return runToResponse(c, deps.runtime, program);
    })
    .openapi(getRoute, (c) => {
      const { id, dialogId } = c.req.valid("param");
      const program = Effect.gen(function* () {
        yield* readVisibleLetter(id, c.get("caller"));
        const itemOf = yield* readItems([keys.dialog(id, dialogId)]);
        const dialog = snapshotOf<Dialog>(itemOf(keys.dialog(id, dialogId)));
        if (!dialog) return yield* Effect.fail(new ItemNotFound({ kind: "dialog", id: dialogId }));
        return ok(200, presentDialog(dialog), { etag: etag(dialog.version) });
      });
      return runToResponse(c, deps.runtime, program);
    })
    .openapi(scheduleRoute, (c) => {
      const { id } = c.req.valid("param");
      const { scheduledOn } = c.req.valid("json");
      const caller = c.get("caller");
      const dialogId = randomUUID();
      return runCommand(
        c,
        deps,
        dialogAggregate,
        { letterId: id, id: dialogId },
        (): DialogCommand => ({ type: "ScheduleDialog", actor: caller, dialogId, scheduledOn }),
        {
          authorize: (letter) => requireCoordinatorOfParty(caller, letter),
          reply: (outcome) => {
            const reply = dialogReply(201)(outcome);
            return {
              ...reply,
              headers: { ...reply.headers, location: `/v1/agreements/${id}/dialogs/${dialogId}` },
            };
          },
        },
      );
    })
    .openapi(basisRoute, (c) => {
      const { id, dialogId } = c.req.valid("param");
      const body = c.req.valid("json");
      const caller = c.get("caller");
      return runCommand(
        c,
        deps,
        dialogAggregate,
        { letterId: id, id: dialogId },
        (on): DialogCommand => ({
          type: "SubmitDialogBasis",
          today: on,
          actor: caller,
          dialogId,
          submittedOn: body.submittedOn ?? on,
          summary: body.summary,
        }),
        {
          authorize: (letter) => requireCoordinatorOfParty(caller, letter),
          reply: dialogReply(201),
        },
      );
    })
    .openapi(recordRoute, (c) => {
      const { id, dialogId } = c.req.valid("param");
      const body = c.req.valid("json");
      const caller = c.get("caller");
      const needs = body.needsReview?.needs.map((need) => ({ needId: randomUUID(), ...need }));
      return runCommand(
        c,
        deps,
        dialogAggregate,
        { letterId: id, id: dialogId },
        (on): DialogCommand => ({
          type: "RecordDialog",
          today: on,
          actor: caller,
          dialogId,
          heldOn: body.heldOn,
          topics: body.topics,
          ...(needs ? { needsReview: { needs } } : {}),
        }),
        {
          authorize: (letter) => requireCoordinatorOfParty(caller, letter),
          reply: dialogReply(201),
        },
      );
    })
    .openapi(reviewRoute, (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      const caller = c.get("caller");
      return runCommand(
        c,
        deps,
        letterAggregate,
        { letterId: id },
        (on): LetterCommand => ({
          type: "RecordStructureReview",
          today: on,
          actor: caller,
          year: body.year,
          reviewedOn: body.reviewedOn ?? on,
          summary: body.summary,
          ...(body.reportAsOf ? { reportAsOf: body.reportAsOf } : {}),
        }),
        {
          authorize: (letter) => requireCoordinatorOfParty(caller, letter),
          reply: ({ state, on }) =>
            ok(201, presentAgreement(state, on), { etag: etag(state.version) }),
        },
      );
    });
}
