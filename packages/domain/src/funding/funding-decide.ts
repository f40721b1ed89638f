import type { CalendarDate } from "../calendar/calendar-date";
import { checkInForceOn } from "../letter/letter-checks";
import type { LetterOfIntent } from "../letter/letter-model";
import { checkDated } from "../rules/dated-facts";
import {
  accept,
  type Check,
  type Decision,
  firstViolation,
  refuse,
  violation,
} from "../rules/rule-violation";
import type { FundingCommand, FundingCommandOf } from "./funding-commands";
import type { FundingEvent } from "./funding-events";
import type { FundingApplication, FundingDetails, FundingStatus } from "./funding-model";

/**
 * What a funding application's decisions read: the application (null before it is planned), its
 * letter, and which of the activities a command links to exist in the letter.
 */
export interface FundingState {
  readonly letter: LetterOfIntent;
  readonly application: FundingApplication | null;
  /** The ids among those the command links to that are activities of this letter. */
  readonly activityIds: readonly string[];
}

type FundingContext = Omit<FundingState, "application">;

function checkDetails(
  details: FundingDetails,
  context: FundingContext,
  on: CalendarDate,
  newlyLinked: readonly string[] = details.linkedActivityIds,
): Check {
  const { letter, activityIds } = context;
  // Only links the command makes are checked: those already made were checked when they were.
  const unknown = newlyLinked.filter((id) => !activityIds.includes(id));
  return firstViolation(
    () =>
      details.applicantParties.some((org) =>
        letter.parties.some((party) => party.orgNumber === org),
      )
        ? undefined
        : violation(
            "R7",
            "no-principal-applicant",
            "A joint application has at least one principal party among its applicants",
          ),
    () =>
      unknown.length > 0
        ? violation(
            "R7",
            "activity-not-found",
            `No such activities in this letter: ${unknown.join(", ")}`,
            { activityIds: unknown },
          )
        : undefined,
    () =>
      details.submissionDeadline < on
        ? violation(
            "R7",
            "deadline-passed",
            `The submission deadline ${details.submissionDeadline} has already passed on ${on}`,
          )
        : undefined,
  );
}

function checkStatus(
  application: FundingApplication,
  allowed: FundingStatus[],
  action: string,
): Check {
  return allowed.includes(application.status)
    ? undefined
    : violation(
        "R7",
        "invalid-funding-transition",
        `A ${application.status} application cannot be ${action}`,
        {
          currentStatus: application.status,
        },
      );
}

function decideExisting(
  command: Exclude<FundingCommand, FundingCommandOf<"PlanFundingApplication">>,
  app: FundingApplication,
  context: FundingContext,
): Decision<FundingEvent> {
  switch (command.type) {
    case "ReviseFundingApplication": {
      const { type: _type, actor: _actor, ...changes } = command;
      const details: FundingDetails = {
        funder: changes.funder ?? app.funder,
        call: changes.call ?? app.call,
        submissionDeadline: changes.submissionDeadline ?? app.submissionDeadline,
        amountRequestedSek: changes.amountRequestedSek ?? app.amountRequestedSek,
        applicantParties: changes.applicantParties ?? app.applicantParties,
        linkedActivityIds: changes.linkedActivityIds ?? app.linkedActivityIds,
      };
      const refusal =
        checkStatus(app, ["planned"], "revised") ??
        checkDetails(details, context, app.plannedOn, changes.linkedActivityIds ?? []);
      return refusal ? refuse(refusal) : accept({ type: "FundingApplicationRevised", ...details });
    }
    case "SubmitFundingApplication": {
      const refusal = firstViolation(
        () => checkDated("R7", "A submission", command.submittedOn, command.today),
        () => checkStatus(app, ["planned"], "submitted"),
        () =>
          command.submittedOn > app.submissionDeadline
            ? violation(
                "R7",
                "deadline-passed",
                `The deadline was ${app.submissionDeadline}; ${command.submittedOn} is too late`,
              )
            : undefined,
      );
      return refusal
        ? refuse(refusal)
        : accept({ type: "FundingApplicationSubmitted", submittedOn: command.submittedOn });
    }
    case "RecordFundingDecision": {
      const { decision, decidedOn, amountGrantedSek } = command;
      const refusal = firstViolation(
        () => checkDated("R7", "A decision", decidedOn, command.today),
        () => checkStatus(app, ["submitted"], decision),
        () =>
          app.submittedOn && decidedOn < app.submittedOn
            ? violation(
                "R7",
                "decided-before-submission",
                `A decision on ${decidedOn} precedes the submission on ${app.submittedOn}`,
              )
            : undefined,
        () =>
          decision === "rejected" && amountGrantedSek !== null
            ? violation("R7", "amount-on-rejection", "A rejected application has no granted amount")
            : undefined,
      );
      return refusal
        ? refuse(refusal)
        : accept({ type: "FundingDecisionRecorded", decision, decidedOn, amountGrantedSek });
    }
    case "WithdrawFundingApplication": {
      const refusal =
        checkDated("R7", "A withdrawal", command.withdrawnOn, command.today) ??
        checkStatus(app, ["planned", "submitted"], "withdrawn");
      return refusal
        ? refuse(refusal)
        : accept({ type: "FundingApplicationWithdrawn", withdrawnOn: command.withdrawnOn });
    }
  }
}

/**
 * R7: joint applications move planned → submitted → granted | rejected | withdrawn, are submitted
 * by their deadline and have a principal party among their applicants.
 * @clause Kommunal utveckling och tillväxt
 */
export function decideFunding(
  command: FundingCommand,
  context: FundingState,
): Decision<FundingEvent> {
  const state = context.application;
  if (command.type !== "PlanFundingApplication") {
    return state
      ? decideExisting(command, state, context)
      : refuse(violation("R7", "funding-application-not-found", "No such funding application"));
  }
  const refusal = firstViolation(
    () =>
      state
        ? violation(
            "R7",
            "funding-application-exists",
            `Application ${state.applicationId} already exists`,
          )
        : undefined,
    () => checkInForceOn(context.letter, command.plannedOn, "A funding application"),
    () => checkDetails(command, context, command.plannedOn),
  );
  if (refusal) return refuse(refusal);
  const { type: _type, actor: _actor, ...planned } = command;
  return accept({
    type: "FundingApplicationPlanned",
    letterId: context.letter.letterId,
    ...planned,
  });
}
