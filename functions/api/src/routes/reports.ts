import {
  InputOutOfRange,
  queryLetterItems,
  readVisibleLetter,
  stockholmDate,
  today,
} from "@samverkan/core";
import {
  type CalendarDate,
  followUp,
  type Organisation,
  type RecordedFact,
} from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import * as z from "zod/mini";
import type { AppDeps } from "../http/app-deps";
import { createRoute } from "../http/route";
import { newRouter } from "../http/router";
import { ok, runToResponse } from "../http/run-effect";
import {
  bearerSecurity,
  coercedNumber,
  DateInput,
  LetterIdParam,
  problemResponses,
} from "../schemas/common";
import { type CsvNames, followUpCsv } from "../schemas/follow-up-csv";
import { csvLanguage } from "../schemas/follow-up-csv-words";
import { FollowUpReportView } from "../schemas/follow-up-view";

/**
 * The most events a report reads. A report is computed from the letter's whole trail up to the
 * year asked; beyond this a request would read megabytes, and the API says so instead.
 */
export const MAX_REPORT_EVENTS = 20_000;
const PAGE = 1_000;

const ReportQuery = /* @__PURE__ */ z.object({
  year: /* @__PURE__ */ coercedNumber().check(
    z.int(),
    z.minimum(1900),
    z.maximum(2999),
    z.meta({ example: 2026 }),
  ),
  /** D-29: the report as it stood on a day: only facts recorded by then. Default today. */
  asOf: /* @__PURE__ */ z.optional(DateInput).check(
    z.meta({
      description:
        "The report as made on this day (D-29): facts recorded later are left out. From 1 January of the year to today; default today.",
    }),
  ),
});

const reportRoute = createRoute({
  method: "get",
  path: "/v1/agreements/{id}/reports/follow-up",
  tags: ["Follow-up"],
  summary: "The yearly follow-up report (R24): JSON, or CSV with Accept: text/csv",
  security: bearerSecurity,
  request: { params: LetterIdParam, query: ReportQuery },
  responses: {
    200: {
      description: "The figures of the year, each with the facts it counts",
      content: {
        "application/json": {
          schema: FollowUpReportView,
        },
        "text/csv": { schema: /* @__PURE__ */ z.string() },
      },
    },
    ...problemResponses,
  },
});

/**
 * The letter's facts recorded on or before `recordedBy` (a Stockholm day), in stream order, read
 * page by page up to `MAX_REPORT_EVENTS`. The stream is in recording order, so the first later
 * fact ends the read.
 */
const readFacts = (letterId: string, recordedBy: CalendarDate, maxEvents: number) =>
  Effect.gen(function* () {
    const facts: RecordedFact[] = [];
    let cursor: string | undefined;
    do {
      const page = yield* queryLetterItems(letterId, keys.eventPrefix, PAGE, cursor);
      for (const item of page.items) {
        const recordedOn = stockholmDate(Date.parse(item.recordedAt as string));
        if (recordedOn > recordedBy) return facts;
        // D-32: the day it was recorded, so facts recorded late are counted apart.
        const event = JSON.parse(item.data as string);
        facts.push({ aggregate: item.aggregate as string, event, recordedOn });
      }
      if (facts.length > maxEvents)
        return yield* Effect.fail(
          new InputOutOfRange({
            code: "report-too-large",
            message: `The letter has more than ${maxEvents} recorded events; its report cannot be made in one request`,
          }),
        );
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return facts;
  });

/** Names for the CSV's ids (#16.6): the letter's organisations, the activities' titles. */
function csvNames(
  letter: {
    readonly parties: readonly Organisation[];
    readonly memberOrganisations: readonly Organisation[];
  },
  facts: readonly RecordedFact[],
): CsvNames {
  const activities = new Map<string, string>();
  for (const { event } of facts)
    if (event.type === "ActivityDefined") activities.set(event.activityId, event.title);
  return {
    organisations: new Map(
      [...letter.memberOrganisations, ...letter.parties].map((o) => [o.orgNumber, o.name]),
    ),
    activities,
  };
}

/** GET …/reports/follow-up?year=YYYY: the year's follow-up of the letter (R24). */
export function reportRoutes(deps: AppDeps) {
  return newRouter().openapi(reportRoute, (c) => {
    const { id } = c.req.valid("param");
    const { year, asOf } = c.req.valid("query");
    const wantsCsv = /text\/csv/i.test(c.req.header("accept") ?? "");
    const program = Effect.gen(function* () {
      const head = yield* readVisibleLetter(id, c.get("caller"));
      const on = yield* today;
      const thisYear = Number(on.slice(0, 4));
      const firstYear = Number(head.letter.draftedOn.slice(0, 4));
      if (year < firstYear || year > thisYear)
        return yield* Effect.fail(
          new InputOutOfRange({
            code: "report-year-out-of-range",
            message: `A follow-up covers a year from ${firstYear}, when the letter was drafted, to ${thisYear}`,
          }),
        );
      const madeOn = asOf ?? on;
      if (madeOn > on || Number(madeOn.slice(0, 4)) < year)
        return yield* Effect.fail(
          new InputOutOfRange({
            code: "report-as-of-out-of-range",
            message: `A report of ${year} can be made as of a day from ${year}-01-01 to today, ${on}`,
          }),
        );
      // As of its day (D-21, D-29): what was recorded by then; what can still be met is open.
      const facts = yield* readFacts(id, madeOn, deps.maxReportEvents ?? MAX_REPORT_EVENTS);
      const report = followUp({ events: facts }, year, madeOn);
      if (!wantsCsv) return ok(reportRoute, 200, report);
      return {
        status: 200,
        body: followUpCsv(
          report,
          csvLanguage(c.req.header("accept-language")),
          csvNames(head.letter, facts),
        ),
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="uppfoljning-${id}-${year}.csv"`,
        },
      };
    });
    return runToResponse(c, deps.runtime, program);
  });
}
