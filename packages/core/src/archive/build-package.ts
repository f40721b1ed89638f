// Writes a letter's E-ARK SIP as a ZIP stream (D-56, D-57). Entries go out in the order their
// checksums become known: the representation's data (documents, then the trail), its METS.xml,
// the documentation and schemas, ERMS.xml, PREMIS.xml, and last the root METS.xml, which names
// them all. Every file's SHA-256 is computed while it is written; nothing is read twice.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { LetterOfIntent } from "@samverkan/domain";
import { ZipFile } from "yazl";
import { descriptiveMetadata } from "./erms";
import { addStreamed } from "./hashing";
import {
  type ArchiveDocument,
  asDateTime,
  isSafeDocumentPath,
  MAX_ARCHIVE_DOCUMENTS,
  REPRESENTATION,
  SCHEMA_FILES,
  TRAIL_FILE,
  type TrailEvent,
  type WrittenFile,
} from "./layout";
import { type PackageHeader, representationMets, rootMets } from "./mets";
import { preservationMetadata } from "./premis";

export const ARCHIVE_SOFTWARE = { name: "Samverkan", version: "0.1.0" } as const;

export interface ArchivePackageInput {
  /** The package's identifier and root folder's name (`packageIdOf`). */
  readonly packageId: string;
  /** When the package is made (ISO 8601). */
  readonly createdAt: string;
  readonly letter: LetterOfIntent;
  /** The organisation that makes the package (SIP15): the caller's. */
  readonly submitter: { readonly name: string; readonly orgNumber: string };
  /** The trail, page by page, oldest first: each page is pulled only when the last is written. */
  readonly trail: AsyncIterable<readonly TrailEvent[]>;
  /** The documents to carry (PDFs of the letter, special agreements, dialog records …). */
  readonly documents: AsyncIterable<ArchiveDocument> | Iterable<ArchiveDocument>;
}

/** The package is refused part-way: the ZIP stream ends with this error. */
export class ArchivePackageRefused extends Error {}

/**
 * The vendored schemas (schemas/README.md): shipped in each package, used by the tests. A bundle
 * has no folder beside its code, so a deployed function is given a copy and its place
 * (`SAMVERKAN_ARCHIVE_SCHEMAS`, infra/api.ts).
 */
export const ARCHIVE_SCHEMAS_DIR = process.env.SAMVERKAN_ARCHIVE_SCHEMAS
  ? `${process.env.SAMVERKAN_ARCHIVE_SCHEMAS.replace(/\/$/, "")}/`
  : fileURLToPath(new URL("./schemas/", import.meta.url));
const encoder = new TextEncoder();

/** Bytes handed to the ZIP at a time: its pipeline holds a chunk a stage, a few stages deep. */
const TRAIL_CHUNK_BYTES = 16 * 1024;

/**
 * The trail as JSON Lines, a page at a time, handed on in chunks of about 16 KB; counts and dates
 * noted as they pass. Chunks, not a page at once: each stage of the ZIP's pipeline (hashing, CRC,
 * counting, output) holds one chunk, so a page-sized chunk let a paused reader's package read
 * several pages ahead; 16 KB chunks keep it within a page of what the reader took (D-57).
 */
async function* trailLines(
  pages: AsyncIterable<readonly TrailEvent[]>,
  seen: { count: number; last: string | null },
) {
  for await (const page of pages) {
    let lines = "";
    for (const event of page) {
      lines += `${JSON.stringify({
        sequence: event.sequence,
        aggregate: event.aggregate,
        type: event.type,
        recordedAt: event.recordedAt,
        ...(event.requestId ? { requestId: event.requestId } : {}),
        ...(event.actor ? { actor: event.actor } : {}),
        data: event.data,
      })}\n`;
      seen.count += 1;
      seen.last = event.recordedAt;
      if (lines.length >= TRAIL_CHUNK_BYTES) {
        yield encoder.encode(lines);
        lines = "";
      }
    }
    if (lines) yield encoder.encode(lines);
  }
}

function about(input: ArchivePackageInput, documents: number, events: number): string {
  const { letter } = input;
  return [
    `Arkivpaket ${input.packageId}`,
    "",
    `Det här paketet innehåller avsiktsförklaringen "${letter.title}" (${letter.letterId})`,
    `mellan ${letter.parties.map((p) => p.name).join(" och ")}, så som Samverkan förde den.`,
    `Paketet gjordes ${input.createdAt} av ${input.submitter.name}.`,
    `representations/${REPRESENTATION}/data/ har ${documents} dokument och händelseloggen`,
    `${TRAIL_FILE} med ${events} händelser, en JSON-rad per händelse i den ordning de registrerades.`,
    "metadata/descriptive/ERMS.xml beskriver ärendet och dess handlingar (CITS ERMS),",
    "metadata/preservation/PREMIS.xml har varje fils SHA-256, METS.xml binder ihop allt (E-ARK SIP).",
    "",
    `Archive package ${input.packageId}: the letter of intent "${letter.title}" as Samverkan kept`,
    `it, with ${documents} documents and its trail of ${events} events as JSON Lines, described in`,
    "CITS ERMS, with a SHA-256 per file in PREMIS, laid out as an E-ARK SIP (CSIP 2.1 / SIP 2.1).",
    "",
  ].join("\n");
}

/**
 * The package as a ZIP stream with one root folder, `packageId`. Memory: one page of the trail,
 * one document and a few hundred bytes per file written, whatever the trail's length (D-57).
 */
export function buildArchivePackage(input: ArchivePackageInput): NodeJS.ReadableStream {
  const zip = new ZipFile();
  const root = input.packageId;
  const mtime = new Date(input.createdAt);
  const written = {
    data: [] as WrittenFile[],
    documentation: [] as WrittenFile[],
    schemas: [] as WrittenFile[],
  };
  const add = async (
    path: string,
    chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
    meta: { mimeType: string; created: string; title: string },
    compress = true,
  ): Promise<WrittenFile> => {
    const digest = await addStreamed(zip, `${root}/${path}`, chunks, { mtime, compress });
    return { path: `${root}/${path}`, ...digest, ...meta, created: asDateTime(meta.created) };
  };
  const addText = (path: string, text: string, mimeType: string, title: string) =>
    add(path, [encoder.encode(text)], { mimeType, created: input.createdAt, title });
  const header: PackageHeader = {
    objId: root,
    label: input.letter.title,
    createdAt: input.createdAt,
    software: ARCHIVE_SOFTWARE,
    creators: input.letter.parties,
    submitter: input.submitter,
  };

  const write = async () => {
    const dataDir = `representations/${REPRESENTATION}/data`;
    const paths = new Set<string>([TRAIL_FILE]);
    for await (const document of input.documents) {
      if (written.data.length >= MAX_ARCHIVE_DOCUMENTS)
        throw new ArchivePackageRefused(
          `A package carries at most ${MAX_ARCHIVE_DOCUMENTS} documents`,
        );
      if (!isSafeDocumentPath(document.path) || paths.has(document.path))
        throw new ArchivePackageRefused(
          `Document path ${JSON.stringify(document.path)} is not usable`,
        );
      paths.add(document.path);
      const mimeType = document.mimeType ?? "application/pdf";
      // Already-compressed formats are stored as they are.
      const file = await add(
        `${dataDir}/${document.path}`,
        [document.bytes],
        { mimeType, created: document.createdOn, title: document.title },
        mimeType !== "application/pdf",
      );
      written.data.push(file);
    }
    const seen = { count: 0, last: null as string | null };
    const trailFile = await add(
      `${dataDir}/${TRAIL_FILE}`,
      trailLines(input.trail, seen),
      {
        mimeType: "application/x-ndjson",
        // Created as its last event was recorded: the trail is complete up to then.
        created: seen.last ?? input.createdAt,
        title: "Händelselogg (audit trail)",
      },
      // Stored, not deflated: the lines compress some thirtyfold, so a deflater fed until the
      // ZIP's buffers are full read 9–15 pages ahead of a paused reader; stored, the reads stop
      // within a page of what the reader took (D-57).
      false,
    );
    // The date is known only once the trail is read.
    written.data.push({ ...trailFile, created: asDateTime(seen.last ?? input.createdAt) });

    const repMets = await addText(
      `representations/${REPRESENTATION}/METS.xml`,
      representationMets({ ...header }, written.data),
      "application/xml",
      `Representation ${REPRESENTATION}`,
    );
    written.documentation.push(
      await addText(
        "documentation/om-paketet.txt",
        about(input, written.data.length - 1, seen.count),
        "text/plain",
        "Om paketet (about this package)",
      ),
    );
    for (const name of SCHEMA_FILES)
      written.schemas.push(
        await addText(
          `schemas/${name}`,
          readFileSync(`${ARCHIVE_SCHEMAS_DIR}${name}`, "utf8"),
          "application/xml",
          name,
        ),
      );
    const descriptive = await addText(
      "metadata/descriptive/ERMS.xml",
      descriptiveMetadata({
        objId: root,
        createdAt: input.createdAt,
        letter: input.letter,
        software: ARCHIVE_SOFTWARE,
        submitter: input.submitter,
        records: written.data,
      }),
      "application/xml",
      "ERMS",
    );
    const preservation = await addText(
      "metadata/preservation/PREMIS.xml",
      preservationMetadata({
        objId: root,
        createdAt: input.createdAt,
        software: ARCHIVE_SOFTWARE,
        files: [
          ...written.data,
          repMets,
          ...written.documentation,
          ...written.schemas,
          descriptive,
        ],
      }),
      "application/xml",
      "PREMIS",
    );
    // The root METS.xml is not awaited: nothing after it needs its digest.
    zip.addBuffer(
      Buffer.from(
        rootMets(header, {
          descriptive,
          preservation,
          documentation: written.documentation,
          schemas: written.schemas,
          representationMets: repMets,
        }),
      ),
      `${root}/METS.xml`,
      { mtime },
    );
    zip.end();
  };
  write().catch((error: unknown) => {
    zip.outputStream.emit("error", error instanceof Error ? error : new Error(String(error)));
  });
  return zip.outputStream;
}
