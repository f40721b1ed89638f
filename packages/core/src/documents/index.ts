// Official documents of a letter as PDF/A-2b (issue #22 item 2, D-53, D-54).
export { activityAtVersion, MAX_VERSION_EVENTS } from "./agreement-versions";
export { type DocumentClause, letterClausesOf } from "./letter-clauses";
export { type DocumentSpec, renderPdfA, sha256Of } from "./pdf-a";
export {
  type LetterDocumentsState,
  type RenderedDocument,
  renderDialogRecordPdf,
  renderLetterDocuments,
  renderLetterPdf,
  renderLetterSignaturesPdf,
  renderSpecialAgreementPdf,
  renderSpecialAgreementSignaturesPdf,
  renderStructureReviewPdf,
} from "./render-documents";
