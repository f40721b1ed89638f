import * as z from "zod/mini";
import { CalendarDate } from "../calendar/calendar-date";
import { SealedName } from "../organisation/actor";
import { OrgNumber } from "../organisation/org-number";
import { Terms } from "../terms/terms";

// The head (`letter-model.ts`) holds these, so they cannot import from it: the id and signature
// shapes below are the same as its `EntityId`, `SignedBy` and `Signature`.
const AmendmentId = /* @__PURE__ */ z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(100),
    z.regex(/^[A-Za-z0-9_-]+$/, { message: "use letters, digits, - and _ only" }),
  );
const SignedBy = /* @__PURE__ */ z.object({
  sub: /* @__PURE__ */ z.string().check(z.minLength(1)),
  name: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  /** R25: the signatory a substitute signed for. */
  onBehalfOf: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.object({ sub: /* @__PURE__ */ z.string().check(z.minLength(1)) }),
  ),
  /** D-58: the name, sealed with the person's own key. */
  sealedName: /* @__PURE__ */ z.optional(SealedName),
});
const Signature = /* @__PURE__ */ z.object({
  orgNumber: OrgNumber,
  signedOn: CalendarDate,
  signedBy: SignedBy,
  /** D-54, D-64: the SHA-256 (hex) of the amendment's PDF signed; absent on earlier signatures. */
  documentSha256: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  ),
});

/**
 * R26, D-51: the fields of the terms an amendment changes. Whatever `Terms` holds can be changed:
 * the new terms are the old ones with these fields replaced, so fields added to `Terms` fold in.
 */
export const TermsChanges = /* @__PURE__ */ z.partial(Terms);
export type TermsChanges = z.infer<typeof TermsChanges>;

/** R26: who proposed an amendment (a signatory of a principal party). */
export const AmendmentParty = /* @__PURE__ */ z.extend(SignedBy, { orgNumber: OrgNumber });
export type AmendmentParty = z.infer<typeof AmendmentParty>;

/**
 * R26, D-51: a change of terms proposed by one principal party, effective from `effectiveFrom`.
 * `terms` are the whole terms from that day (the terms in force then, with `changes`).
 */
export const PendingAmendment = /* @__PURE__ */ z.object({
  amendmentId: AmendmentId,
  effectiveFrom: CalendarDate,
  changes: TermsChanges,
  terms: Terms,
  proposedOn: CalendarDate,
  proposedBy: AmendmentParty,
  /** The principal parties' signatures so far (at most two). */
  signatures: /* @__PURE__ */ z.array(Signature).check(z.maxLength(2)),
});
export type PendingAmendment = z.infer<typeof PendingAmendment>;

/** R26: an amendment signed by both principal parties: in force from the later signature's day. */
export const AmendmentInForce = /* @__PURE__ */ z.extend(PendingAmendment, {
  inForceFrom: CalendarDate,
});
export type AmendmentInForce = z.infer<typeof AmendmentInForce>;

/**
 * D-52: at most this many amendments in force per letter. The head keeps them all, so that the
 * terms of every day stay known; a letter changed more often than this is redrafted.
 */
export const MAX_AMENDMENTS_PER_LETTER = 20;
