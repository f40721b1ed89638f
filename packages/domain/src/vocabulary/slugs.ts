// The letter's vocabularies as plain lists, with no schema: the domain's schemas are made from
// them, and clients (the web workspace) show them from `@samverkan/domain/vocabulary`.

/** The focus areas of R4 (api.md's slugs), in the letter's order. */
export const FOCUS_AREAS = [
  "competence-development",
  "health-and-care",
  "digitalisation",
  "education",
  "research-development-innovation",
] as const;

/** The kinds of concrete activity of R8 (api.md's slugs). */
export const ACTIVITY_KINDS = [
  "commissioned-education",
  "distance-education",
  "learning-environment",
  "test-environment",
  "research",
  "development",
  "innovation",
  "analysis",
  "other",
] as const;
