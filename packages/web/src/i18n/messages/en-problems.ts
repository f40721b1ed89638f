import type { svProblems } from "./sv-problems";

/** The API's refusals in English, by problem `code`. */
export const enProblems: Record<keyof typeof svProblems, string> = {
  "problem.unknown": "That could not be done. Please try again.",
  "problem.serverError": "Something went wrong on our side. Please try again shortly.",
  "problem.fieldInvalid": "Not accepted: {message}",
  "problem.network-error": "The service could not be reached. Check the connection and try again.",
  "problem.internal-error": "Something went wrong on our side. Please try again shortly.",
  "problem.storage-unavailable": "The service is briefly unavailable. Please try again shortly.",
  "problem.invalid-input": "Some details need correcting.",
  "problem.malformed-request": "The details could not be read. Reload the page and try again.",
  "problem.body-too-large": "The text is too long.",
  "problem.http-401": "You need to sign in again.",
  "problem.http-403": "You are not allowed to do this.",
  "problem.http-429": "Too many changes in a short time. Wait a moment and try again.",
  "problem.agreement-not-found":
    "The letter of intent does not exist, or your organisation has no part in it.",
  "problem.route-not-found": "The page does not exist.",
  "problem.activity-not-found": "The activity does not exist.",
  "problem.dialog-not-found": "The leadership dialog does not exist.",
  "problem.need-not-found": "One of the chosen needs does not exist.",
  "problem.funding-application-not-found": "The application does not exist.",
  "problem.calendar-feed-not-found": "The calendar link no longer exists.",
  "problem.coordinator-role-required": "Only a coordinator can do this.",
  "problem.not-a-principal-party": "Only a coordinator of one of the parties can do this.",
  "problem.signatory-role-required": "Only a signatory can sign or give notice.",
  "problem.not-a-party": "Only the parties sign the letter of intent.",
  "problem.notice-by-non-party": "Only a party can give notice.",
  "problem.not-a-signatory": "You can sign only for your own organisation.",
  "problem.not-own-organisation": "You can act only for your own organisation.",
  "problem.not-allowed-to-register-need":
    "A municipality registers only the needs it raises itself.",
  "problem.not-a-project-party": "Your organisation is not a party to this special agreement.",
  "problem.parties-not-distinct": "A letter of intent binds two different parties.",
  "problem.org-number-check-digit":
    "The organisation number is wrong: its check digit does not match.",
  "problem.org-number-format": "Write the organisation number as NNNNNN-NNNN.",
  "problem.unknown-municipality": "The municipality is not one of Norrbotten's 14.",
  "problem.unknown-need-source":
    "Whoever raised the need is neither a party nor a member municipality.",
  "problem.activity-without-need": "An activity must come from at least one registered need.",
  "problem.focus-area-outside-letter": "The focus area is not one of the letter's.",
  "problem.activity-exists": "The activity already exists.",
  "problem.activity-already-started": "The activity has already started.",
  "problem.activity-completed": "The activity is already completed.",
  "problem.activity-not-started": "Only a started activity can be completed.",
  "problem.activity-not-running": "The activity is not running.",
  "problem.completed-before-start": "An activity cannot be completed before it started.",
  "problem.already-flagged": "The special agreement is already flagged for review.",
  "problem.stale-special-agreement-version":
    "The special agreement changed after you opened the page. Read the new version before signing.",
  "problem.already-signed": "Your organisation has already signed.",
  "problem.special-agreement-not-fully-signed":
    "The activity can start only when every party has signed the special agreement.",
  "problem.start-before-signatures": "The activity cannot start before the last signature.",
  "problem.dialog-exists": "The leadership dialog already exists.",
  "problem.too-many-open-dialogs":
    "Too many scheduled dialogs have not been held. Record one of them first.",
  "problem.collaboration-group-incomplete":
    "The basis is prepared by the collaboration group, which needs members of both parties.",
  "problem.dialog-already-held": "The dialog has already been held.",
  "problem.basis-already-submitted": "The basis is already submitted.",
  "problem.dialog-already-recorded": "The dialog is already recorded.",
  "problem.dialog-topics-missing":
    "The record lacks one of the four topics: outside world, trends, future challenges and adjustments of direction.",
  "problem.need-exists": "The need already exists.",
  "problem.deadline-passed": "The submission deadline has already passed.",
  "problem.decided-before-submission": "A decision cannot come before the submission.",
  "problem.no-principal-applicant": "At least one of the parties must be an applicant.",
  "problem.invalid-funding-transition": "The application cannot get that status from here.",
  "problem.amount-on-rejection": "A rejected application has no granted amount.",
  "problem.funding-application-exists": "The application already exists.",
  "problem.empty-patch": "Nothing to change.",
  "problem.member-not-of-a-party":
    "Every member of the collaboration group comes from one of the parties.",
  "problem.structure-review-already-recorded": "This year's structure review is already recorded.",
  "problem.review-before-its-year": "The review cannot be done before its year has begun.",
  "problem.notice-already-given": "Notice has already been given.",
  "problem.letter-not-in-force": "The letter of intent is not in force on that day.",
  "problem.letter-ended": "The letter of intent had ended by that day.",
  "problem.letter-already-ended": "The letter of intent has already ended.",
  "problem.letter-not-ended": "The letter of intent has not ended.",
  "problem.letter-not-drafted": "The letter of intent does not exist.",
  "problem.letter-exists": "The letter of intent already exists.",
  "problem.version-mismatch":
    "Someone else changed it at the same time. Reload the page and try again.",
  "problem.version-conflict":
    "Someone else changed it at the same time. Reload the page and try again.",
  "problem.idempotency-key-reused":
    "The same request was sent twice with different contents. Reload the page.",
  "problem.idempotency-conflict": "The request is already being handled. Wait a moment.",
  "problem.invalid-cursor": "The list has changed. Reload the page.",
  "problem.as-of-out-of-range": "The date is too far from the letter's start.",
  "problem.missing-token": "You need to sign in again.",
  "problem.invalid-token": "Your sign-in has expired. Sign in again.",
  "problem.invalid-if-match": "The page is out of date. Reload it and try again.",
  "problem.feed-not-found": "The calendar link no longer exists.",
  "problem.not-own-feed":
    "The calendar link is someone else's. Only the person who made it or a coordinator of the same organisation can revoke it.",
  "problem.too-many-calendar-feeds":
    "Your organisation already has as many calendar links as allowed. Revoke one first, or ask a coordinator to.",
  "problem.too-many-own-calendar-feeds":
    "You already have three calendar links. Revoke one of them first.",
  "problem.too-many-writes":
    "Too many changes from your organisation in a short time. Wait a minute and try again.",
  "problem.date-in-the-future":
    "The date is in the future. What has happened can be dated today or earlier only.",
  "problem.date-before-start": "The date is before what it belongs to began.",
  "problem.end-before-notice-period": "The end date is before the notice period ends.",
  "problem.notice-period-already-over": "The notice period would already be over.",
  "problem.report-too-large": "The report became too large.",
  "problem.report-year-out-of-range": "That year is outside the letter's time.",
};
