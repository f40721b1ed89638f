import { personIdOf } from "@samverkan/core";
import {
  type Activity,
  type CalendarDate,
  type Dialog,
  type FundingApplication,
  knownOn,
  type LetterOfIntent,
  letterStatusAsOf,
  missingSignatories,
  type Need,
  type Organisation,
  type Signature,
  termsOn,
} from "@samverkan/domain";
import type * as z from "zod/mini";
import { focusAreaNamesOf } from "./focus-area-names";
import type {
  ActivityView,
  AgreementView,
  DialogView,
  FundingView,
  NeedView,
  NoticeView,
} from "./views";

// Turns domain state into the API's representations (api.md field names). Each presenter returns
// its view schema's output type, so a view and what is sent cannot drift apart unnoticed.

const signatureOf = (signatures: readonly Signature[], party: Organisation) => {
  const signature = signatures.find((s) => s.orgNumber === party.orgNumber);
  if (!signature) return null;
  const { sub, name, onBehalfOf, sealedName } = signature.signedBy;
  // The signer as the view names them; `withSignersNamed` opens a sealed name (D-58), fills in
  // the name from the directory and keeps `sub` for the caller's own organisation only; a
  // substitute's, whom they signed for (R25).
  const signedBy = {
    id: personIdOf({ orgNumber: party.orgNumber, sub }),
    name: name ?? null,
    sub,
    ...(onBehalfOf
      ? {
          onBehalfOf: {
            id: personIdOf({ orgNumber: party.orgNumber, sub: onBehalfOf.sub }),
            name: null,
            sub: onBehalfOf.sub,
          },
        }
      : {}),
    ...(sealedName ? { sealedName } : {}),
  };
  return {
    signedOn: signature.signedOn,
    signedBy,
    documentSha256: signature.documentSha256 ?? null,
  };
};

export const presentDialog = (dialog: Dialog): z.output<typeof DialogView> => ({
  id: dialog.dialogId,
  scheduledOn: dialog.scheduledOn,
  version: dialog.version,
  basis: dialog.basis,
  record: dialog.record,
});

/**
 * The agreement as of `asOf` (D-21): status, parties with signatures, notice, from the facts
 * dated on or before that day only. Once the letter's end is recorded, a view as of a later day
 * is `ended`, as the recorded facts say.
 */
export function presentAgreement(
  recorded: LetterOfIntent,
  asOf: CalendarDate,
): z.output<typeof AgreementView> {
  const letter = knownOn(recorded, asOf);
  return {
    id: letter.letterId,
    title: letter.title,
    status: letterStatusAsOf(letter, asOf),
    parties: letter.parties.map((party) => ({
      ...party,
      signature: signatureOf(letter.signatures, party),
    })),
    memberOrganisations: letter.memberOrganisations.map(({ orgNumber, name }) => ({
      orgNumber,
      name,
    })),
    // R26: the terms in force on the view's day, amendments included.
    terms: termsOn(letter, asOf),
    focusAreas: letter.focusAreas,
    focusAreaNames: focusAreaNamesOf(letter),
    template: letter.template ?? null,
    draftedOn: letter.draftedOn,
    inForceFrom: letter.inForceFrom,
    notice: letter.notice ? presentNotice(letter) : null,
    claimedNotice: letter.claimedNotice ? presentNotice(letter) : null,
    collaborationGroup: letter.collaborationGroup
      ? {
          // D-65: by id; the sealed name is opened by `withSignersNamed` (or erased: D-59).
          members: letter.collaborationGroup.map(({ personId, ...member }) => ({
            ...(personId ? { id: personId } : {}),
            ...member,
          })),
          appointedOn: letter.groupAppointments.at(-1)?.appointedOn ?? null,
        }
      : null,
    upcomingDialogs: letter.openDialogs.map((dialog) => ({
      id: dialog.dialogId,
      scheduledOn: dialog.scheduledOn,
      basisSubmittedOn: dialog.basisSubmittedOn,
    })),
    structureReviews: letter.structureReviews.map((review) => ({
      ...review,
      reportAsOf: review.reportAsOf ?? null,
    })),
    asOf,
    version: recorded.version,
  };
}

/**
 * The notice of a letter that has one: who gave it, when it was received, when the letter ends;
 * in effect, or claimed until the other party acknowledges it (D-33).
 */
export function presentNotice(letter: LetterOfIntent): z.output<typeof NoticeView> | null {
  const notice = letter.notice ?? letter.claimedNotice ?? null;
  if (!notice) return null;
  const acknowledgement = letter.notice?.acknowledgement;
  return {
    givenBy: notice.givenBy,
    receivedOn: notice.receivedOn,
    endsOn: notice.endsOn,
    state: letter.notice ? ("in-effect" as const) : ("claimed" as const),
    recordedOn: notice.recordedOn ?? null,
    acknowledgement: acknowledgement
      ? {
          acknowledgedBy: acknowledgement.acknowledgedBy,
          acknowledgedOn: acknowledgement.acknowledgedOn,
        }
      : null,
  };
}

export const presentNeed = (need: Need): z.output<typeof NeedView> => ({
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

export function presentActivity(activity: Activity): z.output<typeof ActivityView> {
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

export function presentFunding(application: FundingApplication): z.output<typeof FundingView> {
  const { applicationId, letterId: _letterId, ...rest } = application;
  return { id: applicationId, ...rest };
}
