import type { FundingEvent } from "./funding-events";
import type { FundingApplication } from "./funding-model";

/** An application not yet planned. */
export const initialFundingState: FundingApplication | null = null;

function applyEvent(application: FundingApplication, event: FundingEvent): FundingApplication {
  switch (event.type) {
    case "FundingApplicationPlanned":
      return application;
    case "FundingApplicationRevised": {
      const { type: _type, ...details } = event;
      return { ...application, ...details };
    }
    case "FundingApplicationSubmitted":
      return { ...application, status: "submitted", submittedOn: event.submittedOn };
    case "FundingDecisionRecorded":
      return {
        ...application,
        status: event.decision,
        decidedOn: event.decidedOn,
        amountGrantedSek: event.amountGrantedSek,
      };
    case "FundingApplicationWithdrawn":
      return { ...application, status: "withdrawn", withdrawnOn: event.withdrawnOn };
  }
}

/** Folds one event into a funding application. */
export function evolveFunding(
  state: FundingApplication | null,
  event: FundingEvent,
): FundingApplication {
  if (!state) {
    if (event.type !== "FundingApplicationPlanned") {
      throw new Error(
        `A funding application's first event must be FundingApplicationPlanned, not ${event.type}`,
      );
    }
    const { type: _type, ...planned } = event;
    const empty = { submittedOn: null, decidedOn: null, amountGrantedSek: null, withdrawnOn: null };
    return { ...planned, ...empty, status: "planned", version: 1 };
  }
  return { ...applyEvent(state, event), version: state.version + 1 };
}

/** The application after all `events`, from nothing. */
export function foldFunding(events: readonly FundingEvent[]): FundingApplication | null {
  return events.reduce<FundingApplication | null>(evolveFunding, initialFundingState);
}
