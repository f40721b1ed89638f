import {
  type Activity,
  DIALOG_TOPICS,
  type Dialog,
  FOCUS_AREA_NAMES_SV,
  type LetterOfIntent,
  type Organisation,
  type PendingAmendment,
  type Signature,
  type SpecialAgreementTerms,
  type StructureReview,
  type TermsChanges,
} from "@samverkan/domain";
import { letterClausesOf } from "./letter-clauses";
import type { DocumentBlock, DocumentSpec } from "./pdf-a";

// What each official document says, as blocks of text in Swedish (the parties' language). Only
// the document's own content goes in, so its bytes change only when its content does (D-53).

const heading = (text: string): DocumentBlock => ({ kind: "heading", text });
const paragraph = (text: string): DocumentBlock => ({ kind: "paragraph", text });
const partyLine = (party: Organisation, index: number) =>
  paragraph(`${index + 1}. ${party.name}, org. nr ${party.orgNumber}`);
const focusName = (id: string) =>
  (FOCUS_AREA_NAMES_SV as Readonly<Record<string, string | undefined>>)[id] ?? id;

/** The letter as its parties sign it: parties, terms and clauses; signatures are not part of it. */
export function letterSpec(letter: LetterOfIntent): DocumentSpec {
  const clauses = letterClausesOf(letter);
  const members = letter.memberOrganisations;
  return {
    title: letter.title,
    subject: `Avsiktsförklaring mellan ${letter.parties.map((p) => p.name).join(" och ")}`,
    createdOn: letter.draftedOn,
    blocks: [
      paragraph(`Avsiktsförklaring, upprättad ${letter.draftedOn}.`),
      heading("Parter"),
      ...letter.parties.map(partyLine),
      ...(members.length > 0
        ? [
            heading("Organisationer som parterna företräder"),
            paragraph(members.map((m) => `${m.name} (${m.orgNumber})`).join(", ")),
          ]
        : []),
      heading("Fokusområden"),
      paragraph(letter.focusAreas.map(focusName).join(", ")),
      heading("Villkor"),
      paragraph(`Uppsägningstid: ${letter.terms.noticeMonths} månader.`),
      paragraph(`Ledningsdialoger per år: ${letter.terms.dialogsPerYear}.`),
      paragraph(`Underlag till dialog: senast ${letter.terms.basisLeadDays} dagar före.`),
      paragraph(`Uppföljningar av strukturen per år: ${letter.terms.structureReviewsPerYear}.`),
      ...clauses.flatMap((clause) => [heading(clause.heading), paragraph(clause.text)]),
    ],
  };
}

/** A special agreement's version as its parties sign it. */
export function specialAgreementSpec(letter: LetterOfIntent, activity: Activity): DocumentSpec {
  const agreement = activity.specialAgreement;
  return {
    title: `Särskild överenskommelse: ${activity.title} (version ${agreement.version})`,
    subject: `Särskild överenskommelse, version ${agreement.version}, under avsiktsförklaringen ${letter.title}`,
    createdOn: agreement.draftedOn,
    blocks: [
      paragraph(
        `Version ${agreement.version}, upprättad ${agreement.draftedOn}, under avsiktsförklaringen ”${letter.title}”.`,
      ),
      heading("Parter"),
      ...agreement.parties.map(partyLine),
      heading("Villkor"),
      paragraph(agreement.terms),
    ],
  };
}

/** A signer or proposer as a document names them: opened name, or erased (D-59). */
const signerName = (signedBy: Signature["signedBy"]) =>
  (signedBy as { erased?: true }).erased === true
    ? "(raderad person)"
    : (signedBy.name ?? "(namn saknas)");

/** What one signature says of the document it signed, beside the document's hash now. */
const signatureLine = (
  signature: Signature,
  parties: readonly Organisation[],
  currentSha256: string,
): DocumentBlock[] => {
  const party = parties.find((p) => p.orgNumber === signature.orgNumber);
  // D-59: a signer erased under a deletion decision keeps the signature's fact, not their name.
  const who = signerName(signature.signedBy);
  const bound = signature.documentSha256
    ? signature.documentSha256 === currentSha256
      ? "Underskriften gäller den här versionen av dokumentet."
      : "Underskriften gäller en tidigare version av dokumentet: det har ändrats efter underskriften."
    : "Underskriften gjordes innan Samverkan sparade det undertecknade dokumentets SHA-256.";
  return [
    paragraph(
      `${party?.name ?? signature.orgNumber} (org. nr ${signature.orgNumber}): undertecknad ${signature.signedOn} av ${who}.`,
    ),
    paragraph(`Undertecknat dokument, SHA-256: ${signature.documentSha256 ?? "–"}. ${bound}`),
  ];
};

/** The signatures of a document, each bound to the hash of the PDF it signed (D-54). */
export function signaturesSpec(
  documentTitle: string,
  document: { readonly createdOn: string; readonly sha256: string },
  parties: readonly Organisation[],
  signatures: readonly Signature[],
  /** What the document's kind adds before the signatures (an amendment's proposer, D-64). */
  preface: readonly DocumentBlock[] = [],
): DocumentSpec {
  // The latest date among the document's and its signatures' (ISO dates sort as text).
  const last = [document.createdOn, ...signatures.map((s) => s.signedOn)].sort().at(-1);
  return {
    title: `Underskrifter: ${documentTitle}`,
    subject: `Underskrifter av ${documentTitle}`,
    createdOn: last as DocumentSpec["createdOn"],
    blocks: [
      paragraph(`Dokumentets SHA-256 i dag: ${document.sha256}.`),
      ...preface,
      heading("Underskrifter"),
      ...(signatures.length === 0
        ? [paragraph("Ingen har undertecknat än.")]
        : signatures.flatMap((s) => signatureLine(s, parties, document.sha256))),
    ],
  };
}

/** The record of a held leadership dialog (R11, R13). */
export function dialogRecordSpec(letter: LetterOfIntent, dialog: Dialog): DocumentSpec | null {
  const record = dialog.record;
  if (!record) return null;
  return {
    title: `Protokoll från ledningsdialog ${record.heldOn}`,
    subject: `Protokoll från ledningsdialog under avsiktsförklaringen ${letter.title}`,
    createdOn: record.recordedOn ?? record.heldOn,
    blocks: [
      paragraph(
        `Ledningsdialog hållen ${record.heldOn} under avsiktsförklaringen ”${letter.title}”.`,
      ),
      heading("Parter"),
      ...letter.parties.map(partyLine),
      ...DIALOG_TOPICS.flatMap((topic) => [
        heading(topic.sv[0]?.toUpperCase() + topic.sv.slice(1)),
        paragraph(record.topics[topic.key] || "–"),
      ]),
      heading("Behov"),
      paragraph(
        record.needsReview
          ? `Dialogen gick igenom behoven; ${record.needsReview.needIds.length} behov registrerades.`
          : "Dialogen gick inte igenom behoven.",
      ),
      ...(record.recordedOn ? [paragraph(`Registrerat i Samverkan ${record.recordedOn}.`)] : []),
    ],
  };
}

/** The yearly follow-up of the collaboration structure (R15). */
export function structureReviewSpec(letter: LetterOfIntent, review: StructureReview): DocumentSpec {
  return {
    title: `Uppföljning av samverkansstrukturen ${review.year}`,
    subject: `Uppföljning av samverkansstrukturen under avsiktsförklaringen ${letter.title}`,
    createdOn: review.reviewedOn,
    blocks: [
      paragraph(
        `Uppföljning för ${review.year}, gjord ${review.reviewedOn}, under avsiktsförklaringen ”${letter.title}”.`,
      ),
      heading("Parter"),
      ...letter.parties.map(partyLine),
      heading("Sammanfattning"),
      paragraph(review.summary || "–"),
    ],
  };
}

// R26, D-64: an amendment is its own document, signed on its own; the letter as signed never
// changes, and "the letter with amendments" is a separate rendering that signs nothing.

/** The terms' fields as a document names them (Swedish); a field added later prints its key. */
const TERM_LABELS: Readonly<Record<string, (value: unknown) => string>> = {
  noticeMonths: (v) => `Uppsägningstid: ${v} månader.`,
  dialogsPerYear: (v) => `Ledningsdialoger per år: ${v}.`,
  basisLeadDays: (v) => `Underlag till dialog: senast ${v} dagar före.`,
  structureReviewsPerYear: (v) => `Uppföljningar av strukturen per år: ${v}.`,
  needsReviewsPerYear: (v) => `Genomgångar av behov per år: ${v}.`,
  specialAgreement: (v) => specialAgreementText(v as SpecialAgreementTerms),
};

/** R14's terms in words: whether an activity needs a special agreement, and who signs it. */
function specialAgreementText({ required, signedBy }: SpecialAgreementTerms): string {
  if (!required) return "Särskild överenskommelse: krävs inte för en konkret aktivitet.";
  return signedBy === "principal-parties"
    ? "Särskild överenskommelse: krävs för varje konkret aktivitet och skrivs under av båda parterna."
    : "Särskild överenskommelse: krävs för varje konkret aktivitet och skrivs under av båda parterna och varje annan projektpart.";
}
const changedTermLines = (changes: TermsChanges): DocumentBlock[] =>
  Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) =>
      paragraph(TERM_LABELS[key]?.(value) ?? `${key}: ${JSON.stringify(value)}.`),
    );

/** The amendment's document title: the letter's and the amendment's day, never a person. */
export const amendmentTitle = (letter: LetterOfIntent, amendment: PendingAmendment) =>
  `Tillägg till ${letter.title}, gäller från ${amendment.effectiveFrom}`;

/**
 * An amendment as its parties sign it (R26, D-64): what changes, from when, proposed by which
 * party. It names the proposing organisation, not the person: the signed bytes must not change
 * when a person is erased (D-59), and who signed is in its signatures' document.
 */
export function amendmentSpec(letter: LetterOfIntent, amendment: PendingAmendment): DocumentSpec {
  const proposer =
    letter.parties.find((p) => p.orgNumber === amendment.proposedBy.orgNumber)?.name ??
    amendment.proposedBy.orgNumber;
  return {
    title: amendmentTitle(letter, amendment),
    subject: `Tillägg till avsiktsförklaringen ${letter.title}`,
    createdOn: amendment.proposedOn,
    blocks: [
      paragraph(
        `Tillägg ${amendment.amendmentId} till avsiktsförklaringen ”${letter.title}”, upprättad ${letter.draftedOn}.`,
      ),
      paragraph(`Föreslaget ${amendment.proposedOn} av ${proposer}.`),
      heading("Parter"),
      ...letter.parties.map(partyLine),
      heading("Ändrade villkor"),
      paragraph(`Från och med ${amendment.effectiveFrom} gäller:`),
      ...changedTermLines(amendment.changes),
      paragraph(
        "Övriga villkor gäller oförändrade. Tillägget gäller när båda parterna har skrivit under det och ändrar inget före den dag det gäller från.",
      ),
    ],
  };
}

/**
 * The letter with the amendments in force (D-64): the letter's text as signed, and an appendix
 * "Tillägg" with each amendment's changed terms and the SHA-256 of the amendment's PDF its
 * parties signed. A rendering to read, signed by nobody: the letter's signatures stay bound to
 * `letterSpec`'s bytes, each amendment's to its own document.
 */
export function letterWithAmendmentsSpec(
  letter: LetterOfIntent,
  letterSha256: string,
): DocumentSpec {
  const signed = letterSpec(letter);
  const amendments = letter.amendments ?? [];
  const last = [letter.draftedOn, ...amendments.map((a) => a.inForceFrom)].sort().at(-1);
  return {
    title: `${letter.title} (med tillägg)`,
    subject: `${signed.subject}, med tillägg som gäller`,
    createdOn: last as DocumentSpec["createdOn"],
    blocks: [
      ...signed.blocks,
      heading("Bilaga: Tillägg"),
      paragraph(
        `Villkoren ovan är avsiktsförklaringens villkor som parterna skrev under (dokumentets SHA-256: ${letterSha256}). Tilläggen nedan har skrivits under av båda parterna och ändrar villkoren från sina datum.`,
      ),
      ...(amendments.length === 0
        ? [paragraph("Inga tillägg gäller.")]
        : amendments.flatMap((amendment, index) => {
            const hash = amendment.signatures.find((s) => s.documentSha256)?.documentSha256;
            return [
              heading(`Tillägg ${index + 1}: från ${amendment.effectiveFrom}`),
              paragraph(
                `Föreslaget ${amendment.proposedOn}, i kraft sedan ${amendment.inForceFrom} (tillägg ${amendment.amendmentId}).`,
              ),
              ...changedTermLines(amendment.changes),
              paragraph(`Undertecknat dokument, SHA-256: ${hash ?? "–"}.`),
            ];
          })),
    ],
  };
}

/** What an amendment's signatures' document says first: who proposed it, and whether it binds. */
export function amendmentPreface(
  letter: LetterOfIntent,
  amendment: PendingAmendment & { readonly inForceFrom?: string; readonly withdrawnOn?: string },
): DocumentBlock[] {
  const party = letter.parties.find((p) => p.orgNumber === amendment.proposedBy.orgNumber);
  return [
    paragraph(
      `Föreslaget ${amendment.proposedOn} av ${signerName(amendment.proposedBy)}, ${party?.name ?? amendment.proposedBy.orgNumber}.`,
    ),
    paragraph(
      amendment.withdrawnOn
        ? `Tillägget drogs tillbaka ${amendment.withdrawnOn} och gäller inte.`
        : amendment.inForceFrom
          ? `Båda parterna har skrivit under: tillägget är i kraft sedan ${amendment.inForceFrom} och gäller från ${amendment.effectiveFrom}.`
          : "Tillägget väntar på underskrifter: det gäller först när båda parterna har skrivit under.",
    ),
  ];
}
