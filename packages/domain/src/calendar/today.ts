import * as z from "zod/mini";
import { CalendarDate } from "./calendar-date";

/**
 * The day a person's command is made, in Europe/Stockholm (D-20): facts it records may not be dated
 * after it. The application core sets it; the rules read no clock.
 */
export const Today = /* @__PURE__ */ z.optional(CalendarDate);
