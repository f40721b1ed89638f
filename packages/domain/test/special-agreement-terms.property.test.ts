import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ActivityCommand,
  addDays,
  decideActivity,
  foldActivity,
  foldLetter,
  type LetterHeadEvent,
  type LetterOfIntent,
  type LetterTemplate,
  missingSignatories,
  type Organisation,
  specialAgreementTermsOf,
} from "../src/index";
import { coordinatorOf, KIRUNA, LTU, NOK, RISE, signatoryOf } from "./support/fixtures";
import { activityHistoryOf, historyOf, needsIn } from "./support/given-when-then";
import { d, signedLetter } from "./support/letters";
import { propertyTemplates } from "./support/test-templates";

const FINDING =
  "finding: the template's needs-review cadence and special-agreement terms are not read by any rule";

const principalsOf = (template: LetterTemplate): [Organisation, Organisation] => [
  template.parties[0].usual ?? NOK,
  template.parties[1].usual ?? LTU,
];

/** The template's letter, signed, with one registered need to define activities against. */
function letterWithNeed(template: LetterTemplate): LetterHeadEvent[] {
  const [first] = principalsOf(template);
  return historyOf(
    [
      {
        type: "RegisterNeed",
        actor: coordinatorOf(first),
        need: { needId: "need-1", title: "A need", focusAreas: [template.focusAreas[0]?.id] },
        raisedBy: first.orgNumber,
        raisedOn: "2026-01-10",
      },
    ],
    signedLetter("2025-10-01", template),
  );
}

const define = (template: LetterTemplate, projectParties: Organisation[]) => ({
  type: "DefineActivity" as const,
  actor: coordinatorOf(principalsOf(template)[1]),
  activityId: "act-1",
  title: "A concrete activity",
  kind: "other",
  focusAreas: [template.focusAreas[0]?.id],
  needIds: ["need-1"],
  projectParties,
  terms: "Who does what",
  definedOn: "2026-02-01",
});

/** Who signs on which day after drafting, and the day the start is asked for. */
const scenario = fc.record({
  projectParties: fc.subarray([KIRUNA, RISE]),
  signers: fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 30 })), {
    maxLength: 4,
  }),
  startAfter: fc.integer({ min: 0, max: 40 }),
});

describe.each(propertyTemplates().map((t) => [t.id, t] as const))(
  "R14 special agreements under the template's terms, template %s",
  (_id, template) => {
    const terms = specialAgreementTermsOf(template.terms);
    const letter = letterWithNeed(template);
    const state = foldLetter(letter) as LetterOfIntent;

    it(`${FINDING} — R14 an activity starts exactly when the terms let it: every signatory the terms name has signed by the start, or none is required`, () => {
      fc.assert(
        fc.property(scenario, ({ projectParties, signers, startAfter }) => {
          const parties = [...principalsOf(template), ...projectParties];
          const signatures = new Map<string, string>();
          for (const [index, after] of signers) {
            const party = parties[index % parties.length] as Organisation;
            if (!signatures.has(party.orgNumber))
              signatures.set(party.orgNumber, addDays(d("2026-02-01"), after));
          }
          const ordered = [...signatures].sort(([, a], [, b]) => (a < b ? -1 : 1));
          const events = activityHistoryOf(letter, [
            define(template, projectParties),
            ...ordered.map(([org, signedOn]) => ({
              type: "SignSpecialAgreement" as const,
              actor: signatoryOf(parties.find((p) => p.orgNumber === org) as Organisation),
              signedOn,
            })),
          ]);
          const startedOn = addDays(d("2026-02-01"), startAfter);
          const signatories =
            terms.signedBy === "principal-parties" ? principalsOf(template) : parties;
          const signedBy = (org: string) => (signatures.get(org) ?? "9999-12-31") <= startedOn;
          const expected =
            !terms.required || signatories.every((party) => signedBy(party.orgNumber));
          const decision = decideActivity(
            ActivityCommand.parse({
              type: "StartActivity",
              actor: coordinatorOf(principalsOf(template)[0]),
              startedOn,
            }),
            { letter: state, activity: foldActivity(events), needs: needsIn(letter) },
          );
          expect(decision.ok).toBe(expected);
          // The agreement names who still has to sign: none when the terms require none.
          const agreement = foldActivity(events)?.specialAgreement;
          if (agreement && !terms.required) expect(missingSignatories(agreement)).toEqual([]);
        }),
        { numRuns: 150 },
      );
    });

    it(`${FINDING} — R14 every project party stays a party of the agreement, whoever the terms ask to sign`, () => {
      const events = activityHistoryOf(letter, [define(template, [KIRUNA, RISE])]);
      const agreement = foldActivity(events)?.specialAgreement;
      expect(agreement?.parties.map((p) => p.orgNumber)).toEqual(
        [...principalsOf(template), KIRUNA, RISE].map((p) => p.orgNumber),
      );
      const missing = agreement ? missingSignatories(agreement).map((p) => p.orgNumber) : [];
      const expected = !terms.required
        ? []
        : terms.signedBy === "principal-parties"
          ? principalsOf(template).map((p) => p.orgNumber)
          : [...principalsOf(template), KIRUNA, RISE].map((p) => p.orgNumber);
      expect(missing).toEqual(expected);
    });
  },
);
