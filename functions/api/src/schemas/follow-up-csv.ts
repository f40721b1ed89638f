import type { FollowUpReport } from "@samverkan/domain";
import { type CsvCell, writeCsv } from "../http/csv";

// The follow-up report as CSV: one table per figure, each under a title row, a blank line between.
// Semicolons and a UTF-8 byte order mark, so a spreadsheet set to Swedish opens it with å, ä and ö
// intact and the columns apart.

type Table = { readonly title: string; readonly header: string[]; readonly rows: CsvCell[][] };

const ids = (list: readonly string[]) => list.join(" ");

function tables(report: FollowUpReport): Table[] {
  const { dialogs, bases, needs, activities, funding, obligations } = report;
  return [
    {
      title: "Ledningsdialoger per halvår (R10)",
      header: ["period", "from", "to", "due", "outcome", "held", "recordedLate"],
      rows: dialogs.periods.map((p) => [
        p.period,
        p.startsOn,
        p.endsOn,
        p.due,
        p.outcome,
        ids(p.held.map((h) => `${h.dialogId}@${h.heldOn}`)),
        p.recordedLate
          ? `${p.recordedLate.dialogId}@${p.recordedLate.heldOn}>${p.recordedLate.recordedOn}`
          : "",
      ]),
    },
    {
      title: "Underlag (R12)",
      header: [
        "dialog",
        "scheduledOn",
        "heldOn",
        "dueOn",
        "submittedOn",
        "daysBeforeDialog",
        "outcome",
        "recordedLateOn",
      ],
      rows: bases.dialogs.map((b) => [
        b.dialogId,
        b.scheduledOn,
        b.heldOn,
        b.dueOn,
        b.submittedOn ?? "",
        b.daysBeforeDialog ?? "",
        b.outcome,
        b.recordedLateOn ?? "",
      ]),
    },
    {
      title: "Behov per källa och fokusområde (R6)",
      header: ["source", "kind", "total", ...needs.focusAreas],
      rows: needs.bySource.map((row) => [
        row.source,
        row.kind,
        row.total.count,
        ...needs.focusAreas.map((area) => row.byFocusArea[area].count),
      ]),
    },
    {
      title: "Aktiviteter per status (R14)",
      header: ["status", "count", "activities"],
      rows: Object.entries(activities.byStatus).map(([status, t]) => [
        status,
        t.count,
        ids(t.activityIds),
      ]),
    },
    {
      title: "Aktiviteter per slag (R8)",
      header: ["kind", "count", "activities"],
      rows: Object.entries(activities.byKind)
        .filter(([, t]) => t.count > 0)
        .map(([kind, t]) => [kind, t.count, ids(t.activityIds)]),
    },
    {
      title: "Särskilda avtal undertecknade (R14)",
      header: ["activity", "version", "draftedOn", "fullySignedOn", "days"],
      rows: activities.agreementsSigned.map((a) => [
        a.activityId,
        a.version,
        a.draftedOn,
        a.fullySignedOn,
        a.days,
      ]),
    },
    {
      title: "Från behov till genomförd aktivitet",
      header: ["step", "count"],
      rows: activities.funnel.map((stage) => [stage.step, stage.count]),
    },
    {
      title: "Gemensamma ansökningar (R7)",
      header: ["application", "funder", "call", "deadline", "status", "requestedSek", "grantedSek"],
      rows: funding.applications.map((a) => [
        a.applicationId,
        a.funder,
        a.call,
        a.submissionDeadline,
        a.status,
        a.amountRequestedSek,
        a.amountGrantedSek ?? "",
      ]),
    },
    {
      title: "Åtaganden per regel (R21)",
      header: ["rule", "due", "onTime", "late", "missed", "lapsed", "open", "recordedLate"],
      rows: Object.values(obligations).map((o) => [
        o.rule,
        o.due.count,
        o.onTime.count,
        o.late.count,
        o.missed.count,
        o.lapsed.count,
        o.open.count,
        o.recordedLate.count,
      ]),
    },
  ];
}

/** The report as one CSV document of titled tables (R24). */
export function followUpCsv(report: FollowUpReport): string {
  const body = tables(report)
    // Every cell through writeCsv, which neutralises formula-like text (functions/api/src/http/csv.ts).
    .map((t) => writeCsv([[t.title], t.header, ...t.rows]))
    .join("\r\n");
  return `\ufeff${body}`;
}
