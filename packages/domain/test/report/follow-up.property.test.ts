import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ActivityEvent } from "../../src/activity/activity-events";
import { addDays } from "../../src/calendar/calendar-date";
import type { FundingEvent } from "../../src/funding/funding-events";
import type { Organisation } from "../../src/organisation/actor";
import { type FollowUpReport, followUp } from "../../src/report/follow-up";
import type { RecordedFact } from "../../src/report/report-events";
import type { LetterTemplate } from "../../src/templates/letter-template";
import { specialAgreementTermsOf } from "../../src/terms/terms";
import { ActivityKind } from "../../src/vocabulary/activity-kinds";
import { propertyTemplates } from "../support/test-templates";
import {
  BODEN,
  d,
  dialog,
  ended,
  KIRUNA,
  LTU,
  ltuNokLetter,
  NOK,
  need,
  notice,
  PITEA,
  structureReview,
} from "./ltu-nok-facts";
import * as s from "./stream-facts";

// Any day from 2024 to mid-2029: facts need not obey the deciders for the figures to add up.
const day = fc.integer({ min: 0, max: 2000 }).map((offset) => addDays(d("2024-01-01"), offset));
const maybeDay = fc.option(day, { nil: undefined });
const year = fc.integer({ min: 2023, max: 2030 });
const sources = [KIRUNA, PITEA, BODEN, LTU, NOK, { dialogId: "dlg-0" }];

// D-45: every property runs over each built-in template: its terms and its own focus areas.
const letterFacts = (template: LetterTemplate) =>
  fc
    .record({
      signedOn: day,
      terms: fc.record({
        dialogsPerYear: fc.constantFrom(1, 2, 4),
        basisLeadDays: fc.integer({ min: 0, max: 30 }),
        structureReviewsPerYear: fc.constantFrom(1, 2),
      }),
      noticeDays: fc.option(fc.integer({ min: 0, max: 700 }), { nil: null }),
      reviews: fc.array(fc.tuple(fc.integer({ min: 2024, max: 2029 }), day), { maxLength: 4 }),
    })
    .map(({ signedOn, terms, noticeDays, reviews }): RecordedFact[] => {
      const facts = ltuNokLetter(signedOn, terms, template);
      if (noticeDays !== null) {
        const receivedOn = addDays(signedOn, noticeDays);
        const endsOn = addDays(receivedOn, 92);
        facts.push(notice(receivedOn, endsOn), ended(endsOn));
      }
      return [...facts, ...reviews.map(([y, on]) => structureReview(y, on))];
    });

const dialogFacts = fc
  .array(fc.record({ scheduledOn: day, basis: maybeDay, heldOn: maybeDay, review: fc.boolean() }), {
    maxLength: 8,
  })
  .map((dialogs) =>
    dialogs.flatMap((x, i) =>
      dialog(`dlg-${i}`, x.scheduledOn, {
        basis: x.basis,
        heldOn: x.heldOn,
        review: x.review ? [] : undefined,
      }),
    ),
  );

const needFacts = (template: LetterTemplate) =>
  fc
    .array(
      fc.record({
        source: fc.constantFrom(...sources),
        raisedOn: day,
        areas: fc.subarray(
          template.focusAreas.map((area) => area.id),
          { minLength: 1 },
        ),
      }),
      { maxLength: 10 },
    )
    .map((needs) => needs.map((x, i) => need(`need-${i}`, x.source, x.raisedOn, x.areas)));

// D-63: each version records the template's special-agreement terms, as `draftingTerms` does.
const activityFacts = (template: LetterTemplate) => {
  const { required, signedBy } = specialAgreementTermsOf(template.terms);
  const drafted = (version: number, on: string, others: Organisation[]): ActivityEvent => ({
    ...s.drafted(version, on, others),
    ...(required ? {} : { required: false }),
    ...(signedBy === "principal-parties" ? { signatories: [NOK.orgNumber, LTU.orgNumber] } : {}),
  });
  return fc
    .array(
      fc.record({
        kind: fc.constantFrom(...ActivityKind.options),
        needs: fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 3 }),
        definedOn: day,
        versions: fc.array(
          fc.record({
            draftedOn: day,
            others: fc.subarray([KIRUNA, PITEA]),
            signers: fc.array(fc.tuple(fc.constantFrom(NOK, LTU, KIRUNA, PITEA), day), {
              maxLength: 4,
            }),
          }),
          { minLength: 1, maxLength: 2 },
        ),
        startedOn: maybeDay,
        completedOn: maybeDay,
      }),
      { maxLength: 6 },
    )
    .map((activities) =>
      activities.flatMap((x, i) => {
        const id = `act-${i}`;
        const events: ActivityEvent[] = [
          s.defined(
            id,
            x.kind,
            x.needs.map((n) => `need-${n}`),
            x.definedOn,
          ),
        ];
        x.versions.forEach((v, n) => {
          events.push(
            drafted(n + 1, v.draftedOn, v.others),
            ...v.signers.map(([who, on]) => s.signed(n + 1, who, on)),
          );
        });
        if (x.startedOn) events.push(s.started(x.startedOn));
        if (x.startedOn && x.completedOn) events.push(s.completed(x.completedOn));
        return s.activityStream(id, events);
      }),
    );
};

const fundingFacts = fc
  .array(
    fc.record({
      plannedOn: day,
      deadline: day,
      requested: fc.integer({ min: 0, max: 5_000_000 }),
      revision: fc.option(fc.tuple(day, fc.integer({ min: 0, max: 5_000_000 })), {
        nil: undefined,
      }),
      submittedOn: maybeDay,
      decision: fc.option(
        fc.tuple(
          fc.constantFrom("granted" as const, "rejected" as const),
          day,
          fc.integer({ min: 0, max: 5_000_000 }),
        ),
        { nil: undefined },
      ),
      withdrawnOn: maybeDay,
    }),
    { maxLength: 6 },
  )
  .map((apps) =>
    apps.flatMap((x, i) => {
      const id = `app-${i}`;
      const events: FundingEvent[] = [
        s.planned(id, "Vinnova", x.deadline, x.requested, x.plannedOn),
      ];
      if (x.revision) events.push(s.revised("Vinnova", x.revision[0], x.revision[1]));
      if (x.submittedOn) events.push(s.submitted(x.submittedOn));
      if (x.decision) {
        const [decision, on, amount] = x.decision;
        events.push(s.decided(decision, on, decision === "granted" ? amount : null));
      } else if (x.withdrawnOn) events.push(s.withdrawn(x.withdrawnOn));
      return s.fundingStream(id, events);
    }),
  );

const factsOf = (template: LetterTemplate) =>
  fc
    .tuple(
      letterFacts(template),
      dialogFacts,
      needFacts(template),
      activityFacts(template),
      fundingFacts,
    )
    .map((parts): RecordedFact[] => parts.flat());

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Every `{ count, <ids> }` in the report, with the list it counts (a funnel stage counts needs). */
function tallies(
  value: unknown,
  found: Array<[number, unknown[]]> = [],
): Array<[number, unknown[]]> {
  if (value === null || typeof value !== "object") return found;
  const record = value as Record<string, unknown>;
  const lists = ["needIds", "activityIds", "applicationIds", "dialogIds", "periods", "obligations"];
  const list = lists.find((key) => Array.isArray(record[key]));
  if (typeof record.count === "number" && list)
    found.push([record.count, record[list] as unknown[]]);
  for (const child of Object.values(record)) tallies(child, found);
  return found;
}

function expectFiguresAddUp(report: FollowUpReport): void {
  for (const [count, list] of tallies(report)) expect(count).toBe(list.length);
  for (const f of Object.values(report.obligations)) {
    expect(f.onTime.count + f.late.count + f.missed.count + f.lapsed.count + f.open.count).toBe(
      f.due.count,
    );
    if (report.asOf === null) expect(f.open.count).toBe(0);
    const judged = [f.onTime, f.late, f.missed, f.lapsed, f.open].flatMap((t) =>
      t.obligations.map((o) => o.id),
    );
    expect([...judged].sort()).toEqual(f.due.obligations.map((o) => o.id).sort());
  }
  const { due, onTime, late, missed, open } = report.dialogs.totals;
  expect(onTime.count + late.count + missed.count + open.count).toBe(due.count);
  expect(due.count).toBe(sum(report.dialogs.periods.map((p) => p.due)));
  const bases = report.bases.totals;
  expect(bases.onTime.count + bases.late.count + bases.missing.count).toBe(bases.held.count);
  const { needs, activities, funding } = report;
  expect(sum(needs.bySource.map((row) => row.total.count))).toBe(needs.raised.count);
  for (const area of needs.focusAreas) {
    expect(sum(needs.bySource.map((row) => row.byFocusArea[area]?.count ?? 0))).toBe(
      needs.byFocusArea[area]?.count,
    );
  }
  for (const row of needs.bySource)
    for (const cell of Object.values(row.byFocusArea))
      expect(cell.count).toBeLessThanOrEqual(row.total.count);
  const funnel = activities.funnel;
  funnel.slice(1).forEach((after, i) => {
    const before = funnel[i];
    expect(after.count).toBeLessThanOrEqual(before?.count ?? 0);
    expect(after.needIds.every((id) => before?.needIds.includes(id))).toBe(true);
    if (i > 0) expect(after.activityIds.every((id) => before?.activityIds.includes(id))).toBe(true);
  });
  expect(funnel[0]?.count).toBe(needs.raised.count);
  expect(funnel[1]?.needIds).toEqual(needs.ledToActivity.needIds);
  expect(sum(Object.values(activities.byStatus).map((t) => t.count))).toBe(
    activities.defined.count,
  );
  expect(sum(Object.values(activities.byKind).map((t) => t.count))).toBe(activities.defined.count);
  const statuses = Object.values(funding.byStatus);
  expect(sum(statuses.map((t) => t.count))).toBe(funding.total.count);
  expect(sum(statuses.map((t) => t.requestedSek))).toBe(funding.total.requestedSek);
  expect(sum(statuses.map((t) => t.grantedSek))).toBe(funding.total.grantedSek);
}

describe.each(propertyTemplates().map((template) => [template.id, template] as const))(
  "R24 properties of the follow-up report, template %s",
  (_id, template) => {
    const facts = factsOf(template);
    it("R24 the figures add up for any facts and any year", () => {
      fc.assert(
        fc.property(facts, year, (events, y) => expectFiguresAddUp(followUp({ events }, y))),
        { numRuns: 300 },
      );
    });

    it("R24 D-21 as of a day in the year, what can still be met is open, and the figures still add up", () => {
      const day = fc
        .integer({ min: 0, max: 4 * 366 })
        .map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
      fc.assert(
        fc.property(facts, year, day, (events, y, asOf) => {
          const report = followUp({ events }, y, asOf as never);
          expectFiguresAddUp(report);
          // Nothing that could still be met on that day is counted as missed.
          for (const f of Object.values(report.obligations))
            for (const o of f.missed.obligations) expect(o.dueOn < asOf).toBe(true);
        }),
        { numRuns: 200 },
      );
    });

    it("R24 a year with no facts gives zeros", () => {
      fc.assert(
        fc.property(fc.integer({ min: 1900, max: 2999 }), (y) => {
          const report = followUp({ events: [] }, y);
          expect(report.inForce.duringYear).toBe(false);
          expect(report.dialogs.periods).toEqual([]);
          const counts = tallies(report).map(([count]) => count);
          expect(counts.length).toBeGreaterThan(30);
          expect(counts.every((count) => count === 0)).toBe(true);
          expect(report.funding.total.requestedSek + report.funding.total.grantedSek).toBe(0);
        }),
        { numRuns: 100 },
      );
    });

    it("R24 R10 a due half-year is on time exactly when a dialog was held in it", () => {
      fc.assert(
        fc.property(facts, year, (events, y) => {
          for (const period of followUp({ events }, y).dialogs.periods.filter((p) => p.due === 1))
            expect(period.outcome === "on-time").toBe(period.held.length > 0);
        }),
        { numRuns: 200 },
      );
    });

    it("finding: the template's needs-review cadence and special-agreement terms are not read by any rule — R24 R14 the follow-up still counts every activity, and one whose agreement the terms did not require never awaits signatures nor counts as signed", () => {
      const { required } = specialAgreementTermsOf(template.terms);
      fc.assert(
        fc.property(facts, year, (events, y) => {
          const { activities } = followUp({ events }, y);
          expect(sum(Object.values(activities.byStatus).map((t) => t.count))).toBe(
            activities.defined.count,
          );
          if (required) return;
          // Generated facts may define an activity before any version is drafted; one with a
          // version by year end never awaits a signature.
          const drafted = new Set(
            events.flatMap(({ aggregate, event }) =>
              event.type === "SpecialAgreementDrafted" && event.draftedOn <= `${y}-12-31`
                ? [aggregate.replace("activity:", "")]
                : [],
            ),
          );
          const awaiting = activities.byStatus["awaiting-signatures"].activityIds;
          expect(awaiting.filter((id) => drafted.has(id))).toEqual([]);
          expect(activities.agreementsSigned).toEqual([]);
        }),
        { numRuns: 150 },
      );
    });

    it("finding: the template's needs-review cadence and special-agreement terms are not read by any rule — R24 R13 the year's needs reviews are one per period of the template's cadence", () => {
      const perYear = template.terms.needsReviewsPerYear ?? 1;
      fc.assert(
        fc.property(facts, year, (events, y) => {
          const reviews = followUp({ events }, y).obligations.R13.due.obligations;
          for (const o of reviews) expect(o.id).toMatch(/^annual-needs-review:/);
          // A whole year in force has exactly `perYear` of them; a part year never more.
          expect(reviews.length).toBeLessThanOrEqual(perYear);
        }),
        { numRuns: 150 },
      );
    });

    it("R24 the report depends on the facts only: the same facts give the same report", () => {
      fc.assert(
        fc.property(facts, year, (events, y) => {
          expect(followUp({ events: [...events] }, y)).toEqual(followUp({ events }, y));
        }),
        { numRuns: 50 },
      );
    });
  },
);
