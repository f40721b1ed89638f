import { type CalendarDate, laterOf } from "../calendar/calendar-date";
import type { Obligation } from "../obligations/obligation";
import type { Actor } from "../organisation/actor";
import { checkSignatoryOf, signedByOf } from "../organisation/authority";
import { checkDated } from "../rules/dated-facts";
import {
  accept,
  type Check,
  type Decision,
  firstViolation,
  refuse,
  violation,
} from "../rules/rule-violation";
import { termsErrors } from "../templates/template-checks";
import { needsReviewsPerYearOf, specialAgreementTermsOf, type Terms } from "../terms/terms";
import {
  type AmendmentParty,
  MAX_AMENDMENTS_PER_LETTER,
  type PendingAmendment,
  type TermsChanges,
} from "./letter-amendment-model";
import { checkInForceOn } from "./letter-checks";
import type { LetterCommandOf } from "./letter-commands";
import type { LetterEvent } from "./letter-events";
import type { LetterOfIntent } from "./letter-model";
import { letterObligations } from "./letter-obligations";
import { termsOn } from "./letter-terms-on";

// R26, D-51: what binds both principal parties changes only with both ("Giltighet": the letter
// binds from both signatures). One party's signatory proposes a change of terms from a date;
// each party's signatory signs it; it is in force when both have. Amendments act forward only.

const partyOf = (actor: Actor): AmendmentParty => ({
  orgNumber: actor.orgNumber,
  ...signedByOf(actor),
});

/** R16, R26: a signatory of one of the letter's principal parties, or why not. */
function checkPrincipalSignatory(actor: Actor, letter: LetterOfIntent): Check {
  if (!letter.parties.some((party) => party.orgNumber === actor.orgNumber))
    return violation(
      "R26",
      "not-a-principal-party",
      "Only the principal parties propose, sign or withdraw an amendment",
    );
  return checkSignatoryOf(actor, actor.orgNumber);
}

/**
 * A field of the terms as the rules read it (D-63): an absent needs-review cadence or
 * special-agreement term means the letter's own rule, and an object compares by its values.
 */
function effectiveValue(terms: Terms, key: string): string {
  if (key === "needsReviewsPerYear") return String(needsReviewsPerYearOf(terms));
  if (key === "specialAgreement") {
    const { required, signedBy } = specialAgreementTermsOf(terms);
    return `${required}:${signedBy}`;
  }
  return String((terms as Record<string, unknown>)[key]);
}

/** The changed fields that differ from `old`, and the new terms (old with them). */
function applyChanges(old: Terms, changes: TermsChanges): { changed: string[]; terms: Terms } {
  const entries = Object.entries(changes).filter(([, value]) => value !== undefined);
  const terms = { ...old, ...Object.fromEntries(entries) } as Terms;
  const changed = entries
    .filter(([key]) => effectiveValue(old, key) !== effectiveValue(terms, key))
    .map(([key]) => key);
  return { changed, terms };
}

/**
 * D-63: the new terms must agree with each other as a template's must (a basis lead time within
 * the dialog period, no more needs reviews than dialogs): an amendment is not a way around it.
 */
function checkTermsAgree(terms: Terms): Check {
  const errors = termsErrors(terms);
  if (errors.length === 0) return undefined;
  return violation(
    "R26",
    "amendment-inconsistent-terms",
    `The amended terms do not agree: ${errors.map((e) => e.message).join("; ")}`,
    { fields: errors.map((e) => e.field) },
  );
}

const isPast = (obligation: Obligation, today: CalendarDate) =>
  obligation.dueOn < today || obligation.status === "fulfilled";

/**
 * R26: amendments act forward only. The obligations as of `today` with and without the amendment
 * in force from `effectiveFrom`: any obligation due before today or already fulfilled must stand
 * as it is (same due date, same status), or the amendment would rewrite the past.
 */
function checkActsForward(
  letter: LetterOfIntent,
  amendment: PendingAmendment,
  today: CalendarDate,
): Check {
  if (amendment.effectiveFrom < today)
    return violation(
      "R26",
      "amendment-backdated",
      `An amendment acts forward only: it takes effect on ${amendment.effectiveFrom}, before today, ${today}`,
      { effectiveFrom: amendment.effectiveFrom, today },
    );
  const amended: LetterOfIntent = {
    ...letter,
    amendments: [...(letter.amendments ?? []), { ...amendment, inForceFrom: today }],
  };
  const before = letterObligations(letter, today);
  const after = letterObligations(amended, today);
  const key = (o: Obligation) => `${o.dueOn}|${o.status}`;
  const beforeById = new Map(before.map((o) => [o.id, key(o)]));
  const afterById = new Map(after.map((o) => [o.id, key(o)]));
  const changed = [
    ...before.filter((o) => isPast(o, today) && afterById.get(o.id) !== key(o)),
    ...after.filter((o) => isPast(o, today) && beforeById.get(o.id) !== key(o)),
  ].map((o) => o.id);
  if (changed.length === 0) return undefined;
  return violation(
    "R26",
    "amendment-changes-past-obligation",
    `An amendment acts forward only: from ${amendment.effectiveFrom} it would change obligations already due or fulfilled: ${[...new Set(changed)].slice(0, 10).join(", ")}`,
    { obligations: [...new Set(changed)].slice(0, 10) },
  );
}

/**
 * R26, D-51, D-52: a signatory of a principal party proposes a change of terms from a date. One
 * proposal at a time; at most `MAX_AMENDMENTS_PER_LETTER` in force; each takes effect after the
 * amendments already in force; it must change something and act forward only.
 * @clause Giltighet
 */
export function decideProposeAmendment(
  command: LetterCommandOf<"ProposeAmendment">,
  letter: LetterOfIntent,
): Decision<LetterEvent> {
  const today = command.today ?? command.on;
  const pending = letter.pendingAmendment ?? null;
  const inForce = letter.amendments ?? [];
  const old = termsOn(letter, command.effectiveFrom);
  const { changed, terms } = applyChanges(old, command.changes);
  const proposal: PendingAmendment = {
    amendmentId: command.amendmentId,
    effectiveFrom: command.effectiveFrom,
    changes: Object.fromEntries(
      changed.map((key) => [key, (terms as Record<string, unknown>)[key]]),
    ) as TermsChanges,
    terms,
    proposedOn: command.on,
    proposedBy: partyOf(command.actor),
    signatures: [],
  };
  const refusal = firstViolation(
    () => checkPrincipalSignatory(command.actor, letter),
    () => checkDated("R26", "An amendment proposed", command.on, command.today),
    () => checkInForceOn(letter, command.on, "An amendment proposed"),
    () =>
      pending
        ? violation(
            "R26",
            "amendment-pending",
            `Amendment ${pending.amendmentId} is not yet signed by both: it is signed or withdrawn first`,
            { amendmentId: pending.amendmentId },
          )
        : undefined,
    () =>
      inForce.length >= MAX_AMENDMENTS_PER_LETTER
        ? violation(
            "R26",
            "too-many-amendments",
            `A letter holds at most ${MAX_AMENDMENTS_PER_LETTER} amendments; draft a new letter instead`,
            { max: MAX_AMENDMENTS_PER_LETTER },
          )
        : undefined,
    () =>
      inForce.some((a) => a.amendmentId === command.amendmentId)
        ? violation("R26", "amendment-exists", `Amendment ${command.amendmentId} already exists`)
        : undefined,
    () =>
      command.effectiveFrom < today
        ? violation(
            "R26",
            "amendment-backdated",
            `An amendment acts forward only: it takes effect on ${command.effectiveFrom}, before today, ${today}`,
            { effectiveFrom: command.effectiveFrom, today },
          )
        : undefined,
    () => {
      const last = inForce.at(-1);
      return last && command.effectiveFrom <= last.effectiveFrom
        ? violation(
            "R26",
            "amendment-out-of-order",
            `An amendment takes effect after the last one in force, from ${last.effectiveFrom}`,
            { after: last.effectiveFrom },
          )
        : undefined;
    },
    () =>
      changed.length === 0
        ? violation("R26", "amendment-changes-nothing", "The amendment changes none of the terms")
        : undefined,
    () => checkTermsAgree(terms),
    () => checkActsForward(letter, proposal, today),
  );
  if (refusal) return refuse(refusal);
  const { signatures: _signatures, ...event } = proposal;
  return accept({ type: "AmendmentProposed", ...event });
}

/** The pending amendment of that id, or why not. */
function checkPending(letter: LetterOfIntent, amendmentId: string): Check {
  const pending = letter.pendingAmendment ?? null;
  if (pending && pending.amendmentId === amendmentId) return undefined;
  return violation(
    "R26",
    "amendment-not-pending",
    "No such amendment awaits signatures: it is in force, was withdrawn or was never proposed",
    pending ? { pendingAmendmentId: pending.amendmentId } : {},
  );
}

/**
 * R26, R16: a signatory of each principal party signs the pending amendment; with the second
 * signature it is in force. Checked again then: it must still act forward only.
 * @clause Giltighet
 */
export function decideSignAmendment(
  command: LetterCommandOf<"SignAmendment">,
  letter: LetterOfIntent,
): Decision<LetterEvent> {
  const { actor, signedOn, amendmentId } = command;
  const today = command.today ?? signedOn;
  const pending = letter.pendingAmendment as PendingAmendment;
  const refusal = firstViolation(
    () => checkPrincipalSignatory(actor, letter),
    () => checkPending(letter, amendmentId),
    () =>
      checkDated("R26", "A signature of an amendment", signedOn, command.today, {
        on: pending.proposedOn,
        what: "the amendment was proposed",
      }),
    () =>
      pending.signatures.some((s) => s.orgNumber === actor.orgNumber)
        ? violation("R26", "already-signed", `${actor.orgNumber} has already signed this amendment`)
        : undefined,
    () => checkInForceOn(letter, signedOn, "An amendment signed"),
  );
  if (refusal) return refuse(refusal);
  const signed: LetterEvent = {
    type: "AmendmentSigned",
    amendmentId,
    orgNumber: actor.orgNumber,
    signedOn,
    signedBy: signedByOf(actor),
  };
  const allSigned = letter.parties.every(
    (party) =>
      party.orgNumber === actor.orgNumber ||
      pending.signatures.some((s) => s.orgNumber === party.orgNumber),
  );
  if (!allSigned) return accept(signed);
  const forward = checkActsForward(letter, pending, today);
  if (forward) return refuse(forward);
  const inForceFrom = pending.signatures.reduce((last, s) => laterOf(last, s.signedOn), signedOn);
  const { effectiveFrom, terms } = pending;
  return accept<LetterEvent>(signed, {
    type: "AmendmentEnteredIntoForce",
    amendmentId,
    inForceFrom,
    effectiveFrom,
    terms,
  });
}

/**
 * R26: a signatory of either principal party withdraws the pending amendment: the proposer takes
 * it back, the other party declines it. An amendment in force is changed only by another one.
 * @clause Giltighet
 */
export function decideWithdrawAmendment(
  command: LetterCommandOf<"WithdrawAmendment">,
  letter: LetterOfIntent,
): Decision<LetterEvent> {
  const refusal = firstViolation(
    () => checkPrincipalSignatory(command.actor, letter),
    () => checkPending(letter, command.amendmentId),
    () => checkDated("R26", "An amendment withdrawn", command.on, command.today),
  );
  if (refusal) return refuse(refusal);
  return accept({
    type: "AmendmentWithdrawn",
    amendmentId: command.amendmentId,
    withdrawnOn: command.on,
    withdrawnBy: partyOf(command.actor),
  });
}
