import * as z from "zod/mini";
import { Organisation } from "../organisation/actor";
import { Terms } from "../terms/terms";
import { FocusArea } from "../vocabulary/focus-areas";

// D-45: a letter's terms and text as reviewed data. A template is a JSON file in
// `packages/domain/templates/`, read through this schema and `checkTemplate` like any other; the
// bounds below keep a template (and the letter text page made from it) small.

/** At most this many clauses, sentences in a clause, characters in a sentence. */
export const TEMPLATE_BOUNDS = {
  clauses: 40,
  sentencesPerClause: 30,
  sentenceLength: 2_000,
  focusAreas: 12,
  memberOrganisations: 100,
  /** At most this many errors are listed for a template that does not validate. */
  errors: 20,
} as const;

const text = /* @__NO_SIDE_EFFECTS__ */ (max: number) =>
  /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** Swedish, and English where given. */
export const Words = /* @__NO_SIDE_EFFECTS__ */ (max: number) =>
  /* @__PURE__ */ z.strictObject({
    sv: text(max),
    en: /* @__PURE__ */ z.optional(text(max)),
  });

export const TemplateId = /* @__PURE__ */ z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(60),
    z.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, { message: "a slug: a-z, 0-9 and single dashes" }),
  );

/** A sentence of a clause and the rule ids it carries (checked against `RULE_IDS`). */
const TemplateSentence = /* @__PURE__ */ z.strictObject({
  sv: text(TEMPLATE_BOUNDS.sentenceLength),
  en: /* @__PURE__ */ z.optional(text(TEMPLATE_BOUNDS.sentenceLength)),
  rules: /* @__PURE__ */ z
    .array(/* @__PURE__ */ z.string().check(z.maxLength(10)))
    .check(z.maxLength(24)),
});

const TemplateClause = /* @__PURE__ */ z.strictObject({
  heading: Words(200),
  /** An anchor for links: /avtal/…/avsiktsforklaringen#giltighet. */
  anchor: /* @__PURE__ */ z.string().check(z.regex(/^[a-z0-9-]{1,60}$/)),
  sentences: /* @__PURE__ */ z
    .array(TemplateSentence)
    .check(z.minLength(1), z.maxLength(TEMPLATE_BOUNDS.sentencesPerClause)),
});

/** A principal party's role in letters of this template, and the organisation usually in it. */
const TemplateParty = /* @__PURE__ */ z.strictObject({
  role: Words(200),
  /** The organisation that usually takes this role; a draft names its own parties. */
  usual: /* @__PURE__ */ z.optional(Organisation),
});

export const LetterTemplate = /* @__PURE__ */ z.strictObject({
  id: TemplateId,
  /** Raised whenever the template changes; a letter keeps the version it was drafted from. */
  version: /* @__PURE__ */ z.int().check(z.minimum(1), z.maximum(10_000)),
  /** A clearly marked example: not a letter anyone signed. */
  example: /* @__PURE__ */ z.boolean(),
  name: Words(200),
  title: Words(300),
  parties: /* @__PURE__ */ z.tuple([TemplateParty, TemplateParty]),
  terms: Terms,
  focusAreas: /* @__PURE__ */ z
    .array(/* @__PURE__ */ z.strictObject({ id: FocusArea, sv: text(100), en: text(100) }))
    .check(z.minLength(1), z.maxLength(TEMPLATE_BOUNDS.focusAreas)),
  /** R3: the organisations one principal party represents (by its index), as names. */
  memberOrganisations: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({
      representedBy: /* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(1)),
      names: /* @__PURE__ */ z
        .array(text(200))
        .check(z.minLength(1), z.maxLength(TEMPLATE_BOUNDS.memberOrganisations)),
    }),
  ),
  clauses: /* @__PURE__ */ z
    .array(TemplateClause)
    .check(z.minLength(1), z.maxLength(TEMPLATE_BOUNDS.clauses)),
});
export type LetterTemplate = z.infer<typeof LetterTemplate>;
export type TemplateClause = z.infer<typeof TemplateClause>;

/** Which template, which version, a letter was drafted from (kept when the template changes). */
export const TemplateRef = /* @__PURE__ */ z.object({
  id: TemplateId,
  version: /* @__PURE__ */ z.int().check(z.minimum(1), z.maximum(10_000)),
});
export type TemplateRef = z.infer<typeof TemplateRef>;
