import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  type CalendarDate,
  type LetterHeadEvent,
  letterObligations,
  periodContaining,
} from "../src/index";
import { KIRUNA, LTU, NOK } from "./support/fixtures";
import { d, signedLetter, stateOf } from "./support/letters";

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

describe("R21 properties of derived obligations", () => {
  it("R21 obligations never change when unrelated events are added", () => {
    fc.assert(
      fc.property(
        heldDialogs,
        fc.array(unrelatedEvent, { maxLength: 8 }),
        dayAfterSigning,
        (dialogs, unrelated, asOf) => {
          const base = [...signedLetter("2025-10-01"), ...dialogs];
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
        const letter = stateOf([...signedLetter("2025-10-01"), ...dialogs]);
        // From the recorded events, not from the head, which keeps only the earliest per period.
        const heldOn = dialogs.flatMap((event) =>
          event.type === "DialogRecorded" ? [event.heldOn] : [],
        );
        for (const obligation of letterObligations(letter, asOf).filter(
          (o) => o.kind === "half-year-dialog",
        )) {
          const period = periodContaining(obligation.dueOn as CalendarDate, 2);
          const held = heldOn.some(
            (day) => day >= period.startsOn && day <= period.endsOn && day <= asOf,
          );
          expect(obligation.status === "fulfilled").toBe(held);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("R21 statuses follow the date: overdue only after the due date, due soon only within 14 days of it", () => {
    fc.assert(
      fc.property(heldDialogs, dayAfterSigning, (dialogs, asOf) => {
        for (const o of letterObligations(
          stateOf([...signedLetter("2025-10-01"), ...dialogs]),
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
