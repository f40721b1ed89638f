import { randomUUID } from "node:crypto";
import { createRoute, z } from "@hono/zod-openapi";
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
import { requireCoordinatorOfParty } from "../http/access";
import type { AppDeps } from "../http/app-deps";
import { etag } from "../http/request-context";
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

const text = (max: number) => z.string().max(max);

const GroupBody = z
  .object({
    members: z
      .array(
        z
          .object({
            name: z.string().trim().min(1).max(200),
            orgNumber: OrgNumberInput,
            role: z.string().trim().max(100).optional(),
          })
          .strict(),
      )
      .min(1)
      .max(100),
    appointedOn: DateInput.optional().openapi({
      description: "The day the group takes effect (D-22); today when omitted, never after it",
    }),
  })
  .strict()
  .openapi("CollaborationGroup");
const ScheduleBody = z.object({ scheduledOn: DateInput }).strict().openapi("ScheduleDialog");
const BasisBody = z
  .object({ submittedOn: DateInput.optional(), summary: z.string().trim().min(1).max(10_000) })
  .strict()
  .openapi("DialogBasis");
const RecordBody = z
  .object({
    heldOn: DateInput,
    topics: z
      .object({
        outsideWorld: text(10_000),
        trends: text(10_000),
        futureChallenges: text(10_000),
        directionAdjustments: text(10_000),
      })
      .partial()
      .strict(),
    needsReview: z
      .object({
        needs: z
          .array(
            z
              .object({
                title: z.string().trim().min(1).max(300),
                description: text(10_000).default(""),
                focusAreas: FocusAreas,
              })
              .strict(),
          )
          .max(MAX_NEEDS_PER_RECORD),
      })
      .strict()
      .optional(),
  })
  .strict()
  .openapi("DialogRecord");
const ReviewBody = z
  .object({
    year: z.number().int().min(1900).max(2999),
    reviewedOn: DateInput.optional(),
    summary: z.string().trim().min(1).max(10_000),
    /** D-29: the day of the follow-up report the review was held on (its `asOf`). */
    reportAsOf: DateInput.optional(),
  })
  .strict()
  .openapi("StructureReview");

const DialogParams = LetterIdParam.extend({
  dialogId: Id.openapi({ param: { name: "dialogId", in: "path" } }),
});
const tags = ["Governance"];
const security = bearerSecurity;
const done = (schema: z.ZodTypeAny) => jsonResponse(schema, "Done");

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
