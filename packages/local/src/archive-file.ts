// What `pnpm archive` does, apart from reading its arguments: the letter's archive package
// written to a file, read back and checked as a receiving archive would (D-56).
import { createHash } from "node:crypto";
import { createWriteStream, readFileSync } from "node:fs";
import { join } from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { archivedDocumentsOf, archiveTrailPeople } from "@samverkan/api";
import { type Dynamo, PersonKeyWrapping, readLetter, wrappingKeyOf } from "@samverkan/core";
import {
  letterArchivePackage,
  validateWithXmllint,
  verifyArchivePackage,
} from "@samverkan/core/archive";
import * as Effect from "effect/Effect";
import * as Layer from "effect/Layer";
import * as ManagedRuntime from "effect/ManagedRuntime";
import { unzipSync } from "fflate";

export interface ArchiveFile {
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
  /** How many files the package holds. */
  readonly files: number;
  /** What does not hold together (sizes, checksums, references); empty when all does. */
  readonly problems: readonly string[];
  /** xmllint's verdict, or why there is none (xmllint not installed). */
  readonly xml:
    | { readonly validated: readonly string[]; readonly problems: readonly string[] }
    | { readonly notValidated: string };
}

export class ArchiveFileRefused extends Error {}

/**
 * Writes the package of `letterId`, made by `orgNumber` (the letter's first party by default),
 * into `outDir` as `<package id>.zip`, streaming, then checks it.
 */
export async function writeArchiveFile(options: {
  readonly layer: Layer.Layer<Dynamo>;
  readonly letterId: string;
  readonly orgNumber?: string;
  readonly outDir: string;
  /**
   * The wrapping key of the people's keys (`pnpm dev`'s, in `.data/`), so the names sealed in
   * the trail open for the archive as the API's package opens them (D-58); none: they read as
   * erased.
   */
  readonly personKeyWrapping?: string;
}): Promise<ArchiveFile> {
  const run = <A, E>(effect: Effect.Effect<A, E, Dynamo>) =>
    Effect.runPromise(effect.pipe(Effect.provide(options.layer)));
  const head = await run(readLetter(options.letterId));
  if (!head) throw new ArchiveFileRefused(`there is no letter ${options.letterId}`);
  const orgNumber = options.orgNumber ?? head.letter.parties[0].orgNumber;
  // The documents as PDF/A (the letter, its amendments, special agreements, records: D-53, D-64)
  // and the trail's people named, as `GET …/archive-package` carries them.
  const runtime = ManagedRuntime.make(
    Layer.merge(
      options.layer,
      Layer.succeed(PersonKeyWrapping, wrappingKeyOf(options.personKeyWrapping)),
    ),
  );
  const made = await run(
    letterArchivePackage(
      options.letterId,
      { orgNumber },
      archivedDocumentsOf(runtime, options.letterId),
      archiveTrailPeople(runtime),
    ),
  ).catch(() => {
    throw new ArchiveFileRefused(`${orgNumber} cannot see letter ${options.letterId}`);
  });
  const path = join(options.outDir, made.fileName);
  const hash = createHash("sha256");
  let size = 0;
  try {
    await pipeline(
      made.stream,
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          size += chunk.byteLength;
          done(null, chunk);
        },
      }),
      createWriteStream(path),
    );
  } finally {
    await runtime.dispose();
  }
  // Read back: what is checked is what is on disk.
  const entries = new Map(Object.entries(unzipSync(readFileSync(path))));
  let xml: ArchiveFile["xml"];
  try {
    xml = await validateWithXmllint(entries);
  } catch (error) {
    xml = { notValidated: (error as Error).message };
  }
  return {
    path,
    size,
    sha256: hash.digest("hex"),
    files: entries.size,
    problems: verifyArchivePackage(entries),
    xml,
  };
}
