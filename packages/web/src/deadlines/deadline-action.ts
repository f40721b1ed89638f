import type { Obligation } from "@samverkan/client";
import type { MessageKey } from "../i18n/i18n";

/** What fulfils a deadline, as a button: its words and the page where it is done. */
export interface DeadlineAction {
  readonly label: MessageKey;
  readonly href: string;
}

/** The action that fulfils `obligation` of the letter `letterId`. */
export function deadlineAction(obligation: Obligation, letterId: string): DeadlineAction {
  const base = `/avtal/${encodeURIComponent(letterId)}`;
  switch (obligation.kind) {
    case "dialog-basis":
      return {
        label: "deadline.action.submitBasis",
        href: `${base}/dialoger/${obligation.subject.dialogId ?? ""}`,
      };
    case "half-year-dialog":
      return { label: "deadline.action.holdDialog", href: `${base}/dialoger` };
    case "annual-needs-review":
      return { label: "deadline.action.recordNeedsReview", href: `${base}/dialoger` };
    case "structure-review":
      return {
        label: "deadline.action.recordStructureReview",
        href: `${base}/strukturuppfoljning`,
      };
    default:
      return {
        label: "deadline.action.submitApplication",
        href: `${base}/finansiering#ansokan-${obligation.subject.applicationId ?? ""}`,
      };
  }
}
