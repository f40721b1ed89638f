import type { Organisation } from "@samverkan/domain";

// Issue #22 item 1 (D-55): which events make an official document (allmän handling) at a party,
// and how the registry describes each. One entry per event type: a new kind of document (an
// amendment, say) is one more entry here. A description names the kind of document only, with a
// version or a year, never a title or free text: OSL 5 kap. 1 § lets a registry entry leave out
// what could be secret, and a kind never is.

/** An event as the registry reads it: its type, its data and the stream it belongs to. */
export interface RegistryEvent {
  readonly type: string;
  readonly data: Record<string, unknown>;
  /** `letter`, `activity:<id>`, `dialog:<id>`, `funding:<id>` … */
  readonly aggregate: string;
}

/** What the registry knows around an event: the letter's parties and the agreements' parties. */
export interface RegistryContext {
  readonly letterId: string;
  readonly principalParties: readonly Organisation[];
  /** The parties of an activity's special agreement, by activity id (its current version's). */
  readonly agreementParties: (activityId: string) => readonly Organisation[];
}

export interface RegistryKind {
  /** A short name of the kind (Swedish, as the registry's column shows it). */
  readonly kind: string;
  /** The subject without secret details (OSL 5 kap. 1 §). */
  readonly describe: (event: RegistryEvent) => string;
  /** The document's own date (the fact's date). */
  readonly dateOf: (event: RegistryEvent) => string;
  /** The organisations at which it is an official document. */
  readonly partiesOf: (event: RegistryEvent, context: RegistryContext) => readonly Organisation[];
  /** Where it can be read, relative to `/v1/agreements/{id}/`. */
  readonly linkOf: (event: RegistryEvent) => string;
}

const idOf = (event: RegistryEvent) => event.aggregate.split(":")[1] ?? "";
const text = (value: unknown) => (typeof value === "string" ? value : "");
const principal = (_event: RegistryEvent, context: RegistryContext) => context.principalParties;
const ofAgreement = (event: RegistryEvent, context: RegistryContext) =>
  context.agreementParties(idOf(event));

/** The kinds of document the registry lists, by the event type that records each. */
export const REGISTRY_KINDS: Readonly<Record<string, RegistryKind>> = {
  LetterDrafted: {
    kind: "Avsiktsförklaring",
    describe: () => "Avsiktsförklaring om samverkan, upprättad",
    dateOf: (e) => text(e.data.draftedOn),
    partiesOf: principal,
    linkOf: () => "documents/letter.pdf",
  },
  LetterSigned: {
    kind: "Underskrift",
    describe: () => "Underskrift av avsiktsförklaringen",
    dateOf: (e) => text(e.data.signedOn),
    partiesOf: principal,
    linkOf: () => "documents/letter-signatures.pdf",
  },
  SpecialAgreementDrafted: {
    kind: "Särskild överenskommelse",
    describe: (e) => `Särskild överenskommelse om en aktivitet, version ${e.data.version}`,
    dateOf: (e) => text(e.data.draftedOn),
    partiesOf: (e) => (Array.isArray(e.data.parties) ? (e.data.parties as Organisation[]) : []),
    linkOf: (e) => `activities/${idOf(e)}/special-agreement.pdf`,
  },
  SpecialAgreementSigned: {
    kind: "Underskrift",
    describe: (e) => `Underskrift av särskild överenskommelse, version ${e.data.version}`,
    dateOf: (e) => text(e.data.signedOn),
    partiesOf: ofAgreement,
    linkOf: (e) => `activities/${idOf(e)}/special-agreement-signatures.pdf`,
  },
  DialogBasisSubmitted: {
    kind: "Underlag",
    describe: () => "Underlag till ledningsdialog",
    dateOf: (e) => text(e.data.submittedOn),
    partiesOf: principal,
    linkOf: (e) => `dialogs/${idOf(e)}`,
  },
  DialogRecorded: {
    kind: "Protokoll",
    describe: () => "Protokoll från ledningsdialog",
    dateOf: (e) => text(e.data.heldOn),
    partiesOf: principal,
    linkOf: (e) => `dialogs/${idOf(e)}/record.pdf`,
  },
  StructureReviewRecorded: {
    kind: "Uppföljning",
    describe: (e) => `Uppföljning av samverkansstrukturen ${e.data.year}`,
    dateOf: (e) => text(e.data.reviewedOn),
    partiesOf: principal,
    linkOf: (e) => `structure-reviews/${e.data.year}/review.pdf`,
  },
  FundingApplicationSubmitted: {
    kind: "Ansökan",
    describe: () => "Gemensam ansökan om finansiering, inlämnad",
    dateOf: (e) => text(e.data.submittedOn),
    partiesOf: principal,
    linkOf: (e) => `funding-applications/${idOf(e)}`,
  },
  FundingDecisionRecorded: {
    kind: "Beslut",
    describe: () => "Beslut om gemensam ansökan om finansiering",
    dateOf: (e) => text(e.data.decidedOn),
    partiesOf: principal,
    linkOf: (e) => `funding-applications/${idOf(e)}`,
  },
  AmendmentProposed: {
    kind: "Tillägg",
    describe: () => "Förslag till tillägg till avsiktsförklaringen",
    dateOf: (e) => text(e.data.proposedOn),
    partiesOf: principal,
    // D-64: the amendment's own PDF, what its signatures' hashes are of.
    linkOf: (e) => `amendments/${text(e.data.amendmentId)}/amendment.pdf`,
  },
  AmendmentSigned: {
    kind: "Underskrift",
    describe: () => "Underskrift av tillägg till avsiktsförklaringen",
    dateOf: (e) => text(e.data.signedOn),
    partiesOf: principal,
    linkOf: (e) => `amendments/${text(e.data.amendmentId)}/amendment-signatures.pdf`,
  },
  TerminationNoticeGiven: {
    kind: "Uppsägning",
    describe: () => "Uppsägning av avsiktsförklaringen",
    dateOf: (e) => text(e.data.receivedOn),
    partiesOf: principal,
    linkOf: () => "",
  },
  TerminationNoticeAcknowledged: {
    kind: "Mottagningskvitto",
    describe: () => "Mottagningskvitto för uppsägning av avsiktsförklaringen",
    dateOf: (e) => text(e.data.acknowledgedOn),
    partiesOf: principal,
    linkOf: () => "",
  },
};

/**
 * The stable number of the document an event made: the letter's id and the event's place in
 * its gapless stream (D-18), which never change, so the same document has the same number on
 * every call and in every extract.
 */
export const documentNumberOf = (letterId: string, sequence: number) =>
  `SVK-${letterId.slice(0, 8).toUpperCase()}-${String(sequence).padStart(6, "0")}`;
