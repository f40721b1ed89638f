import { randomUUID } from "node:crypto";
import { createRoute, z } from "@hono/zod-openapi";
import { FocusAreas, type LetterOfIntent } from "@samverkan/domain";
import { requireCoordinatorOfParty } from "../http/access";
import type { App, AppDeps } from "../http/app-deps";
import { problemOf } from "../http/problem";
import { etag } from "../http/request-context";
import { ok } from "../http/run-effect";
import {
  bearerSecurity,
  DateInput,
  Id,
  jsonBody,
  jsonResponse,
  LetterIdParam,
  OrgNumberInput,
  problemResponses,
} from "../schemas/common";
import { presentAgreement, presentDialog } from "../schemas/present";
import { AgreementView, DialogView } from "../schemas/views";
import { runCommandRoute } from "./command-route";

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
          .max(50),
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
  })
  .strict()
  .openapi("StructureReview");

const DialogParams = LetterIdParam.extend({
  dialogId: Id.openapi({ param: { name: "dialogId", in: "path" } }),
});

const route = <P extends string>(
  method: "post" | "put",
  path: P,
  summary: string,
  params: z.ZodTypeAny,
  body: z.ZodTypeAny,
  response: z.ZodTypeAny,
  status = 201,
) =>
  createRoute({
    method,
    path,
    tags: ["Governance"],
    summary,
    security: bearerSecurity,
    request: { params: params as typeof LetterIdParam, body: jsonBody(body) },
    responses: { [status]: jsonResponse(response, "Done"), ...problemResponses } as {
      201: ReturnType<typeof jsonResponse>;
    } & typeof problemResponses,
  });

const groupRoute = route(
  "put",
  "/v1/agreements/{id}/collaboration-group",
  "Appoint the collaboration group (R9)",
  LetterIdParam,
  GroupBody,
  AgreementView,
  200,
);
const scheduleRoute = route(
  "post",
  "/v1/agreements/{id}/dialogs",
  "Schedule a leadership dialog (R10)",
  LetterIdParam,
  ScheduleBody,
  DialogView,
);
const basisRoute = route(
  "post",
  "/v1/agreements/{id}/dialogs/{dialogId}/basis",
  "Submit the collaboration group's basis (R12)",
  DialogParams,
  BasisBody,
  DialogView,
);
const recordRoute = route(
  "post",
  "/v1/agreements/{id}/dialogs/{dialogId}/record",
  "Record a held dialog and its needs review (R11, R13)",
  DialogParams,
  RecordBody,
  DialogView,
);
const reviewRoute = route(
  "post",
  "/v1/agreements/{id}/structure-reviews",
  "Record the yearly structure review (R15)",
  LetterIdParam,
  ReviewBody,
  AgreementView,
);

const dialogIn = (letter: LetterOfIntent, dialogId: string) =>
  letter.dialogs.find((d) => d.dialogId === dialogId);
const coordinatorAndDialog = (
  caller: Parameters<typeof requireCoordinatorOfParty>[0],
  letter: LetterOfIntent,
  dialogId: string,
) =>
  requireCoordinatorOfParty(caller, letter) ??
  (dialogIn(letter, dialogId)
    ? undefined
    : problemOf(404, "dialog-not-found", `No dialog ${dialogId}`));

/** The collaboration group, leadership dialogs and structure reviews. */
export function registerGovernanceRoutes(app: App, deps: AppDeps) {
  app.openapi(groupRoute, (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json") as z.infer<typeof GroupBody>;
    const caller = c.get("caller");
    return runCommandRoute(c, deps, {
      letterId: id,
      target: { kind: "letter" },
      authorize: (letter) => requireCoordinatorOfParty(caller, letter),
      command: (today) => ({
        type: "SetCollaborationGroup",
        actor: caller,
        members: body.members,
        setOn: today,
      }),
      respond: (letter, _child, today) =>
        ok(200, presentAgreement(letter, today), { etag: etag(letter.version) }),
    });
  });

  app.openapi(scheduleRoute, (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json") as z.infer<typeof ScheduleBody>;
    const caller = c.get("caller");
    const dialogId = randomUUID();
    return runCommandRoute(c, deps, {
      letterId: id,
      target: { kind: "letter" },
      authorize: (letter) => requireCoordinatorOfParty(caller, letter),
      command: () => ({
        type: "ScheduleDialog",
        actor: caller,
        dialogId,
        scheduledOn: body.scheduledOn,
      }),
      respond: (letter) =>
        ok(
          201,
          presentDialog(dialogIn(letter, dialogId) as NonNullable<ReturnType<typeof dialogIn>>),
          {
            location: `/v1/agreements/${id}/dialogs/${dialogId}`,
          },
        ),
    });
  });

  app.openapi(basisRoute, (c) => {
    const { id, dialogId } = c.req.valid("param") as z.infer<typeof DialogParams>;
    const body = c.req.valid("json") as z.infer<typeof BasisBody>;
    const caller = c.get("caller");
    return runCommandRoute(c, deps, {
      letterId: id,
      target: { kind: "letter" },
      authorize: (letter) => coordinatorAndDialog(caller, letter, dialogId),
      command: (today) => ({
        type: "SubmitDialogBasis",
        actor: caller,
        dialogId,
        submittedOn: body.submittedOn ?? today,
        summary: body.summary,
      }),
      respond: (letter) =>
        ok(
          201,
          presentDialog(dialogIn(letter, dialogId) as NonNullable<ReturnType<typeof dialogIn>>),
        ),
    });
  });

  app.openapi(recordRoute, (c) => {
    const { id, dialogId } = c.req.valid("param") as z.infer<typeof DialogParams>;
    const body = c.req.valid("json") as z.infer<typeof RecordBody>;
    const caller = c.get("caller");
    const needs = body.needsReview?.needs.map((need) => ({ needId: randomUUID(), ...need }));
    return runCommandRoute(c, deps, {
      letterId: id,
      target: { kind: "letter" },
      authorize: (letter) => coordinatorAndDialog(caller, letter, dialogId),
      command: () => ({
        type: "RecordDialog",
        actor: caller,
        dialogId,
        heldOn: body.heldOn,
        topics: body.topics,
        ...(needs ? { needsReview: { needs } } : {}),
      }),
      respond: (letter) =>
        ok(
          201,
          presentDialog(dialogIn(letter, dialogId) as NonNullable<ReturnType<typeof dialogIn>>),
        ),
    });
  });

  app.openapi(reviewRoute, (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json") as z.infer<typeof ReviewBody>;
    const caller = c.get("caller");
    return runCommandRoute(c, deps, {
      letterId: id,
      target: { kind: "letter" },
      authorize: (letter) => requireCoordinatorOfParty(caller, letter),
      command: (today) => ({
        type: "RecordStructureReview",
        actor: caller,
        year: body.year,
        reviewedOn: body.reviewedOn ?? today,
        summary: body.summary,
      }),
      respond: (letter, _child, today) =>
        ok(201, presentAgreement(letter, today), { etag: etag(letter.version) }),
    });
  });
}
