import {
  InputOutOfRange,
  NotAllowed,
  type RegistryEntry,
  readVisibleLetter,
  registryPage,
} from "@samverkan/core";
import type { LetterOfIntent } from "@samverkan/domain";
import * as Effect from "effect/Effect";
import * as z from "zod/mini";
import type { AppDeps } from "../http/app-deps";
import { writeCsv } from "../http/csv";
import { createRoute } from "../http/route";
import { newRouter } from "../http/router";
import { ok, runToResponse } from "../http/run-effect";
import {
  bearerSecurity,
  DateInput,
  LetterIdParam,
  OrgNumberInput,
  PageQuery,
  pageOf,
  problemResponses,
} from "../schemas/common";
import { RegistryEntryView } from "../schemas/registry-view";

const RegistryQuery = /* @__PURE__ */ z.extend(PageQuery, {
  party: /* @__PURE__ */ z.optional(OrgNumberInput).check(
    z.meta({
      description: "Whose registry: the caller's organisation (the default) and no other",
    }),
  ),
  from: /* @__PURE__ */ z
    .optional(DateInput)
    .check(z.meta({ description: "First registration day (Europe/Stockholm), inclusive" })),
  to: /* @__PURE__ */ z
    .optional(DateInput)
    .check(z.meta({ description: "Last registration day (Europe/Stockholm), inclusive" })),
});

const registryRoute = createRoute({
  method: "get",
  path: "/v1/agreements/{id}/registry",
  tags: ["Documents"],
  summary:
    "A party's registry extract (diarium): every document of the letter that is an official document at the party; JSON, or CSV for Swedish Excel with Accept: text/csv",
  security: bearerSecurity,
  request: { params: LetterIdParam, query: RegistryQuery },
  responses: {
    200: {
      description: "A page of the extract (JSON), or the whole extract (CSV)",
      content: {
        "application/json": { schema: pageOf(RegistryEntryView) },
        "text/csv": { schema: /* @__PURE__ */ z.string() },
      },
    },
    ...problemResponses,
  },
});

/** The most rows a CSV extract holds; a longer one asks for a shorter period (from/to). */
export const MAX_REGISTRY_CSV_ROWS = 5_000;

const CSV_HEADERS = [
  "Dokumentnummer",
  "Registreringsdatum",
  "Dokumentdatum",
  "Handlingstyp",
  "Beskrivning",
  "Motpart",
  "Länk",
];

/** The extract as CSV for Swedish Excel: a byte order mark, semicolons, Swedish headers. */
const csvOf = (entries: readonly RegistryEntry[]) =>
  `\ufeff${writeCsv([
    CSV_HEADERS,
    ...entries.map((entry) => [
      entry.documentNumber,
      entry.registeredOn,
      entry.documentDate,
      entry.kind,
      entry.description,
      entry.counterparts.map((o) => `${o.name} (${o.orgNumber})`).join(", "),
      entry.link,
    ]),
  ])}`;

/** Every entry of the extract, page by page, up to `MAX_REGISTRY_CSV_ROWS`. */
const wholeExtract = (
  letter: LetterOfIntent,
  query: Parameters<typeof registryPage>[1],
  maxRows: number,
) =>
  Effect.gen(function* () {
    const entries: RegistryEntry[] = [];
    let cursor: string | undefined;
    do {
      const page = yield* registryPage(letter, {
        ...query,
        limit: 200,
        ...(cursor ? { cursor } : {}),
      });
      entries.push(...page.items);
      if (entries.length > maxRows)
        return yield* Effect.fail(
          new InputOutOfRange({
            code: "registry-too-large",
            message: `The extract has more than ${maxRows} documents; ask for a shorter period with from and to`,
          }),
        );
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return entries;
  });

/** GET …/registry: a party's registry extract of the letter (issue #22 item 1, D-55). */
export function registryRoutes(deps: AppDeps) {
  return newRouter().openapi(registryRoute, (c) => {
    const { id } = c.req.valid("param");
    const { party, from, to, limit, cursor } = c.req.valid("query");
    const caller = c.get("caller");
    const wantsCsv = /text\/csv/i.test(c.req.header("accept") ?? "");
    const program = Effect.gen(function* () {
      // 404 before 403: a letter the caller cannot see is not there, whoever's registry is asked.
      const head = yield* readVisibleLetter(id, caller);
      const whose = party ?? caller.orgNumber;
      if (whose !== caller.orgNumber)
        return yield* Effect.fail(
          new NotAllowed({
            code: "not-own-registry",
            message: "An organisation takes the registry extract of its own documents only",
          }),
        );
      if (from && to && from > to)
        return yield* Effect.fail(
          new InputOutOfRange({ code: "registry-period-reversed", message: "from is after to" }),
        );
      const bounds = deps.registryBounds ?? {};
      const query = {
        party: whose,
        limit,
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(bounds.eventsPerPage ? { eventsPerPage: bounds.eventsPerPage } : {}),
      };
      if (!wantsCsv) {
        const page = yield* registryPage(head.letter, { ...query, ...(cursor ? { cursor } : {}) });
        return ok(registryRoute, 200, page);
      }
      const entries = yield* wholeExtract(
        head.letter,
        query,
        bounds.csvRows ?? MAX_REGISTRY_CSV_ROWS,
      );
      return {
        status: 200,
        body: csvOf(entries),
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="diarium-${whose}-${id}.csv"`,
        },
      };
    });
    return runToResponse(c, deps.runtime, program);
  });
}
