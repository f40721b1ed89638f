import * as z from "zod/mini";
import { FOCUS_AREAS } from "./slugs";

/**
 * The focus areas of the collaboration (R4, *Syfte*): "kompetensutveckling, hälsa och vård,
 * digitalisering, utbildning samt forskning, utveckling och innovation".
 */
export const FocusArea = /* @__PURE__ */ z.enum(FOCUS_AREAS);
export type FocusArea = z.infer<typeof FocusArea>;

/** Each focus area's Swedish name in the letter. */
export const FOCUS_AREA_NAMES_SV: Readonly<Record<FocusArea, string>> = {
  "competence-development": "kompetensutveckling",
  "health-and-care": "hälsa och vård",
  digitalisation: "digitalisering",
  education: "utbildning",
  "research-development-innovation": "forskning, utveckling och innovation",
};

/** One or more distinct focus areas (R4). */
export const FocusAreas = /* @__PURE__ */ z.array(FocusArea).check(
  z.minLength(1, { message: "name at least one focus area (R4)" }),
  z.refine((areas) => new Set(areas).size === areas.length, { message: "focus areas repeat" }),
);
