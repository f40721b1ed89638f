// The E-ARK SIP layout Samverkan writes (CSIP 2.1 / SIP 2.1, Riksarkivet's FGS Paketstruktur 2.0):
// names, profiles, vocabularies and the bounds of one package (D-56, D-57).

/** The METS profile the root METS.xml declares (SIP2: the SIP profile's published URL). */
export const SIP_PROFILE = "https://earksip.dilcis.eu/profile/E-ARK-SIP.xml";
/** The representation METS.xml follows the common specification's profile. */
export const CSIP_PROFILE = "https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml";
/** CSIP's content information type for CITS ERMS 3.0 (the vendored ERMS.xsd is 3.0.2). */
export const CONTENT_INFORMATION_TYPE = "citserms_v3_0";

export const NS = {
  mets: "http://www.loc.gov/METS/",
  xlink: "http://www.w3.org/1999/xlink",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  csip: "https://DILCIS.eu/XML/METS/CSIPExtensionMETS",
  sip: "https://DILCIS.eu/XML/METS/SIPExtensionMETS",
  premis: "http://www.loc.gov/premis/v3",
  erms: "https://DILCIS.eu/XML/ERMS",
} as const;

/** The representation's folder: one representation, the letter's records as they were kept. */
export const REPRESENTATION = "rep1";
/** Where the trail goes inside the representation's data folder. */
export const TRAIL_FILE = "trail.jsonl";

/**
 * The schemas shipped in the package's schemas/ folder (CSIP113) and in this repository
 * (schemas/README.md names their sources and licences). Each XML file of the package names them
 * in xsi:schemaLocation by a relative path, so the package validates offline.
 */
export const SCHEMA_FILES = [
  "mets.xsd",
  "xlink.xsd",
  "DILCISExtensionMETS.xsd",
  "DILCISExtensionSIPMETS.xsd",
  "premis.xsd",
  "ERMS.xsd",
] as const;

/**
 * D-57: the most documents one package takes. Each document is held in memory while it is
 * written (one at a time) and leaves a few hundred bytes of metadata until the package ends;
 * the trail is not bounded by count: it streams, whatever its length.
 */
export const MAX_ARCHIVE_DOCUMENTS = 1_000;
/** The events read from the store per page while the trail is written (D-57). */
export const TRAIL_PAGE_SIZE = 500;

/** A document the package carries in representations/rep1/data (a PDF of the letter, …). */
export interface ArchiveDocument {
  /** Its path under the representation's data folder: `letter.pdf`, `dialogs/2026-1.pdf`. */
  readonly path: string;
  readonly title: string;
  readonly bytes: Uint8Array;
  /** The day (YYYY-MM-DD) or moment (ISO 8601) it was made. */
  readonly createdOn: string;
  /** `application/pdf` when absent. */
  readonly mimeType?: string;
}

/** One event of the trail as the package writes it, one JSON object per line. */
export interface TrailEvent {
  readonly sequence: number;
  readonly aggregate: string;
  readonly type: string;
  readonly recordedAt: string;
  readonly requestId?: string;
  readonly actor?: unknown;
  readonly data: unknown;
}

/** A file written into the package: what METS, PREMIS and ERMS say about it. */
export interface WrittenFile {
  /** Its path from the package's root folder. */
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
  readonly mimeType: string;
  /** xs:dateTime */
  readonly created: string;
  readonly title: string;
}

/** A document's path: plain segments only, so no entry escapes the package's folder. */
const SAFE_PATH = /^(?:[A-Za-z0-9][A-Za-z0-9._-]{0,99}\/){0,4}[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
export const isSafeDocumentPath = (path: string) => SAFE_PATH.test(path) && !path.includes("..");

/** A day as an xs:dateTime (a Swedish calendar day, no zone); a moment as it is. */
export const asDateTime = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00` : value;

/**
 * D-56: the package's identifier, also its root folder's name (CSIP1): the letter and the
 * moment the package was made, so two packages of one letter never share a name.
 */
export const packageIdOf = (letterId: string, madeAt: string) =>
  `samverkan-${letterId}-${madeAt.replace(/[-:]/g, "").replace(/\.\d+/, "")}`;
