import * as z from "zod/mini";

/**
 * A focus area of a letter (R4), as a slug: each letter's areas come from its template (D-45), so
 * this is no fixed list. The LTU–NoK letter's five (`FOCUS_AREAS`: "kompetensutveckling, hälsa och
 * vård, digitalisering, utbildning samt forskning, utveckling och innovation") stay valid slugs,
 * so events recorded before templates still parse.
 */
export const FocusArea = /* @__PURE__ */ z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(60),
    z.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, { message: "a slug: a-z, 0-9 and single dashes" }),
  );
export type FocusArea = z.infer<typeof FocusArea>;

/** The LTU–NoK letter's focus areas' Swedish names (its template, `ltu-nok.json`, has them too). */
export const FOCUS_AREA_NAMES_SV: Readonly<Record<string, string>> = {
  "competence-development": "kompetensutveckling",
  "health-and-care": "hälsa och vård",
  digitalisation: "digitalisering",
  education: "utbildning",
  "research-development-innovation": "forskning, utveckling och innovation",
};

/** One or more distinct focus areas (R4), at most `MAX_FOCUS_AREAS`. */
export const FocusAreas = /* @__PURE__ */ z.array(FocusArea).check(
  z.minLength(1, { message: "name at least one focus area (R4)" }),
  z.maxLength(12, { message: "at most 12 focus areas" }),
  z.refine((areas) => new Set(areas).size === areas.length, { message: "focus areas repeat" }),
);

/** A letter has at most this many focus areas (its template's list, D-45). */
export const MAX_FOCUS_AREAS = 12;
