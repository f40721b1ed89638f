import {
  type Activity,
  type CalendarDate,
  type Dialog,
  type FundingApplication,
  type LetterOfIntent,
  letterStatusAsOf,
  missingSignatories,
  type Need,
  type Organisation,
  type Signature,
} from "@samverkan/domain";

// Turns domain state into the API's representations (api.md field names).

const signatureOf = (signatures: readonly Signature[], party: Organisation) => {
  const signature = signatures.find((s) => s.orgNumber === party.orgNumber);
  return signature ? { signedOn: signature.signedOn, signedBy: signature.signedBy } : null;
};

export const presentDialog = (dialog: Dialog) => ({
  id: dialog.dialogId,
  scheduledOn: dialog.scheduledOn,
  basis: dialog.basis,
  record: dialog.record,
});

/** The agreement as of `today`: status, parties with signatures, notice. */
export function presentAgreement(letter: LetterOfIntent, today: CalendarDate) {
  const status = letterStatusAsOf(letter, today);
  return {
    id: letter.letterId,
    title: letter.title,
    // A notice recorded with a future receipt date is already shown: the parties know of it.
    status: letter.notice && status === "in-force" ? ("notice-given" as const) : status,
    parties: letter.parties.map((party) => ({
      ...party,
      signature: signatureOf(letter.signatures, party),
    })),
    terms: letter.terms,
    focusAreas: letter.focusAreas,
    inForceFrom: letter.inForceFrom,
    notice: letter.notice
      ? {
          givenBy: letter.notice.givenBy,
          receivedOn: letter.notice.receivedOn,
          endsOn: letter.notice.endsOn,
        }
      : null,
    collaborationGroup: letter.collaborationGroup ? { members: letter.collaborationGroup } : null,
    dialogs: letter.dialogs.map(presentDialog),
    structureReviews: letter.structureReviews,
    version: letter.version,
  };
}

export const presentNeed = (need: Need) => ({
  id: need.needId,
  title: need.title,
  description: need.description,
  raisedBy: need.raisedBy,
  raisedOn: need.raisedOn,
  focusAreas: need.focusAreas,
  dialogId: need.dialogId ?? null,
});

function activityStatus(activity: Activity) {
  if (activity.completedOn) return "completed" as const;
  if (activity.startedOn) return "running" as const;
  return missingSignatories(activity.specialAgreement).length > 0
    ? ("awaiting-signatures" as const)
    : ("ready-to-start" as const);
}

export function presentActivity(activity: Activity) {
  const agreement = activity.specialAgreement;
  return {
    id: activity.activityId,
    title: activity.title,
    kind: activity.kind,
    focusAreas: activity.focusAreas,
    needIds: activity.needIds,
    status: activityStatus(activity),
    definedOn: activity.definedOn,
    startedOn: activity.startedOn,
    completedOn: activity.completedOn,
    outcome: activity.outcome,
    flaggedForReviewOn: activity.flaggedForReviewOn,
    specialAgreement: {
      version: agreement.version,
      terms: agreement.terms,
      draftedOn: agreement.draftedOn,
      parties: agreement.parties.map((party) => ({
        ...party,
        signature: signatureOf(agreement.signatures, party),
      })),
      missingSignatories: missingSignatories(agreement).map((party) => party.orgNumber),
    },
    version: activity.version,
  };
}

export function presentFunding(application: FundingApplication) {
  const { applicationId, letterId: _letterId, ...rest } = application;
  return { id: applicationId, ...rest };
}
