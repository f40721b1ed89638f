import * as z from "zod/mini";

/**
 * What kind of concrete activity (R8). Flexible education forms and municipalities as test
 * environments (*Kompetensutveckling och digitalisering*) are kinds, not separate machinery.
 */
export const ActivityKind = /* @__PURE__ */ z.enum([
  "commissioned-education",
  "distance-education",
  "learning-environment",
  "test-environment",
  "research",
  "development",
  "innovation",
  "analysis",
  "other",
]);
export type ActivityKind = z.infer<typeof ActivityKind>;
