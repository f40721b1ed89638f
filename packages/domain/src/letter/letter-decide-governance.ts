import { type CalendarDate, dateParts } from "../calendar/calendar-date";
import { checkDated } from "../rules/dated-facts";
import { accept, type Decision, firstViolation, refuse, violation } from "../rules/rule-violation";
import { checkInForceOn } from "./letter-checks";
import type { LetterCommandOf } from "./letter-commands";
import type { LetterEvent } from "./letter-events";
import type { LetterOfIntent } from "./letter-model";

/**
 * R9: the collaboration group has members of the principal parties only.
 * @clause Samverkan på ledningsnivå och uppföljning
 */
export function decideSetCollaborationGroup(
  command: LetterCommandOf<"SetCollaborationGroup">,
  letter: LetterOfIntent,
): Decision<LetterEvent> {
  const outsiders = command.members.filter(
    (member) => !letter.parties.some((party) => party.orgNumber === member.orgNumber),
  );
  if (outsiders.length > 0) {
    return refuse(
      violation(
        "R9",
        "member-not-of-a-party",
        "Collaboration group members must represent a principal party",
        {
          // D-65: an outsider is never sealed (the API seals members of the parties only).
          members: outsiders.map((member) => member.name ?? member.personId ?? member.orgNumber),
        },
      ),
    );
  }
  const dated = checkDated("R9", "The group's appointment", command.setOn, command.today, {
    on: letter.draftedOn,
    what: "the letter was drafted",
  });
  if (dated) return refuse(dated);
  if (letter.notice && command.setOn > letter.notice.endsOn) {
    return refuse(violation("R20", "letter-ended", `The letter ended on ${letter.notice.endsOn}`));
  }
  return accept({ type: "CollaborationGroupSet", members: command.members, setOn: command.setOn });
}

/**
 * R15, D-5: one structure review per calendar year, recorded no earlier than that year.
 * @clause Samverkan på ledningsnivå och uppföljning
 */
export function decideRecordStructureReview(
  command: LetterCommandOf<"RecordStructureReview">,
  letter: LetterOfIntent,
): Decision<LetterEvent> {
  const { year, reviewedOn, summary, reportAsOf } = command;
  const refusal = firstViolation(
    () =>
      letter.structureReviews.some((review) => review.year === year)
        ? violation(
            "R15",
            "structure-review-already-recorded",
            `The structure review for ${year} is already recorded`,
          )
        : undefined,
    () =>
      dateParts(reviewedOn).year < year
        ? violation(
            "R15",
            "review-before-its-year",
            `A review of ${year} cannot be held on ${reviewedOn}, before the year begins`,
          )
        : undefined,
    () => checkDated("R15", "A structure review", reviewedOn, command.today),
    () => checkInForceOn(letter, reviewedOn, "A structure review"),
    () => (reportAsOf ? checkReviewReport(year, reviewedOn, reportAsOf) : undefined),
  );
  if (refusal) return refuse(refusal);
  return accept({
    type: "StructureReviewRecorded",
    year,
    reviewedOn,
    summary,
    ...(reportAsOf ? { reportAsOf } : {}),
  });
}

/**
 * D-29: the report a review was held on is the report of the review's year, made within that
 * year or after it and no later than the review itself.
 */
function checkReviewReport(year: number, reviewedOn: CalendarDate, reportAsOf: CalendarDate) {
  if (dateParts(reportAsOf).year < year)
    return violation(
      "R15",
      "review-report-before-its-year",
      `A report of ${year} as of ${reportAsOf} is made before the year begins`,
    );
  if (reportAsOf > reviewedOn)
    return violation(
      "R15",
      "review-report-after-review",
      `A review held on ${reviewedOn} cannot be held on a report as of ${reportAsOf}, a later day`,
    );
  return undefined;
}
