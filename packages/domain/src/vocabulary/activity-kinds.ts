import * as z from "zod/mini";
import { ACTIVITY_KINDS } from "./slugs";

/**
 * What kind of concrete activity (R8). Flexible education forms and municipalities as test
 * environments (*Kompetensutveckling och digitalisering*) are kinds, not separate machinery.
 */
export const ActivityKind = /* @__PURE__ */ z.enum(ACTIVITY_KINDS);
export type ActivityKind = z.infer<typeof ActivityKind>;
