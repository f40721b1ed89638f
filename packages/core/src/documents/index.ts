// Official documents of a letter as PDF/A-2b (issue #22 item 2, D-53, D-54).

export { activityAtVersion, MAX_VERSION_EVENTS } from "./agreement-versions";
export { type AmendmentOfRecord, amendmentOfLetter } from "./amendment-history";
export { type DocumentClause, letterClausesOf } from "./letter-clauses";
export { type DocumentSpec, renderPdfA, sha256Of } from "./pdf-a";
export {
  amendmentsOf,
  type LetterDocumentsState,
  type RenderedDocument,
  renderAmendmentPdf,
  renderAmendmentSignaturesPdf,
  renderDialogRecordPdf,
  renderLetterDocuments,
  renderLetterPdf,
  renderLetterSignaturesPdf,
  renderLetterWithAmendmentsPdf,
  renderSpecialAgreementPdf,
  renderSpecialAgreementSignaturesPdf,
  renderStructureReviewPdf,
} from "./render-documents";
