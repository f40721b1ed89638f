import { useState } from "preact/hooks";
import { useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { CommandForm } from "../forms/command-form";
import { TextAreaField } from "../forms/text-area-field";
import { useCommandForm } from "../forms/use-command-form";
import { useI18n } from "../i18n/i18n";
import { asPartyCoordinator } from "../permissions/permissions";
import { reportPath } from "../report/report-path";
import { Link } from "../router/link";
import { SuccessBanner } from "./success-banner";

interface RecordStructureReviewProps {
  readonly year: number;
  /** The day the report on the page is made as of: the review links to it (D-29). */
  readonly reportAsOf: string;
}

/**
 * R15 on the report it is held on: a party's coordinator records the year's structure review
 * here, and the review keeps the report's day, so that the same report can be read again from
 * it. Once recorded, the review is shown instead of the form.
 */
export function RecordStructureReview({ year, reportAsOf }: RecordStructureReviewProps) {
  const i18n = useI18n();
  const { agreement, letterId, session, reload } = useAgreement();
  const [summary, setSummary] = useState("");
  const form = useCommandForm({
    check: () => ({ "review-summary": summary.trim() ? "" : i18n.t("reviews.errors.summary") }),
    send: () =>
      api().POST("/v1/agreements/{id}/structure-reviews", {
        params: { path: { id: letterId } },
        body: { year, summary, reportAsOf },
      }),
    accepted: () => {
      reload();
      return i18n.t("report.review.saved", { year });
    },
  });
  const permission = asPartyCoordinator(session.person, agreement, i18n.t("list.or"));
  const recorded = agreement.structureReviews.find((review) => review.year === year);
  const heading = <h2>{i18n.t("report.review.heading", { year })}</h2>;
  if (recorded)
    return (
      <section>
        {heading}
        {form.done && <SuccessBanner title={form.done} />}
        <p>{i18n.t("report.review.done", { year, date: i18n.date(recorded.reviewedOn) })}</p>
        {recorded.reportAsOf && (
          <p>
            {i18n.t("report.review.onReport", { date: i18n.date(recorded.reportAsOf) })}{" "}
            <Link href={reportPath(letterId, { year, asOf: recorded.reportAsOf })}>
              {i18n.t("report.review.showReport")}
            </Link>
          </p>
        )}
      </section>
    );
  return (
    // Recording is done on the screen; the printed report is the report.
    <section class="no-print">
      {heading}
      <p>{i18n.t("report.review.intro", { date: i18n.date(reportAsOf) })}</p>
      <CommandForm
        form={form}
        letterId={letterId}
        permission={permission}
        submit={i18n.t("report.review.submit", { year })}
      >
        <TextAreaField
          name="review-summary"
          label={i18n.t("reviews.summary")}
          hint={i18n.t("reviews.summaryHint")}
          value={summary}
          error={form.errors["review-summary"]}
          onInput={setSummary}
          rows={5}
        />
      </CommandForm>
    </section>
  );
}
