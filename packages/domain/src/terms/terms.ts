import * as z from "zod/mini";
import { PERIODS_PER_YEAR } from "../calendar/periods";

const periodsPerYear = /* @__PURE__ */ z.int().check(
  z.refine(
    (n): n is (typeof PERIODS_PER_YEAR)[number] =>
      (PERIODS_PER_YEAR as readonly number[]).includes(n),
    // A function, so that nothing runs when the schema is left out of a bundle.
    {
      error: () => `must divide the year into whole months: one of ${PERIODS_PER_YEAR.join(", ")}`,
    },
  ),
);

/**
 * The terms of a letter of intent as data, so that the same rules serve other letters. The LTU–NoK
 * letter's values are in `LTU_NOK_TERMS`.
 */
export const Terms = /* @__PURE__ */ z.object({
  /** Months of notice before the letter ends (R18: "tre månaders varsel"). */
  noticeMonths: /* @__PURE__ */ z.int().check(z.minimum(1), z.maximum(24)),
  /** Leadership dialogs a year (R10: "två gånger per år"); D-2 counts one per period. */
  dialogsPerYear: periodsPerYear,
  /** Days before a dialog that its basis is due (R12, D-3). */
  basisLeadDays: /* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(90)),
  /** Structure reviews a year (R15: "en gång per år"; D-5). */
  structureReviewsPerYear: periodsPerYear,
});
export type Terms = z.infer<typeof Terms>;
