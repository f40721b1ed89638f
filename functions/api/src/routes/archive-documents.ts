import {
  amendmentsOf,
  queryLetterItems,
  type RenderedDocument,
  renderAmendmentPdf,
  renderAmendmentSignaturesPdf,
  renderDialogRecordPdf,
  renderLetterPdf,
  renderLetterSignaturesPdf,
  renderLetterWithAmendmentsPdf,
  renderSpecialAgreementPdf,
  renderSpecialAgreementSignaturesPdf,
  renderStructureReviewPdf,
  snapshotOf,
} from "@samverkan/core";
import type { ArchiveDocument } from "@samverkan/core/archive";
import type { Activity, Dialog, LetterOfIntent } from "@samverkan/domain";
import { keys } from "@samverkan/table";
import type { AppDeps } from "../http/app-deps";
import { openSealedNames } from "../http/people";

/** Items read a page while the package's documents are rendered, one at a time (D-57). */
const ITEMS_PER_PAGE = 50;

const asArchived = (document: RenderedDocument): ArchiveDocument => ({
  path: document.path,
  title: document.title,
  bytes: document.bytes,
  createdOn: document.createdOn,
  mimeType: "application/pdf",
});

/**
 * The letter's documents as PDF/A-2b for its archive package (D-53, D-56, D-64): the letter and
 * its signatures, each amendment and its signatures, the letter with amendments, each special agreement and its signatures, each held dialog's record, each
 * structure review. Rendered one at a time as the ZIP asks for them, its items read a page at a
 * time, so the package's memory stays one document and one page whatever the letter holds.
 */
export function archivedDocumentsOf(runtime: AppDeps["runtime"], letterId: string) {
  async function* itemsOf<Item>(prefix: string): AsyncGenerator<Item> {
    let cursor: string | undefined;
    do {
      const page = await runtime.runPromise(
        queryLetterItems(letterId, prefix, ITEMS_PER_PAGE, cursor),
      );
      for (const item of page.items) yield snapshotOf<Item>(item) as Item;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  /** A copy with its signers' sealed names opened (D-58): erased signers print as erased. */
  const named = async <T>(value: T): Promise<T> => {
    const copy = structuredClone(value);
    await runtime.runPromise(openSealedNames(copy));
    return copy;
  };
  return async function* documents(letter: LetterOfIntent): AsyncGenerator<ArchiveDocument> {
    yield asArchived(await renderLetterPdf(letter));
    const signed = await named(letter);
    yield asArchived(await renderLetterSignaturesPdf(signed));
    // D-64: each amendment (in force or pending: at most MAX_AMENDMENTS_PER_LETTER + 1) and its
    // signatures, and the letter with those in force — the letter's own PDF stays as signed.
    for (const amendment of amendmentsOf(letter)) {
      yield asArchived(await renderAmendmentPdf(letter, amendment));
      const withNames = amendmentsOf(signed).find((a) => a.amendmentId === amendment.amendmentId);
      yield asArchived(await renderAmendmentSignaturesPdf(signed, withNames ?? amendment));
    }
    if ((letter.amendments ?? []).length > 0)
      yield asArchived(await renderLetterWithAmendmentsPdf(letter));
    for await (const activity of itemsOf<Activity>(keys.activityPrefix)) {
      yield asArchived(await renderSpecialAgreementPdf(letter, activity));
      const signed = await named({ letter, activity });
      yield asArchived(await renderSpecialAgreementSignaturesPdf(signed.letter, signed.activity));
    }
    for await (const dialog of itemsOf<Dialog>(keys.dialogPrefix)) {
      const record = await renderDialogRecordPdf(letter, dialog);
      if (record) yield asArchived(record);
    }
    for (const review of letter.structureReviews) {
      const pdf = await renderStructureReviewPdf(letter, review.year);
      if (pdf) yield asArchived(pdf);
    }
  };
}
