import type { LetterEvent, LetterOfIntent, PendingAmendment } from "@samverkan/domain";
import * as Effect from "effect/Effect";
import { MAX_VERSION_EVENTS } from "./agreement-versions";
import { scanTrail } from "./trail-scan";

/** An amendment as its documents print it: in force from a day, withdrawn on one, or pending. */
export type AmendmentOfRecord = PendingAmendment & {
  readonly inForceFrom?: string;
  readonly withdrawnOn?: string;
};

/**
 * An amendment of the letter by id (R26, D-64): from the head when it is pending or in force,
 * else — withdrawn or declined, which the head forgets — folded from the trail, read up to
 * `MAX_VERSION_EVENTS` events (400 beyond, as an earlier special agreement's version). Null when
 * the letter never had it.
 */
export const amendmentOfLetter = /* @__PURE__ */ Effect.fn("documents.amendmentOfLetter")(
  function* (
    letterId: string,
    letter: LetterOfIntent,
    amendmentId: string,
    maxEvents = MAX_VERSION_EVENTS,
  ) {
    const known =
      letter.pendingAmendment?.amendmentId === amendmentId
        ? letter.pendingAmendment
        : (letter.amendments ?? []).find((a) => a.amendmentId === amendmentId);
    if (known) return known as AmendmentOfRecord;
    let found = null as AmendmentOfRecord | null;
    yield* scanTrail(
      letterId,
      maxEvents,
      {
        code: "amendment-history-too-long",
        message: `The letter has more than ${maxEvents} events; a withdrawn amendment cannot be read in one request`,
      },
      (item) => {
        if (item.aggregate !== "letter") return false;
        const event = JSON.parse(item.data as string) as LetterEvent;
        if (!("amendmentId" in event) || event.amendmentId !== amendmentId) return false;
        if (event.type === "AmendmentProposed") {
          const { type: _type, ...proposal } = event;
          found = { ...proposal, signatures: [] };
        } else if (found && event.type === "AmendmentSigned") {
          const { orgNumber, signedOn, signedBy, documentSha256 } = event;
          found = {
            ...found,
            signatures: [
              ...found.signatures,
              { orgNumber, signedOn, signedBy, ...(documentSha256 ? { documentSha256 } : {}) },
            ],
          };
        } else if (found && event.type === "AmendmentWithdrawn") {
          found = { ...found, withdrawnOn: event.withdrawnOn };
          return true;
        }
        return false;
      },
    );
    return found;
  },
);
