import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  type LetterHeadEvent,
  letterObligations,
  PERIODS_PER_YEAR,
  type PeriodsPerYear,
  periodsBeginningAfter,
  termsOn,
} from "../src/index";
import { LTU, NOK, signatoryOf } from "./support/fixtures";
import { givenLetter, historyOf } from "./support/given-when-then";
import { d, holdDialog, letterWithGroup, stateOf } from "./support/letters";

// R26, D-51: whatever the amendment and whenever it is signed, it acts forward only: every
// obligation due before the day both had signed stands as it stood without it, and every period
// that begins on or after the effective date is cut by the new cadence.

const base = letterWithGroup();
const signingOffset = fc.integer({ min: 30, max: 900 });
const cadence = fc.constantFrom(...PERIODS_PER_YEAR);
const termsChange = fc.record(
  {
    dialogsPerYear: cadence,
    structureReviewsPerYear: cadence,
    noticeMonths: fc.integer({ min: 1, max: 24 }),
  },
  { requiredKeys: [] },
);

describe("R26 amendments act forward only (property)", () => {
  it("R26 obligations due before the signing day are the same with and without the amendment", () => {
    fc.assert(
      fc.property(
        signingOffset,
        fc.integer({ min: 0, max: 400 }),
        termsChange,
        fc.uniqueArray(fc.integer({ min: 1, max: 900 }), { maxLength: 4 }),
        (signAfter, effectiveAfter, changes, heldOffsets) => {
          const today = addDays(d("2025-10-01"), signAfter);
          const held = heldOffsets
            .map((offset) => addDays(d("2025-10-01"), offset))
            .filter((day) => day < today);
          const withDialogs = historyOf(
            held.flatMap((day, i) => holdDialog(`held-${i}`, day)),
            base,
          );
          const effectiveFrom = addDays(today, effectiveAfter);
          const proposal = {
            type: "ProposeAmendment",
            actor: signatoryOf(NOK),
            amendmentId: "a1",
            effectiveFrom,
            changes,
            on: today,
            today,
          };
          const decision = givenLetter(...withDialogs).when(proposal);
          let events: LetterHeadEvent[];
          try {
            events = [...withDialogs, ...decision.thenAccepted()];
          } catch {
            return; // Refused (changes nothing, or would change the past): nothing to compare.
          }
          const amended = historyOf(
            [
              {
                type: "SignAmendment",
                actor: signatoryOf(NOK),
                amendmentId: "a1",
                signedOn: today,
                today,
              },
              {
                type: "SignAmendment",
                actor: signatoryOf(LTU),
                amendmentId: "a1",
                signedOn: today,
                today,
              },
            ],
            events,
          );
          const later = addDays(effectiveFrom, 400);
          const past = (events: LetterHeadEvent[]) =>
            letterObligations(stateOf(events), later).filter((o) => o.dueOn < today);
          expect(past(amended)).toEqual(past(withDialogs));
          // From the effective date the new terms hold; the day before, the old ones.
          const letter = stateOf(amended);
          expect(termsOn(letter, effectiveFrom)).toEqual({ ...letter.terms, ...changes });
          expect(termsOn(letter, addDays(effectiveFrom, -1))).toEqual(letter.terms);
          // Each dialog period that begins on or after the date is cut by the new cadence.
          const perYear = termsOn(letter, effectiveFrom).dialogsPerYear as PeriodsPerYear;
          const ids = new Set(letterObligations(letter, later).map((o) => o.id));
          for (const period of periodsBeginningAfter(addDays(effectiveFrom, -1), later, perYear))
            expect(ids).toContain(`half-year-dialog:${period.label}`);
        },
      ),
      { numRuns: 60 },
    );
  });
});
