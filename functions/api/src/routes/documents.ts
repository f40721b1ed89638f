import {
  activityAtVersion,
  amendmentOfLetter,
  type CoreError,
  type Dynamo,
  ItemNotFound,
  type RenderedDocument,
  readItems,
  readVisibleLetter,
  renderAmendmentPdf,
  renderAmendmentSignaturesPdf,
  renderDialogRecordPdf,
  renderLetterPdf,
  renderLetterSignaturesPdf,
  renderLetterWithAmendmentsPdf,
  renderSpecialAgreementPdf,
  renderSpecialAgreementSignaturesPdf,
  renderStructureReviewPdf,
  snapshotOf,
} from "@samverkan/core";
import type { Activity, Dialog, LetterOfIntent } from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import type { Context } from "hono";
import * as z from "zod/mini";
import type { AppDeps } from "../http/app-deps";
import type { AppEnv } from "../http/caller";
import { openSealedNames } from "../http/people";
import { createRoute } from "../http/route";
import { newRouter } from "../http/router";
import { runToResponse, type StoredResponse } from "../http/run-effect";
import {
  bearerSecurity,
  coercedNumber,
  Id,
  LetterIdParam,
  problemResponses,
} from "../schemas/common";

// The letter's official documents as PDF/A-2b (issue #22 item 2, D-53, D-54). Each is rendered
// on request from the letter's state: the same state gives the same bytes, so the SHA-256 a
// signature recorded can be checked against the document served now.

const pdfResponse = (description: string) => ({
  description,
  content: { "application/pdf": { schema: /* @__PURE__ */ z.string() } },
});

const pdfRoute = <P extends z.ZodMiniObject>(path: string, params: P, summary: string) =>
  createRoute({
    method: "get",
    path,
    tags: ["Documents"],
    summary,
    security: bearerSecurity,
    request: { params },
    responses: { 200: pdfResponse("The document as PDF/A-2b"), ...problemResponses },
  });

const VersionQuery = /* @__PURE__ */ z.object({
  version: /* @__PURE__ */ z
    .optional(/* @__PURE__ */ coercedNumber().check(z.int(), z.minimum(1), z.maximum(100_000)))
    .check(
      z.meta({ description: "A version of the special agreement; the current one when omitted" }),
    ),
});

const versionedPdfRoute = (path: string, summary: string) =>
  createRoute({
    method: "get",
    path,
    tags: ["Documents"],
    summary,
    security: bearerSecurity,
    request: { params: ActivityParams, query: VersionQuery },
    responses: { 200: pdfResponse("The document as PDF/A-2b"), ...problemResponses },
  });

const ActivityParams = /* @__PURE__ */ z.extend(LetterIdParam, { activityId: Id });
const AmendmentParams = /* @__PURE__ */ z.extend(LetterIdParam, { amendmentId: Id });
const DialogParams = /* @__PURE__ */ z.extend(LetterIdParam, { dialogId: Id });
const YearParams = /* @__PURE__ */ z.extend(LetterIdParam, {
  year: /* @__PURE__ */ coercedNumber().check(z.int(), z.minimum(1900), z.maximum(2999)),
});

const base = "/v1/agreements/{id}";
const letterPdf = pdfRoute(
  `${base}/documents/letter.pdf`,
  LetterIdParam,
  "The letter as its parties sign it (PDF/A-2b); its SHA-256 is what a signature records",
);
const letterSignaturesPdf = pdfRoute(
  `${base}/documents/letter-signatures.pdf`,
  LetterIdParam,
  "The letter's signatures, each with the SHA-256 of the PDF it signed and whether that is this version",
);
const letterWithAmendmentsPdf = pdfRoute(
  `${base}/documents/letter-with-amendments.pdf`,
  LetterIdParam,
  "The letter with the amendments in force in an appendix (PDF/A-2b, D-64); signed by nobody: the letter's signatures bind letter.pdf, each amendment's its own PDF",
);
const amendmentPdf = pdfRoute(
  `${base}/amendments/{amendmentId}/amendment.pdf`,
  AmendmentParams,
  "An amendment as its parties sign it (PDF/A-2b, D-64): what changes and from when; its SHA-256 is what an amendment's signature records. Withdrawn ones too; 404 for none",
);
const amendmentSignaturesPdf = pdfRoute(
  `${base}/amendments/{amendmentId}/amendment-signatures.pdf`,
  AmendmentParams,
  "An amendment's proposer and signatures, each with the SHA-256 of the PDF it signed (D-64)",
);
const agreementPdf = versionedPdfRoute(
  `${base}/activities/{activityId}/special-agreement.pdf`,
  "A version of the special agreement (the current one by default) as its parties sign it (PDF/A-2b)",
);
const agreementSignaturesPdf = versionedPdfRoute(
  `${base}/activities/{activityId}/special-agreement-signatures.pdf`,
  "The signatures of a version of the special agreement, each bound to the PDF it signed",
);
const dialogRecordPdf = pdfRoute(
  `${base}/dialogs/{dialogId}/record.pdf`,
  DialogParams,
  "A held leadership dialog's record (PDF/A-2b); 404 while it is not held",
);
const structureReviewPdf = pdfRoute(
  `${base}/structure-reviews/{year}/review.pdf`,
  YearParams,
  "The structure review of a year (PDF/A-2b); 404 when there is none",
);

/** A document as the response: its bytes, named for a download, with its SHA-256 beside it. */
const pdfOf = (document: RenderedDocument): StoredResponse => ({
  status: 200,
  body: document.bytes,
  headers: {
    "content-type": "application/pdf",
    "content-disposition": `inline; filename="${document.path.split("/").pop()}"`,
    // The hash a signature recorded (D-54), so a client need not compute it to compare.
    "x-document-sha256": document.sha256,
    "cache-control": "private, no-store",
  },
});

type Render = (letter: LetterOfIntent) => Effect.Effect<RenderedDocument, CoreError, Dynamo>;

/** Reads the letter the caller may see (else 404), then renders one of its documents. */
const serve = (c: Context<AppEnv>, deps: AppDeps, letterId: string, render: Render) =>
  runToResponse(
    c,
    deps.runtime,
    Effect.gen(function* () {
      const head = yield* readVisibleLetter(letterId, c.get("caller"));
      return pdfOf(yield* render(head.letter));
    }),
  );

const rendering = (make: () => Promise<RenderedDocument | null>, missing: ItemNotFound) =>
  Effect.promise(make).pipe(
    Effect.flatMap((document) => (document ? Effect.succeed(document) : Effect.fail(missing))),
  );

/**
 * A copy of `value` whose signers' sealed names are opened (D-58), for a signatures document: an
 * erased signer (D-59) prints as erased, never by a name nobody can read any more.
 */
const withSignerNames = <T>(value: T) =>
  Effect.gen(function* () {
    const copy = structuredClone(value);
    yield* openSealedNames(copy);
    return copy;
  });

/** GET …/documents/letter.pdf and the other documents of a letter. */
export function documentRoutes(deps: AppDeps) {
  const app = newRouter();
  app.openapi(letterPdf, (c) =>
    serve(c, deps, c.req.valid("param").id, (letter) =>
      Effect.promise(() => renderLetterPdf(letter)),
    ),
  );
  app.openapi(letterSignaturesPdf, (c) =>
    serve(c, deps, c.req.valid("param").id, (letter) =>
      Effect.flatMap(withSignerNames(letter), (named) =>
        Effect.promise(() => renderLetterSignaturesPdf(named)),
      ),
    ),
  );
  app.openapi(letterWithAmendmentsPdf, (c) =>
    serve(c, deps, c.req.valid("param").id, (letter) =>
      Effect.promise(() => renderLetterWithAmendmentsPdf(letter)),
    ),
  );
  // D-64: an amendment from the head (pending, in force) or, withdrawn, from the trail.
  const withAmendment =
    (render: typeof renderAmendmentSignaturesPdf) =>
    (c: Context<AppEnv>, id: string, amendmentId: string) =>
      serve(c, deps, id, (letter) =>
        Effect.gen(function* () {
          const missing = new ItemNotFound({ kind: "amendment", id: amendmentId });
          const amendment = yield* amendmentOfLetter(id, letter, amendmentId);
          if (!amendment) return yield* Effect.fail(missing);
          // The signatures' document names the proposer and signers: sealed names opened (D-58).
          const named = yield* withSignerNames({ letter, amendment });
          return yield* rendering(() => render(named.letter, named.amendment), missing);
        }),
      );
  app.openapi(amendmentPdf, (c) => {
    const { id, amendmentId } = c.req.valid("param");
    // The signed document names no person, so nothing sealed needs opening for it.
    return withAmendment((letter, amendment) => renderAmendmentPdf(letter, amendment))(
      c,
      id,
      amendmentId,
    );
  });
  app.openapi(amendmentSignaturesPdf, (c) => {
    const { id, amendmentId } = c.req.valid("param");
    return withAmendment(renderAmendmentSignaturesPdf)(c, id, amendmentId);
  });
  // The current version from the activity's item; an earlier one folded from the trail.
  const withActivity =
    (render: typeof renderSpecialAgreementPdf) =>
    (c: Context<AppEnv>, id: string, activityId: string, version: number | undefined) =>
      serve(c, deps, id, (letter) =>
        Effect.gen(function* () {
          const key = keys.activity(id, activityId);
          const current = snapshotOf<Activity>((yield* readItems([key]))(key));
          const missing = new ItemNotFound({ kind: "activity", id: activityId });
          if (!current) return yield* Effect.fail(missing);
          const activity =
            version === undefined || version === current.specialAgreement.version
              ? current
              : version > current.specialAgreement.version
                ? null
                : yield* activityAtVersion(id, activityId, version);
          if (!activity)
            return yield* Effect.fail(
              new ItemNotFound({
                kind: "special-agreement-version",
                id: `${activityId} version ${version}`,
              }),
            );
          // Signatures documents name their signers: sealed names opened (D-58).
          const named = yield* withSignerNames({ letter, activity });
          return yield* rendering(() => render(named.letter, named.activity), missing);
        }),
      );
  app.openapi(agreementPdf, (c) => {
    const { id, activityId } = c.req.valid("param");
    const { version } = c.req.valid("query");
    return withActivity(renderSpecialAgreementPdf)(c, id, activityId, version);
  });
  app.openapi(agreementSignaturesPdf, (c) => {
    const { id, activityId } = c.req.valid("param");
    const { version } = c.req.valid("query");
    return withActivity(renderSpecialAgreementSignaturesPdf)(c, id, activityId, version);
  });
  app.openapi(dialogRecordPdf, (c) => {
    const { id, dialogId } = c.req.valid("param");
    return serve(c, deps, id, (letter) =>
      Effect.gen(function* () {
        const key = keys.dialog(id, dialogId);
        const dialog = snapshotOf<Dialog>((yield* readItems([key]))(key));
        const missing = new ItemNotFound({ kind: "dialog", id: dialogId });
        if (!dialog) return yield* Effect.fail(missing);
        return yield* rendering(() => renderDialogRecordPdf(letter, dialog), missing);
      }),
    );
  });
  app.openapi(structureReviewPdf, (c) => {
    const { id, year } = c.req.valid("param");
    return serve(c, deps, id, (letter) =>
      rendering(
        () => renderStructureReviewPdf(letter, year),
        new ItemNotFound({ kind: "structure-review", id: String(year) }),
      ),
    );
  });
  return app;
}
