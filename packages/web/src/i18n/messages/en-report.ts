import type { svReport } from "./sv-report";

/** The yearly follow-up report (R24): its charts, their text alternatives and its print (English). */
export const enReport: Record<keyof typeof svReport, string> = {
  "report.title": "Follow-up {year}",
  "report.intro":
    "What the parties did in the year against what the letter asks: dialogs, bases, needs, activities, applications and obligations met on time. The basis of the year's structure review.",
  "report.year": "Year",
  "report.print": "Print or save as PDF",
  "report.csv": "Download as CSV",
  "report.asOf":
    "The figures are as of {date}. What can still be done in time counts as open, not as missed.",
  "report.summary.heading": "Summary",
  "report.summary.dialogs":
    "Leadership dialogs: {due} were due during the year. {onTime} were held on time, {late} late and {missed} not at all. {open} can still be held in time.",
  "report.summary.obligations":
    "Dated obligations: {due} during the year. {onTime} were done on time, {late} late and {missed} not at all. {open} can still be done in time.",
  "report.summary.needs": "Needs: {count} new needs were registered.",
  "report.summary.needsOne": "Needs: 1 new need was registered.",
  "report.summary.activities": "Activities: {running} running and {completed} completed.",
  "report.summary.funding":
    "Joint applications: {count} applications, for which the parties requested {requested} and were granted {granted}.",
  "report.madeBy": "Report made on {date} by {name}.",
  "report.count": "Number",
  "report.chart.scroll": "{caption}, scrolls sideways",
  "report.chart.figures": "Show the chart's figures as a table",
  "report.chart.unavailable": "The chart could not be drawn. The figures are in the table.",
  "report.outcome.onTime": "On time",
  "report.outcome.late": "Late",
  "report.outcome.missed": "Missed",
  "report.outcome.open": "Open",
  "report.outcome.lapsed": "No longer needed",
  "report.outcome.recordedLate": "Recorded late",
  "report.outcome.notDue": "Not due",
  "report.dialogsHeading": "Leadership dialogs",
  "report.dialogsChart": "Planned and held leadership dialogs per half-year",
  "report.dialogsSummary":
    "Bar chart per half-year. {due} dialogs were due in the year: {onTime} on time, {late} late, {missed} missed and {open} open.",
  "report.dialogs.period": "Half-year",
  "report.dialogs.due": "Due",
  "report.dialogs.held": "Held",
  "report.dialogs.outcome": "Outcome",
  "report.obligationsHeading": "Obligations met on time",
  "report.obligationsChart":
    "Obligations per rule: on time, late, missed, open or no longer needed",
  "report.obligationsSummary": "Horizontal bars, one per rule. {rules}.",
  "report.obligationsRule":
    "{rule}: {due} due, {onTime} on time, {late} late, {missed} missed, {open} open, {lapsed} no longer needed",
  "report.rule": "Rule",
  "report.due": "Due",
  "report.nothingDue": "Nothing due",
  "report.needsHeading": "Needs",
  "report.needsChart": "Needs per municipality, party or dialog and focus area ({count} needs)",
  "report.needsSummary":
    "Heat map: {count} needs were registered in the year, from {rows} municipalities, parties or dialogs, in {areas} focus areas. The darker the cell, the more needs; the number is written in it.",
  "report.needsNone": "No needs were registered in the year.",
  "report.needs.raisedBy": "Who raised the need",
  "report.needs.fromDialogs": "Leadership dialogs",
  "report.needs.total": "Total",
  "report.activitiesHeading": "Activities",
  "report.funnel": "The year's needs from registration to completed activity (number of needs)",
  "report.funnelSummary": "Funnel from need to completed activity: {steps}.",
  "report.step": "Step",
  "report.step.needs-raised": "Needs registered",
  "report.step.activity-defined": "Led to an activity",
  "report.step.fully-signed": "Special agreement signed",
  "report.step.started": "Activity started",
  "report.step.completed": "Activity completed",
  "report.activitiesByKind": "Activities per kind at the end of the year",
  "report.barsSummary": "Horizontal bars: {bars}.",
  "report.kind": "Kind",
  "report.fundingHeading": "Joint applications",
  "report.fundingByStatus": "Applications per status (requested {requested}, granted {granted})",
  "report.status": "Status",
  "report.amount": "Amount",
  "report.snapshot":
    "The report as it stood on {date}: only what was recorded by that day counts (D-29).",
  "report.snapshotToday": "Show the year's report as it stands today",
  "report.review.heading": "Structure review {year}",
  "report.review.intro":
    "The collaboration group reviews the structure once a year, on the year's report. The review is saved with a link to the report as it stands on {date}.",
  "report.review.submit": "Record the structure review of {year}",
  "report.review.saved": "The structure review of {year} is recorded",
  "report.review.done": "The structure review of {year} was held on {date}.",
  "report.review.onReport": "It was held on the report as it stood on {date}.",
  "report.review.showReport": "Show the report the review was held on",
  "problem.review-report-before-its-year":
    "The report the review is held on was made before its year began.",
  "problem.review-report-after-review":
    "The report the review is held on cannot be made after the review.",
  "problem.report-as-of-out-of-range":
    "A report can be shown as it stood on a day from the start of its year to today.",
};
