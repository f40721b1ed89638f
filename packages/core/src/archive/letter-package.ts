// A letter's archive package from the store: the head read once (which fixes what the package
// holds), then the trail read page by page as the ZIP is written (D-56, D-57).
import type { LetterOfIntent } from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { nowIso } from "../commands/clock";
import { readVisibleLetter } from "../commands/visibility";
import type { Dynamo } from "../store/dynamo";
import { queryLetterItems } from "../store/letter-store";
import { buildArchivePackage } from "./build-package";
import { type ArchiveDocument, packageIdOf, TRAIL_PAGE_SIZE, type TrailEvent } from "./layout";

type DocumentsOf = AsyncIterable<ArchiveDocument> | Iterable<ArchiveDocument>;
/**
 * The documents to carry: given, or made from the letter as the package reads it (the PDFs'
 * renderer, wired in by whoever calls this).
 */
export type ArchiveDocuments = DocumentsOf | ((letter: LetterOfIntent) => DocumentsOf);

export interface LetterArchivePackage {
  readonly packageId: string;
  /** `${packageId}.zip` */
  readonly fileName: string;
  /** The ZIP, written as it is read. */
  readonly stream: NodeJS.ReadableStream;
}

/**
 * The archive package of a letter the viewer may see (`AgreementNotFound` otherwise, as for any
 * read). It holds the letter as its head stood when read: events of the stream up to that
 * version, so a package made while others write is still one consistent state.
 */
export const letterArchivePackage = (
  letterId: string,
  viewer: { readonly orgNumber: string },
  documents: ArchiveDocuments = [],
  /**
   * Opens, in place, the names sealed in a page of events (D-58) before it is written: an archive
   * cannot open them, so the package carries them readable (or, erased, as erased: D-59).
   */
  openNames?: (events: TrailEvent[]) => Promise<void>,
) =>
  Effect.gen(function* () {
    const head = yield* readVisibleLetter(letterId, viewer);
    const createdAt = yield* nowIso;
    const run = Effect.runPromiseWith(yield* Effect.context<Dynamo>());
    const upTo = head.streamVersion;
    async function* trail(): AsyncGenerator<readonly TrailEvent[]> {
      let cursor: string | undefined;
      do {
        const page = await run(
          queryLetterItems(letterId, keys.eventPrefix, TRAIL_PAGE_SIZE, cursor),
        );
        const events = page.items
          .filter((item) => (item.sequence as number) <= upTo)
          .map((item) => ({
            sequence: item.sequence as number,
            aggregate: item.aggregate as string,
            type: item.type as string,
            recordedAt: item.recordedAt as string,
            requestId: item.requestId as string | undefined,
            actor: item.actor,
            data: JSON.parse(item.data as string) as unknown,
          }));
        if (openNames && events.length > 0) await openNames(events);
        if (events.length > 0) yield events;
        if (events.length < page.items.length) return;
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    }
    const { letter } = head;
    const submitter = [...letter.parties, ...letter.memberOrganisations].find(
      (organisation) => organisation.orgNumber === viewer.orgNumber,
    ) ?? { orgNumber: viewer.orgNumber, name: viewer.orgNumber };
    const packageId = packageIdOf(letterId, createdAt);
    return {
      packageId,
      fileName: `${packageId}.zip`,
      stream: buildArchivePackage({
        packageId,
        createdAt,
        letter,
        submitter,
        trail: trail(),
        documents: typeof documents === "function" ? documents(letter) : documents,
      }),
    } satisfies LetterArchivePackage;
  });
