// First: the report's words join the catalogues before anything of the page renders.
import "../i18n/report-messages";
import { useMemo, useState } from "preact/hooks";
import { useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useCommand } from "../api/use-command";
import { useResource } from "../api/use-resource";
import { ErrorSummary } from "../components/error-summary";
import { FollowUpFigures } from "../components/follow-up-figures";
import { Loading } from "../components/loading";
import { PageHeading } from "../components/page-heading";
import { RecordStructureReview } from "../components/record-structure-review";
import { ReportSummary } from "../components/report-summary";
import { RuleSources } from "../components/rule-sources";
import { SelectField } from "../forms/select-field";
import { useI18n } from "../i18n/i18n";
import { type FollowUpReport, reportYears } from "../report/follow-up-report";
import { REPORT_QUERY, reportPath } from "../report/report-path";
import { Link } from "../router/link";
import { navigate, useLocation } from "../router/location";
// Only this page draws charts and prints a report: its styles come with its own chunk.
import "../styles/report.css";

/** The yearly follow-up report (R24): charts of the year's figures, printable, and as CSV. */
export default function FollowUpPage() {
  const i18n = useI18n();
  const { agreement, letterId, session } = useAgreement();
  const years = reportYears(agreement.draftedOn, agreement.asOf);
  // A link to a report as it stood on a day (D-29) names its year and day; else this year, today.
  const { query: address } = useLocation();
  const asked = address.get(REPORT_QUERY.year);
  const asOf = address.get(REPORT_QUERY.asOf) ?? undefined;
  const [year, setYear] = useState(
    asked && years.includes(Number(asked)) ? asked : String(years[0]),
  );
  const chooseYear = (chosen: string) => {
    // Another year is read as it stands today: the day of the link was for its year only.
    if (asOf) navigate(reportPath(letterId), { replace: true });
    setYear(chosen);
  };
  const download = useCommand();
  const query = {
    params: { path: { id: letterId }, query: { year: Number(year), ...(asOf ? { asOf } : {}) } },
  };
  const report = useResource(
    () => api().GET("/v1/agreements/{id}/reports/follow-up", query),
    // A review recorded on this page changes the letter, and with it the report's R15.
    [letterId, year, asOf, agreement.version],
  );
  const figures = report.data as unknown as FollowUpReport | undefined;
  // When this report was made, for the printed page: the moment its figures arrived.
  const madeAt = useMemo(() => new Date().toISOString(), [figures]);
  const csv = async () => {
    // As bytes, not text: decoding would drop the byte order mark a spreadsheet needs to read
    // å, ä and ö; in the workspace's language (#16.6).
    const bytes = await download.run(() =>
      api().GET("/v1/agreements/{id}/reports/follow-up", {
        ...query,
        parseAs: "arrayBuffer",
        headers: { accept: "text/csv", "accept-language": i18n.language },
      }),
    );
    if (!(bytes instanceof ArrayBuffer)) return;
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([bytes], { type: "text/csv;charset=utf-8" }));
    link.download = `uppfoljning-${letterId}-${year}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <>
      <PageHeading caption={agreement.title}>{i18n.t("report.title", { year })}</PageHeading>
      <p class="lead">{i18n.t("report.intro")}</p>
      <RuleSources rules={["R24", "R15"]} letterId={letterId} />
      <div class="no-print">
        <SelectField
          name="year"
          label={i18n.t("report.year")}
          value={year}
          onChange={chooseYear}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          {i18n.t("report.print")}
        </button>
        <button
          type="button"
          class="button button--secondary"
          disabled={download.busy}
          onClick={csv}
        >
          {i18n.t("report.csv")}
        </button>
      </div>
      <ErrorSummary problem={report.problem ?? download.problem} letterId={letterId} />
      {figures ? (
        <>
          <p class="report__made">
            {i18n.t("report.madeBy", {
              date: i18n.timestamp(madeAt),
              name: session.person.name,
            })}
          </p>
          {asOf ? (
            <p>
              {i18n.t("report.snapshot", { date: i18n.date(figures.asOf) })}{" "}
              <Link href={reportPath(letterId)} class="no-print">
                {i18n.t("report.snapshotToday")}
              </Link>
            </p>
          ) : (
            <p>{i18n.t("report.asOf", { date: i18n.date(figures.asOf) })}</p>
          )}
          <ReportSummary report={figures} />
          <FollowUpFigures report={figures} />
          <RecordStructureReview year={figures.year} reportAsOf={figures.asOf} />
        </>
      ) : (
        !report.problem && <Loading />
      )}
    </>
  );
}
