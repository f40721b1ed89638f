import type { CalendarDate } from "../calendar/calendar-date";
import type { Obligation } from "../obligations/obligation";
import { knownOn } from "./letter-known-on";
import type { ClaimedNotice, LetterOfIntent, Notice, Signature } from "./letter-model";
import { letterObligations } from "./letter-obligations";
import { type LetterStatus, letterStatusAsOf } from "./letter-status";

/** The letter as it stood on a date: status, signatures, notice and obligations. */
export interface LetterAsOf {
  readonly asOf: CalendarDate;
  readonly status: LetterStatus;
  readonly inForceFrom: CalendarDate | null;
  readonly signatures: readonly Signature[];
  readonly notice: Notice | null;
  /** D-33: a notice recorded late, not in effect until the other party acknowledges it. */
  readonly claimedNotice: ClaimedNotice | null;
  readonly obligations: readonly Obligation[];
}

/**
 * The "as of" view of a letter (R17, R18, R21, D-21): computed from the facts dated on or before
 * `asOf` only, so a signature or notice dated later neither shows nor changes anything.
 *
 * @example letterAsOf(foldLetter(events)!, date("2027-03-01")).status // "ended"
 */
export function letterAsOf(letter: LetterOfIntent, asOf: CalendarDate): LetterAsOf {
  const known = knownOn(letter, asOf);
  return {
    asOf,
    status: letterStatusAsOf(known, asOf),
    inForceFrom: known.inForceFrom,
    signatures: known.signatures,
    notice: known.notice,
    claimedNotice: known.claimedNotice ?? null,
    obligations: letterObligations(known, asOf),
  };
}
