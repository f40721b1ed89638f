import { createRoute, z } from "@hono/zod-openapi";
import type { LetterOfIntent } from "@samverkan/domain";
import { requireSignatory } from "../http/access";
import type { App, AppDeps } from "../http/app-deps";
import { etag } from "../http/request-context";
import { ok } from "../http/run-effect";
import {
  bearerSecurity,
  DateInput,
  jsonBody,
  jsonResponse,
  LetterIdParam,
  problemResponses,
} from "../schemas/common";
import { presentAgreement } from "../schemas/present";
import { AgreementView, NoticeView } from "../schemas/views";
import { runCommandRoute } from "./command-route";

const SignBody = z.object({ signedOn: DateInput.optional() }).strict().openapi("SignAgreement");
const NoticeBody = z.object({ receivedOn: DateInput.optional() }).strict().openapi("GiveNotice");

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

/** POST /signatures and /termination: the letter's validity (Giltighet). */
export function registerValidityRoutes(app: App, deps: AppDeps) {
  app.openapi(signRoute, (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json") ?? {};
    const caller = c.get("caller");
    return runCommandRoute(c, deps, {
      letterId: id,
      target: { kind: "letter" },
      authorize: () => requireSignatory(caller),
      command: (today) => ({ type: "SignLetter", actor: caller, signedOn: body.signedOn ?? today }),
      respond: (letter: LetterOfIntent, _child, today) =>
        ok(201, presentAgreement(letter, today), { etag: etag(letter.version) }),
    });
  });

  app.openapi(noticeRoute, (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json") ?? {};
    const caller = c.get("caller");
    return runCommandRoute(c, deps, {
      letterId: id,
      target: { kind: "letter" },
      authorize: () => requireSignatory(caller),
      command: (today) => ({
        type: "GiveTerminationNotice",
        actor: caller,
        receivedOn: body.receivedOn ?? today,
      }),
      respond: (letter: LetterOfIntent) => {
        const notice = letter.notice as NonNullable<LetterOfIntent["notice"]>;
        return ok(
          201,
          { givenBy: notice.givenBy, receivedOn: notice.receivedOn, endsOn: notice.endsOn },
          { etag: etag(letter.version) },
        );
      },
    });
  });
}
