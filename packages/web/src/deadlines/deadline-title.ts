import type { Obligation } from "@samverkan/client";
import type { I18n } from "../i18n/i18n";
import { addDays } from "./dates";

/** "andra halvåret 2026" for `2026-H2`, "2026" for a year. */
export function periodText(label: string, i18n: I18n): string {
  const half = /^(\d{4})-H([12])$/.exec(label);
  if (half)
    return i18n.t(half[2] === "1" ? "period.firstHalf" : "period.secondHalf", {
      year: half[1] as string,
    });
  return label;
}

/** What a deadline is about, in words: "Underlag till ledningsdialogen 15 december 2026". */
export function deadlineTitle(obligation: Obligation, basisLeadDays: number, i18n: I18n): string {
  const period = periodText(obligation.subject.period ?? "", i18n);
  switch (obligation.kind) {
    case "dialog-basis":
      return i18n.t("deadline.kind.dialogBasis", {
        date: i18n.date(addDays(obligation.dueOn, basisLeadDays)),
      });
    case "half-year-dialog":
      return i18n.t("deadline.kind.halfYearDialog", { period });
    case "annual-needs-review":
      return i18n.t("deadline.kind.annualNeedsReview", { period });
    case "structure-review":
      return i18n.t("deadline.kind.structureReview", { period });
    default:
      return i18n.t("deadline.kind.fundingSubmission");
  }
}
