import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCalendarMonths,
  addDays,
  type CalendarDate,
  factDateOf,
  isRecordedLate,
  type LetterHeadEvent,
  letterAsOf,
  letterObligations,
  needsReviewsPerYearOf,
  periodContaining,
  periodsBeginningAfter,
} from "../src/index";
import { KIRUNA, LTU, NOK } from "./support/fixtures";
import { d, letterWithGroup, signedLetter, stateOf } from "./support/letters";
import { propertyTemplates } from "./support/test-templates";

const dayAfterSigning = fc
  .integer({ min: 0, max: 1500 })
  .map((offset) => addDays(d("2025-10-01"), offset));

/** Events that carry no date an obligation depends on: needs and collaboration group changes. */
const unrelatedEvent = fc.oneof(
  fc.record({ id: fc.uuid(), raisedOn: dayAfterSigning }).map(
    ({ id, raisedOn }): LetterHeadEvent => ({
      type: "NeedRegistered",
      needId: `need-${id}`,
      title: "A need",
      description: "",
      raisedBy: { kind: "municipality", orgNumber: KIRUNA.orgNumber },
      raisedOn,
      focusAreas: ["education"],
    }),
  ),
  dayAfterSigning.map(
    (setOn): LetterHeadEvent => ({
      type: "CollaborationGroupSet",
      members: [
        { name: "N", orgNumber: NOK.orgNumber },
        { name: "L", orgNumber: LTU.orgNumber },
      ],
      setOn,
    }),
  ),
);

const heldDialogs = fc.uniqueArray(dayAfterSigning, { maxLength: 6 }).map((days) =>
  days.flatMap((heldOn, i): LetterHeadEvent[] => [
    { type: "DialogScheduled", dialogId: `dlg-${i}`, scheduledOn: heldOn },
    {
      type: "DialogRecorded",
      dialogId: `dlg-${i}`,
      heldOn,
      topics: {
        outsideWorld: "a",
        trends: "b",
        futureChallenges: "c",
        directionAdjustments: "No adjustment",
      },
      needsReview: i % 2 === 0 ? { needIds: [] } : null,
    },
  ]),
);

// D-45: the properties hold for every built-in template, with its own terms; D-63: and for the
// test-only templates whose needs-review cadence and special-agreement terms differ.
const templates = propertyTemplates().map((template) => [template.id, template] as const);

describe.each(templates)("R21 properties of derived obligations, template %s", (_id, template) => {
  it("R21 obligations never change when unrelated events are added", () => {
    fc.assert(
      fc.property(
        heldDialogs,
        fc.array(unrelatedEvent, { maxLength: 8 }),
        dayAfterSigning,
        (dialogs, unrelated, asOf) => {
          const base = [...signedLetter("2025-10-01", template), ...dialogs];
          expect(letterObligations(stateOf([...base, ...unrelated]), asOf)).toEqual(
            letterObligations(stateOf(base), asOf),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it("R10 a half-year obligation is fulfilled exactly when a dialog was held in it by the date asked", () => {
    fc.assert(
      fc.property(heldDialogs, dayAfterSigning, (dialogs, asOf) => {
        const letter = stateOf([...signedLetter("2025-10-01", template), ...dialogs]);
        // From the recorded events, not from the head, which keeps only the earliest per period.
        const heldOn = dialogs.flatMap((event) =>
          event.type === "DialogRecorded" ? [event.heldOn] : [],
        );
        for (const obligation of letterObligations(letter, asOf).filter(
          (o) => o.kind === "half-year-dialog",
        )) {
          const period = periodContaining(
            obligation.dueOn as CalendarDate,
            template.terms.dialogsPerYear as 1 | 2 | 3 | 4 | 6 | 12,
          );
          const held = heldOn.some(
            (day) => day >= period.startsOn && day <= period.endsOn && day <= asOf,
          );
          expect(obligation.status === "fulfilled").toBe(held);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("finding: the template's needs-review cadence and special-agreement terms are not read by any rule — R13 a needs-review obligation recurs at the template's cadence and is fulfilled exactly when a dialog with a needs review was held in its period by the date asked", () => {
    const perYear = needsReviewsPerYearOf(template.terms) as 1 | 2 | 3 | 4 | 6 | 12;
    fc.assert(
      fc.property(heldDialogs, dayAfterSigning, (dialogs, asOf) => {
        const letter = stateOf([...signedLetter("2025-10-01", template), ...dialogs]);
        const reviewedOn = dialogs.flatMap((event) =>
          event.type === "DialogRecorded" && event.needsReview ? [event.heldOn] : [],
        );
        const reviews = letterObligations(letter, asOf).filter(
          (o) => o.kind === "annual-needs-review",
        );
        for (const obligation of reviews) {
          const period = periodContaining(obligation.dueOn as CalendarDate, perYear);
          // One obligation per period of the template's cadence, due on its last day.
          expect(obligation.subject.period).toBe(period.label);
          expect(obligation.dueOn).toBe(period.endsOn);
          const held = reviewedOn.some(
            (day) => day >= period.startsOn && day <= period.endsOn && day <= asOf,
          );
          expect(obligation.status === "fulfilled").toBe(held);
        }
        // Every period of that cadence begun after the letter entered into force (D-4) and by
        // the date asked has its obligation, once.
        const begun = periodsBeginningAfter(letter.inForceFrom as CalendarDate, asOf, perYear);
        const labels = reviews.map((o) => o.subject.period);
        expect(new Set(labels).size).toBe(labels.length);
        for (const period of begun) expect(labels).toContain(period.label);
      }),
      { numRuns: 150 },
    );
  });

  it("R21 statuses follow the date: overdue only after the due date, due soon only within 14 days of it", () => {
    fc.assert(
      fc.property(heldDialogs, dayAfterSigning, (dialogs, asOf) => {
        for (const o of letterObligations(
          stateOf([...signedLetter("2025-10-01", template), ...dialogs]),
          asOf,
        )) {
          if (o.status === "overdue") expect(asOf > o.dueOn).toBe(true);
          if (o.status === "due-soon")
            expect(asOf <= o.dueOn && addDays(asOf, 14) >= o.dueOn).toBe(true);
          if (o.status === "upcoming") expect(addDays(asOf, 14) < o.dueOn).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

/** A dialog's life: scheduled, maybe a basis, maybe held; each fact with its own date. */
const dialogLife = fc
  .record({
    scheduledOn: dayAfterSigning,
    basisOffset: fc.option(fc.integer({ min: -60, max: 30 }), { nil: undefined }),
    heldOffset: fc.option(fc.integer({ min: -10, max: 60 }), { nil: undefined }),
    needsReview: fc.boolean(),
  })
  .map(({ scheduledOn, basisOffset, heldOffset, needsReview }) => ({
    scheduledOn,
    submittedOn: basisOffset === undefined ? null : addDays(scheduledOn, basisOffset),
    heldOn: heldOffset === undefined ? null : addDays(scheduledOn, heldOffset),
    needsReview,
  }));

const topics = {
  outsideWorld: "a",
  trends: "b",
  futureChallenges: "c",
  directionAdjustments: "No adjustment",
};

/** Generated histories: dialogs, structure reviews and a notice, timely or claimed and acknowledged. */
const history = fc
  .record({
    dialogs: fc.array(dialogLife, { maxLength: 10 }),
    reviews: fc.uniqueArray(dayAfterSigning, { maxLength: 3, selector: (day) => day.slice(0, 4) }),
    notice: fc.option(
      fc.record({
        receivedOn: dayAfterSigning,
        recordedAfter: fc.integer({ min: 0, max: 40 }),
        acknowledgedAfter: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
      }),
      { nil: undefined },
    ),
  })
  .map(({ dialogs, reviews, notice }): LetterHeadEvent[] => {
    const events: LetterHeadEvent[] = [];
    dialogs.forEach((life, i) => {
      const dialogId = `dlg-${i}`;
      events.push({ type: "DialogScheduled", dialogId, scheduledOn: life.scheduledOn });
      if (life.submittedOn && (!life.heldOn || life.submittedOn <= life.heldOn))
        events.push({
          type: "DialogBasisSubmitted",
          dialogId,
          submittedOn: life.submittedOn,
          summary: "s",
        });
      if (life.heldOn)
        events.push({
          type: "DialogRecorded",
          dialogId,
          heldOn: life.heldOn,
          topics,
          needsReview: life.needsReview ? { needIds: [] } : null,
        });
    });
    for (const reviewedOn of reviews)
      events.push({
        type: "StructureReviewRecorded",
        year: Number(reviewedOn.slice(0, 4)),
        reviewedOn,
        summary: "r",
      });
    if (notice) {
      const recordedOn = addDays(notice.receivedOn, notice.recordedAfter);
      const claimed = isRecordedLate(notice.receivedOn, recordedOn);
      events.push({
        type: "TerminationNoticeGiven",
        givenBy: NOK.orgNumber,
        receivedOn: notice.receivedOn,
        endsOn: addCalendarMonths(notice.receivedOn, 3),
        signedBy: { sub: "nok-signatory" },
        recordedOn,
        ...(claimed ? { awaitsAcknowledgement: true as const } : {}),
      });
      if (claimed && notice.acknowledgedAfter !== undefined)
        events.push({
          type: "TerminationNoticeAcknowledged",
          acknowledgedBy: LTU.orgNumber,
          acknowledgedOn: addDays(recordedOn, notice.acknowledgedAfter),
          signedBy: { sub: "ltu-signatory" },
        });
    }
    return events;
  });

/** The date of the fact an event records, for the events this property generates. */
const datedOn = (event: LetterHeadEvent): CalendarDate | null =>
  event.type === "TerminationNoticeAcknowledged" ? event.acknowledgedOn : factDateOf(event);

describe.each(templates)("D-21 properties of views as of a day, template %s", (_id, template) => {
  it("finding: as of forgets a basis that was due — R12 R21 the view as of a day never changes when facts dated after that day are added", () => {
    fc.assert(
      fc.property(history, dayAfterSigning, (events, asOf) => {
        const base = letterWithGroup("2025-10-01", template);
        const known = events.filter((event) => {
          const on = datedOn(event);
          return on === null || on <= asOf;
        });
        expect(letterAsOf(stateOf([...base, ...events]), asOf)).toEqual(
          letterAsOf(stateOf([...base, ...known]), asOf),
        );
      }),
      { numRuns: 400 },
    );
  });
});
