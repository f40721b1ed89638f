import type { Agreement, Dialog, Obligation } from "@samverkan/client";
import { addMonths } from "../i18n/format";

// What the timeline picture shows, as plain data: the past and next twelve months of dialogs,
// their bases, the yearly reviews and the notice period, each with a status.

export type Lane =
  | "dialogs"
  | "bases"
  | "halfYears"
  | "needsReviews"
  | "structureReviews"
  | "notice";
export type MarkStatus = Obligation["status"] | "held" | "scheduled";

export interface TimelineMark {
  readonly lane: Lane;
  readonly on: string;
  /** The notice period's end; other marks are a single day. */
  readonly until?: string;
  readonly status: MarkStatus;
  /** What it is, for the words beside it (a period label, a date). */
  readonly subject?: string;
}

export interface Timeline {
  readonly from: string;
  readonly to: string;
  readonly today: string;
  readonly marks: readonly TimelineMark[];
}

export const LANES: readonly Lane[] = [
  "dialogs",
  "bases",
  "halfYears",
  "needsReviews",
  "structureReviews",
  "notice",
];

const LANE_OF_KIND: Partial<Record<Obligation["kind"], Lane>> = {
  "dialog-basis": "bases",
  "half-year-dialog": "halfYears",
  "annual-needs-review": "needsReviews",
  "structure-review": "structureReviews",
};

function dialogMarks(dialogs: readonly Dialog[], today: string): TimelineMark[] {
  return dialogs.flatMap((dialog): TimelineMark[] => {
    const held: TimelineMark = dialog.record
      ? { lane: "dialogs", on: dialog.record.heldOn, status: "held" }
      : {
          lane: "dialogs",
          on: dialog.scheduledOn,
          status: dialog.scheduledOn < today ? "overdue" : "scheduled",
        };
    // A held dialog's basis is no longer an obligation; the dialog itself keeps when it came.
    const basis: TimelineMark[] =
      dialog.record && dialog.basis
        ? [{ lane: "bases", on: dialog.basis.submittedOn, status: "fulfilled" }]
        : [];
    return [held, ...basis];
  });
}

/** The marks within twelve months either side of `today`, ordered by date. */
export function timelineOf(
  agreement: Agreement,
  obligations: readonly Obligation[],
  dialogs: readonly Dialog[],
  today: string,
): Timeline {
  const from = addMonths(today, -12);
  const to = addMonths(today, 12);
  const duties = obligations.flatMap((o): TimelineMark[] => {
    const lane = LANE_OF_KIND[o.kind];
    return lane
      ? [
          {
            lane,
            on: o.fulfilledOn ?? o.dueOn,
            status: o.status,
            subject: o.subject.period ?? o.dueOn,
          },
        ]
      : [];
  });
  const notice: TimelineMark[] = agreement.notice
    ? [
        {
          lane: "notice",
          on: agreement.notice.receivedOn,
          until: agreement.notice.endsOn,
          status: "upcoming",
        },
      ]
    : [];
  const marks = [...dialogMarks(dialogs, today), ...duties, ...notice]
    .filter((mark) => (mark.until ?? mark.on) >= from && mark.on <= to)
    .sort((a, b) => a.on.localeCompare(b.on));
  return { from, to, today, marks };
}
