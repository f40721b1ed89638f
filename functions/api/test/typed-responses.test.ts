import { describe, expect, it } from "vitest";
import type { AppDeps } from "../src/http/app-deps";
import type { AppEnv } from "../src/http/caller";
import { createRoute } from "../src/http/route";
import { ok } from "../src/http/run-effect";
import { onLetter, runCommand } from "../src/routes/command-route";
import { listHandler } from "../src/routes/list-items";
import {
  jsonResponse,
  LetterIdParam,
  PageQuery,
  pageOf,
  problemResponses,
} from "../src/schemas/common";
import { presentAgreement, presentDialog, presentNeed } from "../src/schemas/present";
import { DialogView } from "../src/schemas/views";

// Issue #18, item 1: a handler's body is typed by the response its route declares, so a body that
// does not match the OpenAPI document does not compile. The `@ts-expect-error` lines below fail
// `tsc` (pnpm --filter @samverkan/api typecheck) the day they compile; test/support/contract-check.ts
// still checks every response any test receives against /openapi.json at run time.

const dialogRoute = createRoute({
  method: "get",
  path: "/v1/agreements/{id}/dialogs/{dialogId}",
  request: { params: LetterIdParam },
  responses: { 200: jsonResponse(DialogView, "The dialog"), ...problemResponses },
});

const dialog = { id: "d1", scheduledOn: "2026-03-01", version: 1, basis: null, record: null };

describe("typed responses (issue #18, item 1)", () => {
  it("finding: responses are not typed against the contract — ok(route, status, body) takes the body the route declares", () => {
    expect(ok(dialogRoute, 200, dialog)).toEqual({ status: 200, body: dialog, headers: {} });
    // @ts-expect-error a field of the wrong type: `version` is an integer in the document
    ok(dialogRoute, 200, { ...dialog, version: "1" });
    // @ts-expect-error a field the document requires is missing
    ok(dialogRoute, 200, { id: "d1", scheduledOn: "2026-03-01", version: 1, basis: null });
    ok(dialogRoute, 200, {
      id: "d1",
      scheduledOn: "2026-03-01",
      version: 1,
      basis: null,
      record: null,
      // @ts-expect-error a field the document does not have
      secret: "x",
    });
    // @ts-expect-error a status the route declares no JSON body for
    ok(dialogRoute, 201, dialog);
    // @ts-expect-error a problem status: its body is application/problem+json, not the view
    ok(dialogRoute, 400, dialog);
  });

  it("finding: presenters have no return type — a command route's reply is its route's view", () => {
    // Compiled, never run: a command route answering with another resource's view does not compile.
    const wrongView = (c: import("hono").Context<AppEnv>, deps: AppDeps) =>
      runCommand(
        c,
        deps,
        dialogRoute,
        200,
        // @ts-expect-error the agreement is not the dialog the route declares
        onLetter(
          "l1",
          () => ({ type: "SignLetter" }) as never,
          () => undefined,
          presentAgreement,
        ),
      );
    expect(typeof wrongView).toBe("function");
    const dialogsRoute = createRoute({
      method: "get",
      path: "/v1/agreements/{id}/dialogs",
      request: { params: LetterIdParam, query: PageQuery },
      responses: { 200: jsonResponse(pageOf(DialogView), "Dialogs"), ...problemResponses },
    });
    const deps = {} as AppDeps;
    expect(typeof listHandler(deps, dialogsRoute, "DIALOG#", presentDialog)).toBe("function");
    // @ts-expect-error a list of dialogs presented as needs
    listHandler(deps, dialogsRoute, "DIALOG#", presentNeed);
    // The presenter's return type is the view's output type.
    const typed: (d: Parameters<typeof presentDialog>[0]) => ReturnType<typeof presentDialog> =
      presentDialog;
    expect(typed).toBe(presentDialog);
  });
});
