import { randomUUID } from "node:crypto";
import { personIdOf, readVisibleLetter, today } from "@samverkan/core";
import {
  type AmendmentParty,
  type CalendarDate,
  type LetterCommand,
  type LetterOfIntent,
  MAX_AMENDMENTS_PER_LETTER,
  needsReviewsPerYearOf,
  type PendingAmendment,
  type Signature,
  SpecialAgreementTerms,
  specialAgreementTermsOf,
  Terms,
  termsOn,
} from "@samverkan/domain";
import * as Effect from "effect/Effect";
import * as z from "zod/mini";
import { requireSignatory } from "../http/access";
import type { AppDeps } from "../http/app-deps";
import { withSignersNamed } from "../http/people";
import { etag } from "../http/request-context";
import { component, createRoute } from "../http/route";
import { newRouter } from "../http/router";
import { ok, runToResponse } from "../http/run-effect";
import {
  bearerSecurity,
  DateInput,
  Id,
  jsonBody,
  jsonResponse,
  LetterIdParam,
  problemResponses,
} from "../schemas/common";
import { SignatureView } from "../schemas/views";
import { onLetter, runCommand } from "./command-route";

// R26, D-51: a change of terms signed by both principal parties, effective from a date. One party's
// signatory proposes it, each party's signatory signs it, either withdraws it while it is pending.
// Each step is an event of the letter; the letter's version is the ETag every step is guarded by.

const NEEDS_REVIEWS = "Needs reviews a year (R13); 1 for a letter drafted before templates";
const NeedsReviewsView = /* @__PURE__ */ z.number().check(z.meta({ description: NEEDS_REVIEWS }));

const SPECIAL_AGREEMENT =
  "R14: whether each concrete activity needs a special agreement, and who signs it; as the letter has it for a letter drafted before templates";
const SpecialAgreementView = /* @__PURE__ */ component(
  /* @__PURE__ */ z
    .object({
      required: /* @__PURE__ */ z.boolean(),
      signedBy: /* @__PURE__ */ z.enum(["principal-parties", "principal-and-project-parties"]),
    })
    .check(z.meta({ description: SPECIAL_AGREEMENT })),
  "SpecialAgreementTerms",
);

const TermsView = /* @__PURE__ */ z.object({
  noticeMonths: /* @__PURE__ */ z.number(),
  dialogsPerYear: /* @__PURE__ */ z.number(),
  basisLeadDays: /* @__PURE__ */ z.number(),
  structureReviewsPerYear: /* @__PURE__ */ z.number(),
  needsReviewsPerYear: NeedsReviewsView,
  specialAgreement: SpecialAgreementView,
});

/** Terms as the view shows them: a field a letter's terms leave out shown as what it means (D-63). */
const termsView = (terms: Terms): z.output<typeof TermsView> => ({
  noticeMonths: terms.noticeMonths,
  dialogsPerYear: terms.dialogsPerYear,
  basisLeadDays: terms.basisLeadDays,
  structureReviewsPerYear: terms.structureReviewsPerYear,
  needsReviewsPerYear: needsReviewsPerYearOf(terms),
  specialAgreement: specialAgreementTermsOf(terms),
});

/** A changed term's value: a number, or R14's special-agreement terms. */
const TermValueView = /* @__PURE__ */ z.union([/* @__PURE__ */ z.number(), SpecialAgreementView]);

const ProposeBody = /* @__PURE__ */ component(
  /* @__PURE__ */ z.strictObject({
    effectiveFrom: DateInput.check(
      z.meta({
        description:
          "The day the new terms take effect: today or later, and after the last amendment in force",
      }),
    ),
    // The numeric terms the workspace shows; fields other helpers add to `Terms` join here.
    changes: /* @__PURE__ */ z
      .partial(
        /* @__PURE__ */ z.strictObject({
          noticeMonths: Terms.shape.noticeMonths,
          dialogsPerYear: Terms.shape.dialogsPerYear,
          basisLeadDays: Terms.shape.basisLeadDays,
          structureReviewsPerYear: Terms.shape.structureReviewsPerYear,
          needsReviewsPerYear: Terms.shape.needsReviewsPerYear.def.innerType,
          specialAgreement: SpecialAgreementTerms,
        }),
      )
      .check(
        z.meta({
          description:
            "The fields of the terms that change; the rest stay as they are on the effective date",
          example: {
            dialogsPerYear: 4,
            specialAgreement: { required: true, signedBy: "principal-parties" },
          },
        }),
      ),
  }),
  "ProposeAmendment",
);

const PartySignatureView = /* @__PURE__ */ z.object({
  orgNumber: /* @__PURE__ */ z.string(),
  name: /* @__PURE__ */ z.string(),
  signature: /* @__PURE__ */ z.nullable(SignatureView),
});

const AmendmentView = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    id: /* @__PURE__ */ z.string(),
    status: /* @__PURE__ */ z
      .enum(["pending", "in-force"])
      .check(z.meta({ description: "pending: not yet signed by both; in-force: signed by both" })),
    effectiveFrom: /* @__PURE__ */ z.string(),
    changes: /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ z.object({
          field: /* @__PURE__ */ z.string(),
          from: TermValueView,
          to: TermValueView,
        }),
      )
      .check(z.meta({ description: "What changes: each field, from its old value to its new" })),
    terms: TermsView.check(z.meta({ description: "The whole terms from effectiveFrom" })),
    proposedOn: /* @__PURE__ */ z.string(),
    proposedBy: /* @__PURE__ */ z.object({
      orgNumber: /* @__PURE__ */ z.string(),
      organisation: /* @__PURE__ */ z.string(),
      name: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
      /** D-59: the proposer was erased under a deletion decision: no name. */
      erased: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal(true)),
    }),
    parties: /* @__PURE__ */ z
      .array(PartySignatureView)
      .check(z.meta({ description: "Each principal party and its signature of the amendment" })),
    inForceFrom: /* @__PURE__ */ z
      .nullable(/* @__PURE__ */ z.string())
      .check(z.meta({ description: "The day the second party signed; null while pending" })),
  }),
  "Amendment",
);

const AmendmentsView = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    termsInForce: TermsView.check(z.meta({ description: "The terms in force today" })),
    amendments: /* @__PURE__ */ z.array(AmendmentView).check(
      z.meta({
        description: `The amendments in force, by effective date (at most ${MAX_AMENDMENTS_PER_LETTER}, D-52)`,
      }),
    ),
    pending: /* @__PURE__ */ z
      .nullable(AmendmentView)
      .check(z.meta({ description: "The one amendment proposed and not yet signed by both" })),
  }),
  "Amendments",
);

const AmendmentParams = /* @__PURE__ */ z.extend(LetterIdParam, { amendmentId: Id });
const tags = ["Validity"];
const security = bearerSecurity;

const listRoute = createRoute({
  method: "get",
  path: "/v1/agreements/{id}/amendments",
  tags,
  summary: "The terms in force, the amendments in force and the pending one (R26)",
  description: `Bounded (D-52): at most ${MAX_AMENDMENTS_PER_LETTER} amendments in force and one pending, so the list is one page.`,
  security,
  request: { params: LetterIdParam },
  responses: {
    200: jsonResponse(AmendmentsView, "The letter's amendments"),
    ...problemResponses,
  },
});
const proposeRoute = createRoute({
  method: "post",
  path: "/v1/agreements/{id}/amendments",
  tags,
  summary: "Propose a change of terms from a date (signatory of a principal party; R26)",
  description:
    "The amendment is in force when a signatory of each principal party has signed it. One is pending at a time (422 R26 amendment-pending). It acts forward only: an effective date before today (amendment-backdated), or one that would change an obligation already due or fulfilled (amendment-changes-past-obligation), is refused.",
  security,
  request: { params: LetterIdParam, body: jsonBody(ProposeBody) },
  responses: {
    201: jsonResponse(AmendmentView, "The amendment, pending"),
    ...problemResponses,
  },
});
const signRoute = createRoute({
  method: "post",
  path: "/v1/agreements/{id}/amendments/{amendmentId}/signatures",
  tags,
  summary: "Sign the pending amendment for the caller's organisation, today (R26, R16)",
  security,
  request: { params: AmendmentParams },
  responses: {
    201: jsonResponse(AmendmentView, "The amendment with the signature; in force when both signed"),
    ...problemResponses,
  },
});
const withdrawRoute = createRoute({
  method: "post",
  path: "/v1/agreements/{id}/amendments/{amendmentId}/withdraw",
  tags,
  summary: "Withdraw (or, for the other party, decline) the pending amendment (R26)",
  security,
  request: { params: AmendmentParams },
  responses: {
    200: jsonResponse(AmendmentsView, "The letter's amendments after it"),
    ...problemResponses,
  },
});

const organisationOf = (letter: LetterOfIntent, orgNumber: string) =>
  letter.parties.find((party) => party.orgNumber === orgNumber)?.name ?? orgNumber;

const proposerView = (letter: LetterOfIntent, by: AmendmentParty) => ({
  orgNumber: by.orgNumber,
  organisation: organisationOf(letter, by.orgNumber),
  name: by.name ?? null,
  // Opened by `withSignersNamed` (D-58); an erased proposer is `erased` with no name (D-59).
  ...(by.sealedName ? { sealedName: by.sealedName } : {}),
});

/** A party's signature of the amendment, its signer as `withSignersNamed` completes them. */
const signatureOf = (signatures: readonly Signature[], orgNumber: string) => {
  const found = signatures.find((s) => s.orgNumber === orgNumber);
  if (!found) return null;
  const { sub, name, sealedName, onBehalfOf } = found.signedBy;
  // `withSignersNamed` opens a sealed name (D-58) and names whom a substitute signed for (R25).
  const signedBy = {
    id: personIdOf({ orgNumber, sub }),
    name: name ?? null,
    sub,
    ...(sealedName ? { sealedName } : {}),
    ...(onBehalfOf
      ? {
          onBehalfOf: {
            id: personIdOf({ orgNumber, sub: onBehalfOf.sub }),
            name: null,
            sub: onBehalfOf.sub,
          },
        }
      : {}),
  };
  // An amendment's signature binds the terms it changes, not a rendered document (D-54).
  return { signedOn: found.signedOn, signedBy, documentSha256: null };
};

/** One amendment: what changed (from the terms in force the day before it), from when, by whom. */
export function presentAmendment(
  letter: LetterOfIntent,
  amendment: PendingAmendment & { readonly inForceFrom?: CalendarDate },
): z.output<typeof AmendmentView> {
  type TermValue = z.output<typeof TermValueView>;
  const before: Record<string, TermValue> = termsView(
    termsOn(
      { terms: letter.terms, amendments: (letter.amendments ?? []).filter((a) => a !== amendment) },
      amendment.effectiveFrom,
    ),
  );
  const terms: Record<string, TermValue> = termsView(amendment.terms);
  return {
    id: amendment.amendmentId,
    status: amendment.inForceFrom ? "in-force" : "pending",
    effectiveFrom: amendment.effectiveFrom,
    changes: Object.keys(amendment.changes).map((field) => ({
      field,
      from: before[field] as TermValue,
      to: terms[field] as TermValue,
    })),
    terms: termsView(amendment.terms),
    proposedOn: amendment.proposedOn,
    proposedBy: proposerView(letter, amendment.proposedBy),
    parties: letter.parties.map((party) => ({
      orgNumber: party.orgNumber,
      name: party.name,
      signature: signatureOf(amendment.signatures, party.orgNumber),
    })),
    inForceFrom: amendment.inForceFrom ?? null,
  };
}

/** The terms in force on `on`, the amendments in force and the pending one. */
export function presentAmendments(
  letter: LetterOfIntent,
  on: CalendarDate,
): z.output<typeof AmendmentsView> {
  return {
    termsInForce: termsView(termsOn(letter, on)),
    amendments: (letter.amendments ?? []).map((a) => presentAmendment(letter, a)),
    pending: letter.pendingAmendment ? presentAmendment(letter, letter.pendingAmendment) : null,
  };
}

/** The amendment a command just acted on: the pending one, or the one that entered into force. */
function actedOn(letter: LetterOfIntent, amendmentId: string) {
  const amendment =
    letter.pendingAmendment?.amendmentId === amendmentId
      ? letter.pendingAmendment
      : (letter.amendments ?? []).find((a) => a.amendmentId === amendmentId);
  return presentAmendment(letter, amendment as PendingAmendment);
}

/** GET and POST …/amendments: changes of terms signed by both (R26). */
export function amendmentRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(listRoute, (c) => {
      const { id } = c.req.valid("param");
      const caller = c.get("caller");
      const program = Effect.gen(function* () {
        const head = yield* readVisibleLetter(id, caller);
        const on = yield* today;
        const body = presentAmendments(head.letter, on);
        return ok(listRoute, 200, body, { etag: etag(head.letter.version) });
      });
      return runToResponse(c, deps.runtime, withSignersNamed(program, caller));
    })
    .openapi(proposeRoute, (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      const actor = c.get("caller");
      const amendmentId = randomUUID();
      const command = (on: CalendarDate): LetterCommand => ({
        type: "ProposeAmendment",
        actor,
        amendmentId,
        effectiveFrom: body.effectiveFrom,
        changes: body.changes,
        on,
        today: on,
      });
      return runCommand(c, deps, proposeRoute, 201, {
        ...onLetter(
          id,
          command,
          () => requireSignatory(actor),
          (letter) => actedOn(letter, amendmentId),
        ),
        location: `/v1/agreements/${id}/amendments/${amendmentId}`,
      });
    })
    .openapi(signRoute, (c) => {
      const { id, amendmentId } = c.req.valid("param");
      const actor = c.get("caller");
      const command = (on: CalendarDate): LetterCommand => ({
        type: "SignAmendment",
        actor,
        amendmentId,
        signedOn: on,
        today: on,
      });
      return runCommand(
        c,
        deps,
        signRoute,
        201,
        onLetter(
          id,
          command,
          () => requireSignatory(actor),
          (letter) => actedOn(letter, amendmentId),
        ),
      );
    })
    .openapi(withdrawRoute, (c) => {
      const { id, amendmentId } = c.req.valid("param");
      const actor = c.get("caller");
      const command = (on: CalendarDate): LetterCommand => ({
        type: "WithdrawAmendment",
        actor,
        amendmentId,
        on,
        today: on,
      });
      return runCommand(
        c,
        deps,
        withdrawRoute,
        200,
        onLetter(id, command, () => requireSignatory(actor), presentAmendments),
      );
    });
}
