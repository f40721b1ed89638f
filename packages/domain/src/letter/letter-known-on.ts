import type { CalendarDate } from "../calendar/calendar-date";
import type { LetterOfIntent } from "./letter-model";

/**
 * The letter as it was known on `asOf` (D-21): only the facts dated on or before that day. A
 * signature, notice, dialog, basis or review dated later neither shows nor removes anything; the
 * letter entered into force only if its last signature is dated by then.
 *
 * @example knownOn(letter, date("2026-02-01")).notice // null for a notice received 2026-02-10
 */
export function knownOn(letter: LetterOfIntent, asOf: CalendarDate): LetterOfIntent {
  const by = (day: CalendarDate | null | undefined) =>
    day !== null && day !== undefined && day <= asOf;
  return {
    ...letter,
    signatures: letter.signatures.filter((signature) => by(signature.signedOn)),
    inForceFrom: by(letter.inForceFrom) ? letter.inForceFrom : null,
    notice: by(letter.notice?.receivedOn) ? letter.notice : null,
    endedOn: by(letter.notice?.receivedOn) ? letter.endedOn : null,
    openDialogs: letter.openDialogs.map((dialog) =>
      by(dialog.basisSubmittedOn) ? dialog : { ...dialog, basisSubmittedOn: null },
    ),
    heldDialogs: letter.heldDialogs.filter((held) => by(held.heldOn)),
    structureReviews: letter.structureReviews.filter((review) => by(review.reviewedOn)),
    groupAppointments: (letter.groupAppointments ?? []).filter((a) => by(a.appointedOn)),
    // Only the latest members are kept: they show from the day they were appointed (D-22).
    collaborationGroup: by(letter.groupAppointments?.at(-1)?.appointedOn)
      ? letter.collaborationGroup
      : null,
  };
}
