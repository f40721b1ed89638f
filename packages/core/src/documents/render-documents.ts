import type {
  Activity,
  CalendarDate,
  Dialog,
  LetterOfIntent,
  PendingAmendment,
} from "@samverkan/domain";
import {
  amendmentPreface,
  amendmentSpec,
  dialogRecordSpec,
  letterSpec,
  letterWithAmendmentsSpec,
  signaturesSpec,
  specialAgreementSpec,
  structureReviewSpec,
} from "./document-texts";
import { renderPdfA, sha256Of } from "./pdf-a";

/** A rendered document of a letter: where it sits (relative to the letter), what, and its bytes. */
export interface RenderedDocument {
  /** Relative to `/v1/agreements/{id}/`, e.g. `documents/letter.pdf`. */
  readonly path: string;
  readonly title: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
  readonly createdOn: CalendarDate;
}

const rendered = async (
  path: string,
  spec: Parameters<typeof renderPdfA>[0],
): Promise<RenderedDocument> => {
  const bytes = await renderPdfA(spec);
  return { path, title: spec.title, bytes, sha256: sha256Of(bytes), createdOn: spec.createdOn };
};

/** The letter's text as signed (D-54: what a `LetterSigned` event's `documentSha256` hashes). */
export const renderLetterPdf = (letter: LetterOfIntent) =>
  rendered("documents/letter.pdf", letterSpec(letter));

/** The letter's signatures, each said to belong to this version of the letter or an earlier one. */
export const renderLetterSignaturesPdf = async (letter: LetterOfIntent) => {
  const document = await renderLetterPdf(letter);
  return rendered(
    "documents/letter-signatures.pdf",
    signaturesSpec(document.title, document, letter.parties, letter.signatures),
  );
};

/**
 * The letter with its amendments in force (D-64): the signed text and an appendix "Tillägg".
 * Signed by nobody; its bytes change when an amendment comes into force, the letter's do not.
 */
export const renderLetterWithAmendmentsPdf = async (letter: LetterOfIntent) => {
  const signed = await renderLetterPdf(letter);
  return rendered(
    "documents/letter-with-amendments.pdf",
    letterWithAmendmentsSpec(letter, signed.sha256),
  );
};

/** An amendment as its parties sign it (D-64: what an `AmendmentSigned`'s hash is of). */
export const renderAmendmentPdf = (letter: LetterOfIntent, amendment: PendingAmendment) =>
  rendered(`amendments/${amendment.amendmentId}/amendment.pdf`, amendmentSpec(letter, amendment));

/** An amendment's signatures, each bound to the amendment's PDF it signed (D-54, D-64). */
export const renderAmendmentSignaturesPdf = async (
  letter: LetterOfIntent,
  amendment: PendingAmendment & { readonly inForceFrom?: string; readonly withdrawnOn?: string },
) => {
  const document = await renderAmendmentPdf(letter, amendment);
  return rendered(
    `amendments/${amendment.amendmentId}/amendment-signatures.pdf`,
    signaturesSpec(
      document.title,
      document,
      letter.parties,
      amendment.signatures,
      amendmentPreface(letter, amendment),
    ),
  );
};

/** The amendments a letter's documents include: those in force, then the pending one. */
export const amendmentsOf = (letter: LetterOfIntent): readonly PendingAmendment[] => [
  ...(letter.amendments ?? []),
  ...(letter.pendingAmendment ? [letter.pendingAmendment] : []),
];

/** The special agreement's current version as signed (a `SpecialAgreementSigned`'s hash). */
export const renderSpecialAgreementPdf = (letter: LetterOfIntent, activity: Activity) =>
  rendered(
    `activities/${activity.activityId}/special-agreement.pdf`,
    specialAgreementSpec(letter, activity),
  );

/** The signatures of the special agreement's current version. */
export const renderSpecialAgreementSignaturesPdf = async (
  letter: LetterOfIntent,
  activity: Activity,
) => {
  const document = await renderSpecialAgreementPdf(letter, activity);
  const agreement = activity.specialAgreement;
  return rendered(
    `activities/${activity.activityId}/special-agreement-signatures.pdf`,
    signaturesSpec(document.title, document, agreement.parties, agreement.signatures),
  );
};

/** A held dialog's record; null while it is not held. */
export const renderDialogRecordPdf = async (letter: LetterOfIntent, dialog: Dialog) => {
  const spec = dialogRecordSpec(letter, dialog);
  return spec ? rendered(`dialogs/${dialog.dialogId}/record.pdf`, spec) : null;
};

/** The structure review of `year`; null when there is none. */
export const renderStructureReviewPdf = async (letter: LetterOfIntent, year: number) => {
  const review = letter.structureReviews.find((r) => r.year === year);
  return review
    ? rendered(`structure-reviews/${year}/review.pdf`, structureReviewSpec(letter, review))
    : null;
};

/** What a letter's documents are rendered from: its head and the items it has. */
export interface LetterDocumentsState {
  readonly letter: LetterOfIntent;
  readonly activities: readonly Activity[];
  readonly dialogs: readonly Dialog[];
}

/**
 * Every document of a letter as PDF/A-2b, in a stable order: the letter and its signatures, each
 * amendment and its signatures and the letter with amendments in force (D-64), each
 * special agreement (current version) and its signatures, each held dialog's record, each
 * structure review. The one entry for whatever packages them (the archive, issue #22 item 3).
 */
export async function renderLetterDocuments(
  state: LetterDocumentsState,
): Promise<RenderedDocument[]> {
  const { letter } = state;
  const documents: RenderedDocument[] = [
    await renderLetterPdf(letter),
    await renderLetterSignaturesPdf(letter),
  ];
  // D-64: each amendment and its signatures, and the letter with those in force.
  for (const amendment of amendmentsOf(letter)) {
    documents.push(await renderAmendmentPdf(letter, amendment));
    documents.push(await renderAmendmentSignaturesPdf(letter, amendment));
  }
  if ((letter.amendments ?? []).length > 0)
    documents.push(await renderLetterWithAmendmentsPdf(letter));
  for (const activity of state.activities) {
    documents.push(await renderSpecialAgreementPdf(letter, activity));
    documents.push(await renderSpecialAgreementSignaturesPdf(letter, activity));
  }
  for (const dialog of state.dialogs) {
    const record = await renderDialogRecordPdf(letter, dialog);
    if (record) documents.push(record);
  }
  for (const review of letter.structureReviews) {
    const pdf = await renderStructureReviewPdf(letter, review.year);
    if (pdf) documents.push(pdf);
  }
  return documents;
}
