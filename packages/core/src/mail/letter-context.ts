import * as Effect from "effect/Effect";
import { readLetter } from "../store/letter-store";
import type { LetterContext } from "./message-parts";

/** A letter's title and its organisations' names, as every message about it names them. */
export const letterContext = (letterId: string) =>
  readLetter(letterId).pipe(
    Effect.map(
      (head): LetterContext => ({
        letterId,
        title: head?.letter.title ?? letterId,
        organisationNames: new Map(
          [...(head?.letter.parties ?? []), ...(head?.letter.memberOrganisations ?? [])].map(
            (org) => [org.orgNumber as string, org.name],
          ),
        ),
      }),
    ),
  );
