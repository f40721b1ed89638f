import type { svRecords } from "./sv-records";

/** The registry extract and the documents as PDF (English). */
export const enRecords: Record<keyof typeof svRecords, string> = {
  "registry.title": "Registry",
  "registry.intro":
    "These are the collaboration's documents that are official documents at your organisation: the letter, signatures, special agreements, bases, records, reviews, applications and notices. The number never changes, so you can enter them in your own registry. The description says only what kind of document it is, never anything that may be confidential.",
  "registry.documents": "Documents to read",
  "registry.letterPdf": "The letter of intent (PDF)",
  "registry.letterSignaturesPdf": "The signatures of the letter (PDF)",
  "registry.from": "Registered from",
  "registry.to": "Registered up to and including",
  "registry.show": "Show",
  "registry.csv": "Download as CSV (for Excel)",
  "registry.number": "Number",
  "registry.registeredOn": "Registered",
  "registry.documentDate": "Date of the document",
  "registry.kind": "Kind of document",
  "registry.description": "Description",
  "registry.counterparts": "Counterpart",
  "registry.open": "Show",
  "registry.openPdf": "Download PDF",
  "registry.none": "There are no documents for this period.",
  "registry.more": "Show more documents",
  "registry.shown": "Showing {count} documents",
  "documents.specialAgreementPdf": "The special agreement (PDF)",
  "documents.specialAgreementSignaturesPdf": "The signatures (PDF)",
  "documents.dialogRecordPdf": "The record (PDF)",
  "documents.letterWithAmendmentsPdf": "The letter with amendments (PDF)",
  "documents.amendmentPdf": "The amendment from {date} (PDF)",
  "documents.amendmentSignaturesPdf": "The amendment's signatures (PDF)",
};
