import {
  type ActivityEvent,
  type ActivityState,
  foldLetter,
  type LetterEvent,
  type LetterOfIntent,
} from "@samverkan/domain";
import * as Effect from "effect/Effect";
import { renderAmendmentPdf, renderLetterPdf, renderSpecialAgreementPdf } from "./render-documents";

// D-54: a signature records the SHA-256 of the exact PDF it signs. The domain decides who may
// sign and stays pure; the server renders the document as it stands before the signature and
// stamps the hash on the event, in the same transaction. A client cannot send a hash.

/**
 * Stamps each `LetterSigned` with the hash of the letter's PDF as it is being signed, and each
 * `AmendmentSigned` with the hash of the pending amendment's PDF (D-64).
 */
export const bindLetterSignatures = (
  letter: LetterOfIntent,
  events: readonly LetterEvent[],
): Effect.Effect<readonly LetterEvent[]> =>
  bindLetterOnly(letter, events).pipe(
    Effect.flatMap((bound) => bindAmendmentSignatures(letter, bound)),
  );

/** D-64: the pending amendment's signature binds the amendment's PDF, not the letter's. */
const bindAmendmentSignatures = (
  letter: LetterOfIntent,
  events: readonly LetterEvent[],
): Effect.Effect<readonly LetterEvent[]> => {
  const pending = letter.pendingAmendment;
  return pending && events.some((event) => event.type === "AmendmentSigned")
    ? Effect.promise(() => renderAmendmentPdf(letter, pending)).pipe(
        Effect.map(({ sha256 }) =>
          events.map((event) =>
            event.type === "AmendmentSigned" && event.amendmentId === pending.amendmentId
              ? { ...event, documentSha256: sha256 }
              : event,
          ),
        ),
      )
    : Effect.succeed(events);
};

const bindLetterOnly = (
  letter: LetterOfIntent,
  events: readonly LetterEvent[],
): Effect.Effect<readonly LetterEvent[]> =>
  events.some((event) => event.type === "LetterSigned")
    ? Effect.promise(() => renderLetterPdf(letter)).pipe(
        Effect.map(({ sha256 }) =>
          events.map((event) =>
            event.type === "LetterSigned" ? { ...event, documentSha256: sha256 } : event,
          ),
        ),
      )
    : Effect.succeed(events);

/** Stamps each `SpecialAgreementSigned` with the hash of the version's PDF being signed. */
export const bindSpecialAgreementSignatures = (
  state: ActivityState,
  events: readonly ActivityEvent[],
): Effect.Effect<readonly ActivityEvent[]> => {
  const { activity } = state;
  return activity && events.some((event) => event.type === "SpecialAgreementSigned")
    ? Effect.promise(() => renderSpecialAgreementPdf(state.letter, activity)).pipe(
        Effect.map(({ sha256 }) =>
          events.map((event) =>
            event.type === "SpecialAgreementSigned" ? { ...event, documentSha256: sha256 } : event,
          ),
        ),
      )
    : Effect.succeed(events);
};

/** A new letter's first events (a signed letter registered at once): the drafted text is signed. */
export const bindNewLetterSignatures = (events: readonly LetterEvent[]) => {
  const drafted = events.filter((event) => event.type === "LetterDrafted");
  const letter = foldLetter(drafted);
  return letter ? bindLetterSignatures(letter, events) : Effect.succeed(events);
};
