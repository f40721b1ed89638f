import { Readable } from "node:stream";
import * as Effect from "effect/Effect";
import * as Exit from "effect/Exit";
import * as z from "zod/mini";
import type { AppDeps } from "../http/app-deps";
import { logLine } from "../http/log";
import { createRoute } from "../http/route";
import { newRouter } from "../http/router";
import { runToResponse } from "../http/run-effect";
import { bearerSecurity, LetterIdParam, problemResponses } from "../schemas/common";
import { archivedDocumentsOf } from "./archive-documents";
import { archiveTrailPeople } from "./archive-trail";

const archivePackageRoute = createRoute({
  method: "get",
  path: "/v1/agreements/{id}/archive-package",
  tags: ["Records"],
  summary:
    "The letter's archive package: an E-ARK SIP (CSIP 2.1 / SIP 2.1, FGS Paketstruktur 2.0) as a ZIP, streamed (D-56, D-57)",
  description:
    "One root folder named as the package's OBJID, with METS.xml, metadata/descriptive/ERMS.xml (CITS ERMS: the letter as a case, its records, the parties as agents), metadata/preservation/PREMIS.xml (a SHA-256 per file), representations/rep1/ (its METS.xml, the documents and the trail as JSON Lines in data/), schemas/ and documentation/. The letter as its head stood when the request came; the trail is read page by page as the ZIP is sent. 404 for a letter the caller cannot see.",
  security: bearerSecurity,
  request: { params: LetterIdParam },
  responses: {
    200: {
      description: "The package as a ZIP, with Content-Disposition naming `<OBJID>.zip`",
      content: {
        "application/zip": {
          schema: /* @__PURE__ */ z.string().check(z.meta({ format: "binary" })),
        },
      },
    },
    307: {
      description:
        "Deployed behind API Gateway, whose responses stop at 6 MB: the package is streamed by the archive function at `Location` (the same path on its URL); send the same Authorization header there (D-67)",
      headers: {
        location: {
          description: "The archive function's URL of this package",
          schema: /* @__PURE__ */ z.string().check(z.meta({ format: "uri" })),
        },
      },
    },
    ...problemResponses,
  },
});

/**
 * The package writer (xmlbuilder2, yazl and the schemas) is loaded on the first package request
 * only: a chunk of its own in the Lambda bundle, not part of the cold start.
 */
const loadPackageWriter = () => import("@samverkan/core/archive");

/** GET …/archive-package: the letter's E-ARK SIP, streamed as it is made. */
export function archivePackageRoutes(deps: AppDeps) {
  return newRouter().openapi(archivePackageRoute, async (c) => {
    const { id } = c.req.valid("param");
    // Buffered behind API Gateway: the streaming function makes the package (D-67).
    if (deps.archiveUrl) {
      const location = new URL(
        `/v1/agreements/${encodeURIComponent(id)}/archive-package`,
        deps.archiveUrl,
      );
      return c.body(null, 307, { location: location.href });
    }
    const caller = c.get("caller");
    const { letterArchivePackage } = await loadPackageWriter();
    const exit = await deps.runtime.runPromiseExit(
      letterArchivePackage(
        id,
        caller,
        deps.archiveDocuments ?? archivedDocumentsOf(deps.runtime, id),
        // The trail's people as views name them, readable to the archive, by id (D-58, D-59).
        archiveTrailPeople(deps.runtime),
      ),
    );
    // Not found, not visible, store unavailable: the one error table, before any byte is sent.
    if (Exit.isFailure(exit)) return runToResponse(c, deps.runtime, Effect.failCause(exit.cause));
    const made = exit.value;
    const stream = made.stream as Readable;
    stream.once("error", (error) =>
      // Once the 200 is sent, a failure can only cut the ZIP short; the log says why.
      logLine("error", "archive package failed while streaming", {
        requestId: c.get("requestId"),
        cause: String(error).slice(0, 2000),
      }),
    );
    return c.body(Readable.toWeb(stream) as ReadableStream, 200, {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="${made.fileName}"`,
    });
  });
}
