import { randomUUID } from "node:crypto";
import { dialogAggregate } from "@samverkan/core";
import {
  type CalendarDate,
  type DialogCommand,
  DialogTopics,
  GroupMember,
  type LetterCommand,
  MAX_NEEDS_PER_RECORD,
  NewNeed,
  Summary,
} from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import type { Context } from "hono";
import * as z from "zod/mini";
import { requireCoordinatorOfParty } from "../http/access";
import type { AppDeps } from "../http/app-deps";
import type { AppEnv } from "../http/caller";
import { sealGroupMembers } from "../http/group-members";
import { sendProblem } from "../http/problem";
import { invalidIfMatch, parseIfMatch } from "../http/request-context";
import { component, createRoute } from "../http/route";
import { newRouter } from "../http/router";
import { runToResponse } from "../http/run-effect";
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
import { onItem, onLetter, runCommand } from "./command-route";
import { getLetterItem, listHandler } from "./list-items";

/** A person's opaque id (the people directory's, D-34), as views show it. */
const PersonId = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{22}$/, { message: "a person id of 22 characters" }));
const GroupBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    members: /* @__PURE__ */ z
      .array(
        // D-65: a name (kept sealed in the people directory) or the id of a current member.
        /* @__PURE__ */ z
          .strictObject({
            id: /* @__PURE__ */ z.optional(PersonId).check(
              z.meta({
                description:
                  "A member of the current group by their id (kept as they are, erased or not); a name alone keeps a current member of the same name and party",
              }),
            ),
            name: GroupMember.shape.name,
            orgNumber: OrgNumberInput,
            role: GroupMember.shape.role,
          })
          .check(
            z.refine((member) => member.id !== undefined || member.name !== undefined, {
              error: "a member needs a name or the id of a current member",
            }),
          ),
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
    summary: Summary,
  }),
  "DialogBasis",
);
const RecordBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    heldOn: DateInput,
    topics: /* @__PURE__ */ z.partial(/* @__PURE__ */ z.strictObject(DialogTopics.shape)),
    needsReview: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.strictObject({
        needs: /* @__PURE__ */ z
          .array(
            // A new need as the domain has it; the API chooses its id.
            /* @__PURE__ */ z.strictObject(/* @__PURE__ */ z.omit(NewNeed, { needId: true }).shape),
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
    summary: Summary,
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
  summary:
    "Appoint the collaboration group (R9): members by name or by the id of a current member, each a person of the directory whose name is sealed (D-65)",
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

/** GET, POST and PUT of the collaboration group, leadership dialogs and structure reviews. */
export function governanceRoutes(deps: AppDeps) {
  /** A command on the letter, answered with the agreement as of the day it was decided on. */
  const onAgreement = (
    c: Context<AppEnv>,
    id: string,
    command: (on: CalendarDate) => LetterCommand,
  ) => {
    const caller = c.get("caller");
    return onLetter(
      id,
      command,
      (letter) => requireCoordinatorOfParty(caller, letter),
      presentAgreement,
    );
  };
  /** A command on a dialog, answered with the dialog and its version as ETag. */
  const onDialog = (
    c: Context<AppEnv>,
    ids: { id: string; dialogId: string },
    command: (on: CalendarDate) => DialogCommand,
    location?: string,
  ) => {
    const caller = c.get("caller");
    return onItem({
      aggregate: dialogAggregate,
      stream: { letterId: ids.id, id: ids.dialogId },
      command,
      authorize: (letter) => requireCoordinatorOfParty(caller, letter),
      itemOf: (state) => state.dialog,
      present: presentDialog,
      location,
    });
  };

  return newRouter()
    .openapi(groupRoute, async (c) => {
      const { id } = c.req.valid("param");
      const { members: requested, appointedOn } = c.req.valid("json");
      const actor = c.get("caller");
      // D-65: each member a person by id with a sealed name, before the command decides.
      const ifMatch = parseIfMatch(c.req.header("if-match"));
      if (ifMatch === "invalid") return sendProblem(c, invalidIfMatch());
      const sealed = await deps.runtime.runPromiseExit(
        sealGroupMembers(id, actor, requested, { appointedOn, ifMatch }),
      );
      if (sealed._tag === "Failure")
        return runToResponse(c, deps.runtime, Effect.failCause(sealed.cause));
      const members = sealed.value;
      return runCommand(
        c,
        deps,
        groupRoute,
        200,
        onAgreement(c, id, (on) => ({
          type: "SetCollaborationGroup",
          today: on,
          actor,
          members,
          setOn: appointedOn ?? on,
        })),
      );
    })
    .openapi(listRoute, listHandler(deps, listRoute, keys.dialogPrefix, presentDialog))
    .openapi(getRoute, (c) => {
      const { id, dialogId } = c.req.valid("param");
      return getLetterItem(c, deps, getRoute, {
        letterId: id,
        kind: "dialog",
        id: dialogId,
        key: keys.dialog(id, dialogId),
        present: presentDialog,
      });
    })
    .openapi(scheduleRoute, (c) => {
      const { id } = c.req.valid("param");
      const { scheduledOn } = c.req.valid("json");
      const actor = c.get("caller");
      const dialogId = randomUUID();
      return runCommand(
        c,
        deps,
        scheduleRoute,
        201,
        onDialog(
          c,
          { id, dialogId },
          () => ({ type: "ScheduleDialog", actor, dialogId, scheduledOn }),
          `/v1/agreements/${id}/dialogs/${dialogId}`,
        ),
      );
    })
    .openapi(basisRoute, (c) => {
      const ids = c.req.valid("param");
      const body = c.req.valid("json");
      const actor = c.get("caller");
      return runCommand(
        c,
        deps,
        basisRoute,
        201,
        onDialog(c, ids, (on) => ({
          type: "SubmitDialogBasis",
          today: on,
          actor,
          dialogId: ids.dialogId,
          submittedOn: body.submittedOn ?? on,
          summary: body.summary,
        })),
      );
    })
    .openapi(recordRoute, (c) => {
      const ids = c.req.valid("param");
      const body = c.req.valid("json");
      const actor = c.get("caller");
      const needs = body.needsReview?.needs.map((need) => ({ needId: randomUUID(), ...need }));
      return runCommand(
        c,
        deps,
        recordRoute,
        201,
        onDialog(c, ids, (on) => ({
          type: "RecordDialog",
          today: on,
          actor,
          dialogId: ids.dialogId,
          heldOn: body.heldOn,
          topics: body.topics,
          ...(needs ? { needsReview: { needs } } : {}),
        })),
      );
    })
    .openapi(reviewRoute, (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      const actor = c.get("caller");
      return runCommand(
        c,
        deps,
        reviewRoute,
        201,
        onAgreement(c, id, (on) => ({
          type: "RecordStructureReview",
          today: on,
          actor,
          year: body.year,
          reviewedOn: body.reviewedOn ?? on,
          summary: body.summary,
          ...(body.reportAsOf ? { reportAsOf: body.reportAsOf } : {}),
        })),
      );
    });
}
