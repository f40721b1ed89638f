import facts from "./statement.json";

export type Compliance = "full" | "partial" | "none";
export type ShortcomingReason = "non-compliance" | "disproportionate-burden" | "out-of-scope";

/** The accessibility statement's facts (DIGG's model for lag 2018:1937). */
export interface AccessibilityStatement {
  readonly updatedOn: string;
  readonly compliance: Compliance;
  readonly assessment: {
    readonly assessedOn: string;
    readonly method: string;
    readonly tool: string;
    readonly standard: string;
    readonly widthsPx: readonly number[];
    /** The pages the accessibility tests check (their names there), every page but the callback. */
    readonly pages: readonly string[];
  };
  readonly shortcomings: ReadonlyArray<{
    readonly id: string;
    readonly wcag: string;
    readonly reason: ShortcomingReason;
  }>;
  readonly feedback: { readonly email: string; readonly answerWithinWorkingDays: number };
  readonly complaintUrl: string;
}

// JSON's strings are widened to `string`; test/browser/accessibility.test.ts checks the unions.
export const ACCESSIBILITY_STATEMENT = facts as AccessibilityStatement;
