import { laterOf } from "../calendar/calendar-date";
import { checkSignatoryOf, signedByOf } from "../organisation/authority";
import { checkDated } from "../rules/dated-facts";
import { accept, type Decision, firstViolation, refuse, violation } from "../rules/rule-violation";
import type { ActivityCommandOf } from "./activity-commands";
import type { ActivityEvent } from "./activity-events";
import {
  type Activity,
  missingSignatories,
  type SpecialAgreement,
  signatoriesOf,
} from "./activity-model";

/**
 * R14, R16: each required party signs the current version of the special agreement, once, through
 * its own signatory. D-63: a party whose signature the terms do not require (a project party when
 * only the principal parties sign, anyone when none is required) may still sign; it counts for
 * the record, not for the start.
 * @clause Samverkan på ledningsnivå och uppföljning
 */
export function decideSignSpecialAgreement(
  command: ActivityCommandOf<"SignSpecialAgreement">,
  activity: Activity,
): Decision<ActivityEvent> {
  const { actor, signedOn } = command;
  const agreement = activity.specialAgreement;
  const refusal = firstViolation(
    () =>
      agreement.parties.some((party) => party.orgNumber === actor.orgNumber)
        ? undefined
        : violation(
            "R14",
            "not-a-project-party",
            `${actor.orgNumber} is not a party to this special agreement`,
          ),
    () => checkSignatoryOf(actor, actor.orgNumber),
    () =>
      checkDated("R14", "A signature", signedOn, command.today, {
        on: agreement.draftedOn,
        what: `version ${agreement.version} was drafted`,
      }),
    () =>
      command.version !== undefined && command.version !== agreement.version
        ? violation(
            "R14",
            "stale-special-agreement-version",
            `Version ${command.version} was replaced by version ${agreement.version}; read it before signing`,
            {
              currentVersion: agreement.version,
            },
          )
        : undefined,
    () =>
      agreement.signatures.some((s) => s.orgNumber === actor.orgNumber)
        ? violation(
            "R14",
            "already-signed",
            `${actor.orgNumber} has already signed version ${agreement.version}`,
          )
        : undefined,
    () =>
      activity.completedOn
        ? violation("R14", "activity-completed", `Activity ${activity.activityId} is completed`)
        : undefined,
  );
  if (refusal) return refuse(refusal);
  const signedBy = signedByOf(actor);
  return accept({
    type: "SpecialAgreementSigned",
    version: agreement.version,
    orgNumber: actor.orgNumber,
    signedOn,
    signedBy,
  });
}

/**
 * The signatures a start waits for (R14): those of the version's signatories, none when the terms
 * at drafting did not require the agreement (D-63; a voluntary signature never holds a start back).
 */
function requiredSignatures(agreement: SpecialAgreement) {
  if (agreement.required === false) return [];
  const signatories = signatoriesOf(agreement).map((party) => party.orgNumber);
  return agreement.signatures.filter((s) => signatories.includes(s.orgNumber));
}

/**
 * R14: an activity starts only when its special agreement carries the signatures of both principal
 * parties and every other project party, and not before the last of them. D-63: the letter's
 * terms when the version was drafted may ask only the principal parties to sign, or let the
 * activity start without the agreement signed.
 * @clause Samverkan på ledningsnivå och uppföljning
 */
export function decideStartActivity(
  command: ActivityCommandOf<"StartActivity">,
  activity: Activity,
): Decision<ActivityEvent> {
  const missing = missingSignatories(activity.specialAgreement);
  const lastSigned = requiredSignatures(activity.specialAgreement)
    .map((s) => s.signedOn)
    .reduce(laterOf, command.startedOn);
  const refusal = firstViolation(
    () => checkDated("R14", "A start", command.startedOn, command.today),
    () =>
      activity.startedOn
        ? violation("R14", "activity-already-started", `Activity started on ${activity.startedOn}`)
        : undefined,
    () =>
      missing.length > 0
        ? violation(
            "R14",
            "special-agreement-not-fully-signed",
            `The special agreement still needs signatures from: ${missing.map((p) => p.name).join(", ")}`,
            {
              missingSignatories: missing.map((party) => party.orgNumber),
            },
          )
        : undefined,
    () =>
      lastSigned > command.startedOn
        ? violation(
            "R14",
            "start-before-signatures",
            `The activity cannot start on ${command.startedOn}, before its agreement was fully signed on ${lastSigned}`,
          )
        : undefined,
  );
  if (refusal) return refuse(refusal);
  return accept({ type: "ActivityStarted", startedOn: command.startedOn });
}

/** A started activity is completed once, with its outcome, no earlier than it started. */
export function decideCompleteActivity(
  command: ActivityCommandOf<"CompleteActivity">,
  activity: Activity,
): Decision<ActivityEvent> {
  const refusal = firstViolation(
    () => checkDated("R14", "A completion", command.completedOn, command.today),
    () =>
      activity.startedOn
        ? undefined
        : violation("R14", "activity-not-started", "Only a started activity can be completed"),
    () =>
      activity.completedOn
        ? violation("R14", "activity-completed", `Activity completed on ${activity.completedOn}`)
        : undefined,
    () =>
      activity.startedOn && command.completedOn < activity.startedOn
        ? violation(
            "R14",
            "completed-before-start",
            `Completion on ${command.completedOn} is before the start on ${activity.startedOn}`,
          )
        : undefined,
  );
  if (refusal) return refuse(refusal);
  return accept({
    type: "ActivityCompleted",
    completedOn: command.completedOn,
    outcome: command.outcome,
  });
}

/**
 * R20: when the letter ends, a special agreement still running is not ended but flagged, once,
 * for review by its parties.
 * @clause Giltighet
 */
export function decideFlagForReview(
  command: ActivityCommandOf<"FlagSpecialAgreementForReview">,
  activity: Activity,
): Decision<ActivityEvent> {
  const running = activity.startedOn !== null && activity.completedOn === null;
  if (!running)
    return refuse(
      violation(
        "R20",
        "activity-not-running",
        "Only a running activity is flagged when the letter ends",
      ),
    );
  if (activity.flaggedForReviewOn) {
    return refuse(
      violation("R20", "already-flagged", `Flagged for review on ${activity.flaggedForReviewOn}`),
    );
  }
  return accept({
    type: "SpecialAgreementFlaggedForReview",
    flaggedOn: command.flaggedOn,
    letterEndedOn: command.letterEndedOn,
  });
}
