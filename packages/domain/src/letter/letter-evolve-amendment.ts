import type { LetterEventOf } from "./letter-events";
import type { LetterOfIntent } from "./letter-model";

type AmendmentEvent = LetterEventOf<
  "AmendmentProposed" | "AmendmentSigned" | "AmendmentEnteredIntoForce" | "AmendmentWithdrawn"
>;

/**
 * R26: folds an amendment's events into the head. The pending amendment collects signatures; when
 * both have signed it joins the amendments in force, kept by effective date (D-51, D-52).
 */
export function evolveAmendment(state: LetterOfIntent, event: AmendmentEvent): LetterOfIntent {
  const pending = state.pendingAmendment ?? null;
  switch (event.type) {
    case "AmendmentProposed": {
      const { type: _type, ...proposal } = event;
      return { ...state, pendingAmendment: { ...proposal, signatures: [] } };
    }
    case "AmendmentSigned": {
      if (!pending || pending.amendmentId !== event.amendmentId) return state;
      const { orgNumber, signedOn, signedBy, documentSha256 } = event;
      const signature = {
        orgNumber,
        signedOn,
        signedBy,
        ...(documentSha256 ? { documentSha256 } : {}),
      };
      const signatures = [...pending.signatures, signature];
      return { ...state, pendingAmendment: { ...pending, signatures } };
    }
    case "AmendmentEnteredIntoForce": {
      if (!pending || pending.amendmentId !== event.amendmentId) return state;
      const inForce = { ...pending, inForceFrom: event.inForceFrom };
      const amendments = [...(state.amendments ?? []), inForce].sort((a, b) =>
        a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0,
      );
      return { ...state, amendments, pendingAmendment: null };
    }
    case "AmendmentWithdrawn":
      return pending?.amendmentId === event.amendmentId
        ? { ...state, pendingAmendment: null }
        : state;
  }
}
