import type { ActivityEvent } from "./activity-events";
import type { Activity } from "./activity-model";

/** An activity not yet defined. */
export const initialActivityState: Activity | null = null;

function applyEvent(activity: Activity, event: ActivityEvent): Activity {
  switch (event.type) {
    case "ActivityDefined":
      return activity;
    case "SpecialAgreementDrafted": {
      const { type: _type, ...draft } = event;
      return { ...activity, specialAgreement: { ...draft, signatures: [] } };
    }
    case "SpecialAgreementSigned": {
      const { orgNumber, signedOn, signedBy, documentSha256 } = event;
      const bound = documentSha256 ? { documentSha256 } : {};
      const agreement = activity.specialAgreement;
      return {
        ...activity,
        specialAgreement: {
          ...agreement,
          signatures: [...agreement.signatures, { orgNumber, signedOn, signedBy, ...bound }],
        },
      };
    }
    case "ActivityStarted":
      return { ...activity, startedOn: event.startedOn };
    case "ActivityCompleted":
      return { ...activity, completedOn: event.completedOn, outcome: event.outcome };
    case "SpecialAgreementFlaggedForReview":
      return { ...activity, flaggedForReviewOn: event.flaggedOn };
  }
}

/**
 * Folds one event into an activity. `ActivityDefined` is always followed by the first
 * `SpecialAgreementDrafted` in the same decision, so the placeholder agreement never shows.
 */
export function evolveActivity(state: Activity | null, event: ActivityEvent): Activity {
  if (!state) {
    if (event.type !== "ActivityDefined")
      throw new Error(`An activity's first event must be ActivityDefined, not ${event.type}`);
    const { type: _type, ...defined } = event;
    const placeholder = {
      version: 0,
      parties: [],
      terms: "",
      draftedOn: event.definedOn,
      signatures: [],
    };
    return {
      ...defined,
      specialAgreement: placeholder,
      startedOn: null,
      completedOn: null,
      outcome: null,
      flaggedForReviewOn: null,
      version: 1,
    };
  }
  return { ...applyEvent(state, event), version: state.version + 1 };
}

/** The activity after all `events`, from nothing. */
export function foldActivity(events: readonly ActivityEvent[]): Activity | null {
  return events.reduce<Activity | null>(evolveActivity, initialActivityState);
}
