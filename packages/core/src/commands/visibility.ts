import type { LetterOfIntent } from "@samverkan/domain";
import { keys } from "@samverkan/table";
import * as Effect from "effect/Effect";
import { AgreementNotFound } from "../errors";
import { getItem } from "../store/get-item";
import { readLetter } from "../store/letter-store";

/**
 * Whether an organisation may see a letter (api.md): a principal party, a member municipality,
 * or a project party of at least one special agreement now. A project party removed from every
 * special agreement stops seeing it (its membership's count is back at zero).
 */
export function mayView(
  letter: LetterOfIntent,
  orgNumber: string,
  membership: Record<string, unknown> | undefined,
): boolean {
  if (letter.parties.some((party) => party.orgNumber === orgNumber)) return true;
  if (letter.memberOrganisations.some((member) => member.orgNumber === orgNumber)) return true;
  return Number(membership?.projectAgreements ?? 0) > 0;
}

/** Whether a membership item (from a caller's list of agreements) still gives sight of its letter. */
export const membershipCounts = (item: Record<string, unknown>) =>
  item.relation !== "project-party" || Number(item.projectAgreements ?? 0) > 0;

/**
 * The letter's head if the organisation may see it; otherwise the same `AgreementNotFound` as
 * for a letter that does not exist, so none is leaked. A party or member is known from the head
 * alone (one read); anyone else's membership is read after it.
 */
export const readVisibleLetter = (letterId: string, viewer: { readonly orgNumber: string }) =>
  Effect.gen(function* () {
    const head = yield* readLetter(letterId);
    if (head && mayView(head.letter, viewer.orgNumber, undefined)) return head;
    const membership = head ? yield* getItem(keys.membership(viewer.orgNumber, letterId)) : null;
    if (!head || !mayView(head.letter, viewer.orgNumber, membership ?? undefined))
      return yield* new AgreementNotFound({ letterId });
    return head;
  });
