import type { CalendarDate } from "../calendar/calendar-date";
import type { ClaimedNotice, LetterOfIntent } from "./letter-model";

/**
 * The notice claimed as of `asOf` (D-33): one recorded late and not acknowledged, or one
 * acknowledged after `asOf`, received by then.
 */
function claimedOn(letter: LetterOfIntent, asOf: CalendarDate): ClaimedNotice | null {
  const claimed = letter.claimedNotice ?? null;
  if (claimed) return claimed.receivedOn <= asOf ? claimed : null;
  const notice = letter.notice;
  if (!notice?.acknowledgement || notice.receivedOn > asOf) return null;
  if (notice.acknowledgement.acknowledgedOn <= asOf) return null;
  const { acknowledgement: _acknowledgement, ...rest } = notice;
  return { ...rest, recordedOn: notice.recordedOn ?? notice.receivedOn };
}

/**
 * The letter as it was known on `asOf` (D-21): only the facts dated on or before that day. A
 * signature, notice, dialog, basis or review dated later neither shows nor removes anything; the
 * letter entered into force only if its last signature is dated by then. A dialog held later
 * was open (R12); a notice acknowledged later was only claimed (D-33).
 *
 * @example knownOn(letter, date("2026-02-01")).notice // null for a notice received 2026-02-10
 */
export function knownOn(letter: LetterOfIntent, asOf: CalendarDate): LetterOfIntent {
  const by = (day: CalendarDate | null | undefined) =>
    day !== null && day !== undefined && day <= asOf;
  // D-33: a notice acknowledged later was only claimed as of `asOf`.
  const inEffect =
    by(letter.notice?.receivedOn) &&
    (!letter.notice?.acknowledgement || by(letter.notice.acknowledgement.acknowledgedOn));
  const heldLater = (letter.recentlyHeld ?? [])
    .filter((held) => !by(held.heldOn))
    .map(({ heldOn: _heldOn, ...open }) => open);
  return {
    ...letter,
    signatures: letter.signatures.filter((signature) => by(signature.signedOn)),
    inForceFrom: by(letter.inForceFrom) ? letter.inForceFrom : null,
    notice: inEffect ? letter.notice : null,
    claimedNotice: claimedOn(letter, asOf),
    endedOn: inEffect ? letter.endedOn : null,
    // A dialog held after `asOf` was open then: its basis obligation shows as it stood (R12).
    openDialogs: [...letter.openDialogs, ...heldLater].map((dialog) =>
      by(dialog.basisSubmittedOn) ? dialog : { ...dialog, basisSubmittedOn: null },
    ),
    recentlyHeld: (letter.recentlyHeld ?? []).filter((held) => by(held.heldOn)),
    heldDialogs: letter.heldDialogs.filter((held) => by(held.heldOn)),
    structureReviews: letter.structureReviews.filter((review) => by(review.reviewedOn)),
    groupAppointments: (letter.groupAppointments ?? []).filter((a) => by(a.appointedOn)),
    // R26: an amendment binds from the day both had signed it; before that the old terms held.
    amendments: (letter.amendments ?? []).filter((a) => by(a.inForceFrom)),
    pendingAmendment: null,
    // Only the latest members are kept: they show from the day they were appointed (D-22).
    collaborationGroup: by(letter.groupAppointments?.at(-1)?.appointedOn)
      ? letter.collaborationGroup
      : null,
  };
}
