import type { CalendarDate } from "../calendar/calendar-date";
import type { Obligation } from "../obligations/obligation";
import type { LetterOfIntent, Notice, Signature } from "./letter-model";
import { letterObligations } from "./letter-obligations";
import { type LetterStatus, letterStatusAsOf } from "./letter-status";

/** The letter as it stood on a date: status, signatures, notice and obligations. */
export interface LetterAsOf {
  readonly asOf: CalendarDate;
  readonly status: LetterStatus;
  readonly inForceFrom: CalendarDate | null;
  readonly signatures: readonly Signature[];
  readonly notice: Notice | null;
  readonly obligations: readonly Obligation[];
}

/**
 * The "as of" view of a letter (R17, R18, R21): facts recorded after `asOf` (signatures, a notice
 * received later) do not show.
 *
 * @example letterAsOf(foldLetter(events)!, date("2027-03-01")).status // "ended"
 */
export function letterAsOf(letter: LetterOfIntent, asOf: CalendarDate): LetterAsOf {
  const status = letterStatusAsOf(letter, asOf);
  return {
    asOf,
    status,
    inForceFrom: status === "draft" ? null : letter.inForceFrom,
    signatures: letter.signatures.filter((signature) => signature.signedOn <= asOf),
    notice: letter.notice && letter.notice.receivedOn <= asOf ? letter.notice : null,
    obligations: letterObligations(letter, asOf),
  };
}
