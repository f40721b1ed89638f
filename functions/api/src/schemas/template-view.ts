import * as z from "zod/mini";
import { component } from "../http/route";

// D-45: a template as the API shows it: what a letter drafted from it takes (terms, focus areas
// with their names, the parties' roles, the members represented) and its clauses, each sentence
// naming the rules it carries. The shape is the domain's `LetterTemplate`.

const Words = /* @__PURE__ */ z.object({
  sv: /* @__PURE__ */ z.string(),
  en: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});

export const TemplateSummary = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    id: /* @__PURE__ */ z.string(),
    version: /* @__PURE__ */ z.int(),
    example: /* @__PURE__ */ z
      .boolean()
      .check(z.meta({ description: "A clearly marked example, not a letter anyone signed" })),
    name: Words,
    title: Words,
  }),
  "TemplateSummary",
);

export const TemplateView = /* @__PURE__ */ component(
  /* @__PURE__ */ z.extend(TemplateSummary, {
    parties: /* @__PURE__ */ z.array(
      /* @__PURE__ */ z.object({
        role: Words,
        usual: /* @__PURE__ */ z.optional(
          /* @__PURE__ */ z.object({
            orgNumber: /* @__PURE__ */ z.string(),
            name: /* @__PURE__ */ z.string(),
          }),
        ),
      }),
    ),
    terms: /* @__PURE__ */ z.object({
      noticeMonths: /* @__PURE__ */ z.int(),
      dialogsPerYear: /* @__PURE__ */ z.int(),
      basisLeadDays: /* @__PURE__ */ z.int(),
      structureReviewsPerYear: /* @__PURE__ */ z.int(),
      needsReviewsPerYear: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int()),
      specialAgreement: /* @__PURE__ */ z.optional(
        /* @__PURE__ */ z.object({
          required: /* @__PURE__ */ z.boolean(),
          signedBy: /* @__PURE__ */ z.enum(["principal-parties", "principal-and-project-parties"]),
        }),
      ),
    }),
    focusAreas: /* @__PURE__ */ z.array(
      /* @__PURE__ */ z.object({
        id: /* @__PURE__ */ z.string(),
        sv: /* @__PURE__ */ z.string(),
        en: /* @__PURE__ */ z.string(),
      }),
    ),
    memberOrganisations: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.object({
        representedBy: /* @__PURE__ */ z.int(),
        names: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
      }),
    ),
    clauses: /* @__PURE__ */ z.array(
      /* @__PURE__ */ z.object({
        heading: Words,
        anchor: /* @__PURE__ */ z.string(),
        sentences: /* @__PURE__ */ z.array(
          /* @__PURE__ */ z.object({
            sv: /* @__PURE__ */ z.string(),
            en: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
            rules: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string()),
          }),
        ),
      }),
    ),
  }),
  "Template",
);

export const TemplateCheckResult = /* @__PURE__ */ component(
  /* @__PURE__ */ z.object({
    valid: /* @__PURE__ */ z.literal(true),
    id: /* @__PURE__ */ z.string(),
    version: /* @__PURE__ */ z.int(),
  }),
  "TemplateCheckResult",
);
