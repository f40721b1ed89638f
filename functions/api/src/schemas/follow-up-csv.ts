import type { FollowUpReport } from "@samverkan/domain";
import { type CsvCell, writeCsv } from "../http/csv";
import { CSV_WORDS, type CsvLanguage, type CsvWords, wordFor } from "./follow-up-csv-words";

// The follow-up report as CSV for people (#16.6): one table per figure, each under a title row, a
// blank line between; headers in Swedish (or English), organisations and activities by name,
// codes in words. Semicolons and a UTF-8 byte order mark, so a spreadsheet set to Swedish opens
// it with å, ä and ö intact and the columns apart.

/** Names for the report's ids: the letter's organisations and the activities' titles. */
export interface CsvNames {
  readonly organisations: ReadonlyMap<string, string>;
  readonly activities: ReadonlyMap<string, string>;
}

type Table = { readonly title: string; readonly header: string[]; readonly rows: CsvCell[][] };

function tables(report: FollowUpReport, w: CsvWords, names: CsvNames): Table[] {
  const { dialogs, bases, needs, activities, funding, obligations } = report;
  const word = (code: string) => wordFor(w, code);
  const titles = (activityIds: readonly string[]) =>
    activityIds.map((id) => names.activities.get(id) ?? id).join(", ");
  const halfYear = (period: string) =>
    `${w.half[period.slice(5)] ?? period.slice(5)} ${period.slice(0, 4)}`;
  return [
    {
      title: w.title.dialogs,
      header: w.header.dialogs,
      rows: dialogs.periods.map((p) => [
        halfYear(p.period),
        p.startsOn,
        p.endsOn,
        p.due,
        word(p.outcome),
        // A dialog held after its half-year (late) is named in the period it served too.
        [
          ...p.held.map((h) => h.heldOn),
          ...(p.heldLate ? [w.heldLate(p.heldLate.heldOn)] : []),
        ].join(", "),
        p.recordedLate ? w.recordedOn(p.recordedLate.heldOn, p.recordedLate.recordedOn) : "",
      ]),
    },
    {
      title: w.title.bases,
      header: w.header.bases,
      rows: bases.dialogs.map((b) => [
        w.dialog(b.heldOn ?? b.scheduledOn),
        b.scheduledOn,
        b.heldOn,
        b.dueOn,
        b.submittedOn ?? "",
        b.daysBeforeDialog ?? "",
        word(b.outcome),
        b.recordedLateOn ?? "",
      ]),
    },
    {
      title: w.title.needs,
      header: [...w.header.needs, ...needs.focusAreas.map(word)],
      rows: needs.bySource.map((row) => [
        row.kind === "dialog" ? w.fromDialogs : (names.organisations.get(row.source) ?? row.source),
        row.kind === "dialog" ? w.fromDialogs : word(row.kind),
        row.total.count,
        ...needs.focusAreas.map((area) => row.byFocusArea[area]?.count ?? 0),
      ]),
    },
    {
      title: w.title.activitiesByStatus,
      header: w.header.activitiesByStatus,
      rows: Object.entries(activities.byStatus).map(([status, t]) => [
        word(status),
        t.count,
        titles(t.activityIds),
      ]),
    },
    {
      title: w.title.activitiesByKind,
      header: w.header.activitiesByKind,
      rows: Object.entries(activities.byKind)
        .filter(([, t]) => t.count > 0)
        .map(([kind, t]) => [word(kind), t.count, titles(t.activityIds)]),
    },
    {
      title: w.title.agreementsSigned,
      header: w.header.agreementsSigned,
      rows: activities.agreementsSigned.map((a) => [
        titles([a.activityId]),
        a.version,
        a.draftedOn,
        a.fullySignedOn,
        a.days,
      ]),
    },
    {
      title: w.title.funnel,
      header: w.header.funnel,
      rows: activities.funnel.map((stage) => [word(stage.step), stage.count]),
    },
    {
      title: w.title.funding,
      header: w.header.funding,
      rows: funding.applications.map((a) => [
        a.funder,
        a.call,
        a.submissionDeadline,
        word(a.status),
        a.amountRequestedSek,
        a.amountGrantedSek ?? "",
      ]),
    },
    {
      title: w.title.obligations,
      header: w.header.obligations,
      rows: Object.values(obligations).map((o) => [
        word(o.rule),
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

/** The report as one CSV document of titled tables (R24), in the language asked for. */
export function followUpCsv(
  report: FollowUpReport,
  language: CsvLanguage,
  names: CsvNames,
): string {
  const body = tables(report, CSV_WORDS[language], names)
    // Every cell through writeCsv, which neutralises formula-like text (functions/api/src/http/csv.ts).
    .map((t) => writeCsv([[t.title], t.header, ...t.rows]))
    .join("\r\n");
  return `\ufeff${body}`;
}
