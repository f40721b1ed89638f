import type { CalendarDate, LetterCommand, LetterOfIntent } from "@samverkan/domain";
import * as z from "zod/mini";
import { requireSignatory } from "../http/access";
import type { AppDeps } from "../http/app-deps";
import { component, createRoute } from "../http/route";
import { newRouter } from "../http/router";
import {
  bearerSecurity,
  DateInput,
  jsonBody,
  jsonResponse,
  LetterIdParam,
  problemResponses,
} from "../schemas/common";
import { presentAgreement, presentNotice } from "../schemas/present";
import { AgreementView, NoticeView } from "../schemas/views";
import { onLetter, runCommand } from "./command-route";

const SignBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({ signedOn: /* @__PURE__ */ z.optional(DateInput) }),
  "SignAgreement",
);
const NoticeBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    receivedOn: /* @__PURE__ */ z.optional(DateInput),
    endsOn: /* @__PURE__ */ z.optional(DateInput).check(
      z.meta({
        description:
          "A later end than three months after receipt, if the party asks for one (D-20)",
      }),
    ),
  }),
  "GiveNotice",
);

const signRoute = createRoute({
  method: "post",
  path: "/v1/agreements/{id}/signatures",
  tags: ["Validity"],
  summary: "Sign for the caller's organisation (R16, R17)",
  security: bearerSecurity,
  request: { params: LetterIdParam, body: jsonBody(SignBody, false) },
  responses: {
    201: jsonResponse(AgreementView, "The agreement with the signature"),
    ...problemResponses,
  },
});

const noticeRoute = createRoute({
  method: "post",
  path: "/v1/agreements/{id}/termination",
  tags: ["Validity"],
  summary: "Give three months' notice for the caller's organisation (R18, R19)",
  security: bearerSecurity,
  request: { params: LetterIdParam, body: jsonBody(NoticeBody, false) },
  responses: {
    201: jsonResponse(NoticeView, "The notice with the day the letter ends"),
    ...problemResponses,
  },
});

const acknowledgementRoute = createRoute({
  method: "post",
  path: "/v1/agreements/{id}/termination/acknowledgement",
  tags: ["Validity"],
  summary:
    "Acknowledge, for the caller's organisation, a notice the other party recorded late (D-33, R16)",
  description:
    "A notice recorded more than 14 days after the day it says it was received is only claimed: the letter stays in force and its duties run. It takes effect, with its end date, when a signatory of the other principal party acknowledges it here (dated today).",
  security: bearerSecurity,
  request: { params: LetterIdParam },
  responses: {
    201: jsonResponse(NoticeView, "The notice, now in effect"),
    ...problemResponses,
  },
});

/** The notice a letter has just been given or acknowledged: the domain refuses a letter without. */
const givenNotice = (letter: LetterOfIntent) =>
  presentNotice(letter) as z.output<typeof NoticeView>;

/** POST …/signatures and …/termination: the letter's validity (Giltighet). */
export function validityRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(signRoute, (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json") ?? {};
      const actor = c.get("caller");
      const command = (on: CalendarDate): LetterCommand => ({
        type: "SignLetter",
        today: on,
        actor,
        signedOn: body.signedOn ?? on,
      });
      return runCommand(
        c,
        deps,
        signRoute,
        201,
        onLetter(id, command, () => requireSignatory(actor), presentAgreement),
      );
    })
    .openapi(noticeRoute, (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json") ?? {};
      const actor = c.get("caller");
      const command = (on: CalendarDate): LetterCommand => ({
        type: "GiveTerminationNotice",
        today: on,
        actor,
        receivedOn: body.receivedOn ?? on,
        ...(body.endsOn ? { endsOn: body.endsOn } : {}),
      });
      return runCommand(
        c,
        deps,
        noticeRoute,
        201,
        onLetter(id, command, () => requireSignatory(actor), givenNotice),
      );
    })
    .openapi(acknowledgementRoute, (c) => {
      const { id } = c.req.valid("param");
      const actor = c.get("caller");
      const command = (on: CalendarDate): LetterCommand => ({
        type: "AcknowledgeTerminationNotice",
        today: on,
        actor,
        acknowledgedOn: on,
      });
      return runCommand(
        c,
        deps,
        acknowledgementRoute,
        201,
        onLetter(id, command, () => requireSignatory(actor), givenNotice),
      );
    });
}
