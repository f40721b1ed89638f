import { useState } from "preact/hooks";
import { useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { ErrorSummary } from "../components/error-summary";
import { PageHeading } from "../components/page-heading";
import { RuleSources } from "../components/rule-sources";
import { StatusTag } from "../components/status-tag";
import { SuccessBanner } from "../components/success-banner";
import { CommandForm } from "../forms/command-form";
import { isDay } from "../forms/form-errors";
import { TextAreaField } from "../forms/text-area-field";
import { TextField } from "../forms/text-field";
import { useCommandForm } from "../forms/use-command-form";
import { useI18n } from "../i18n/i18n";
import { asPartyCoordinator } from "../permissions/permissions";
import { reportPath } from "../report/report-path";
import { Link } from "../router/link";

/** The yearly review of the collaboration structure: due each year, recorded here (R15). */
export default function StructureReviewsPage() {
  const i18n = useI18n();
  const { agreement, letterId, session, reload } = useAgreement();
  const obligations = useResource(
    () =>
      api().GET("/v1/agreements/{id}/obligations", {
        params: { path: { id: letterId }, query: { limit: 200 } },
      }),
    [letterId, agreement.version],
  );
  const [year, setYear] = useState(agreement.asOf.slice(0, 4));
  const [reviewedOn, setReviewedOn] = useState(agreement.asOf);
  const [summary, setSummary] = useState("");
  const permission = asPartyCoordinator(session.person, agreement, i18n.t("list.or"));
  const due = (obligations.data?.items ?? []).filter((o) => o.kind === "structure-review");
  const form = useCommandForm({
    check: () => ({
      year: /^\d{4}$/.test(year) ? "" : i18n.t("reviews.errors.year"),
      reviewedOn: isDay(reviewedOn) ? "" : i18n.t("reviews.errors.date"),
      summary: summary.trim() ? "" : i18n.t("reviews.errors.summary"),
    }),
    send: () =>
      api().POST("/v1/agreements/{id}/structure-reviews", {
        params: { path: { id: letterId } },
        body: { year: Number(year), reviewedOn, summary },
      }),
    accepted: () => {
      setSummary("");
      reload();
      return i18n.t("reviews.saved");
    },
  });
  return (
    <>
      <PageHeading>{i18n.t("reviews.title")}</PageHeading>
      {/* Under the heading, not by the form: the list it changed comes first. */}
      {form.done && <SuccessBanner title={form.done} />}
      <p class="lead">{i18n.t("reviews.intro")}</p>
      <RuleSources rules={["R15"]} letterId={letterId} />
      <ErrorSummary problem={obligations.problem} letterId={letterId} />
      <h2>{i18n.t("reviews.perYear")}</h2>
      <ul class="list">
        {due.map((o) => (
          <li key={o.id}>
            {o.subject.period}:{" "}
            <StatusTag
              tone={
                o.status === "fulfilled"
                  ? "ok"
                  : o.status === "overdue"
                    ? "overdue"
                    : o.status === "due-soon"
                      ? "attention"
                      : "neutral"
              }
            >
              {i18n.t(`obligation.status.${o.status}`)}
            </StatusTag>{" "}
            {i18n.t("deadline.due", { date: i18n.date(o.dueOn) })}
          </li>
        ))}
      </ul>
      <h2>{i18n.t("reviews.recorded")}</h2>
      {agreement.structureReviews.length === 0 ? (
        <p>{i18n.t("reviews.none")}</p>
      ) : (
        <ul class="cards">
          {agreement.structureReviews.map((review) => (
            <li key={review.year} class="card">
              <h3 class="card__title">{i18n.t("reviews.ofYear", { year: review.year })}</h3>
              <p class="secondary">
                {i18n.t("reviews.reviewedOn", { date: i18n.date(review.reviewedOn) })}
              </p>
              <p>{review.summary}</p>
              {review.reportAsOf && (
                // D-29: the report the review was held on, as it stood that day.
                <p>
                  <Link href={reportPath(letterId, { year: review.year, asOf: review.reportAsOf })}>
                    {i18n.t("reviews.onReport", { date: i18n.date(review.reportAsOf) })}
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2>{i18n.t("reviews.record")}</h2>
      <CommandForm
        form={form}
        letterId={letterId}
        permission={permission}
        submit={i18n.t("reviews.submit")}
        banner={false}
      >
        <TextField
          name="year"
          width="short"
          inputMode="numeric"
          label={i18n.t("reviews.year")}
          value={year}
          error={form.errors.year}
          onInput={setYear}
        />
        <TextField
          name="reviewedOn"
          type="date"
          width="short"
          label={i18n.t("reviews.date")}
          value={reviewedOn}
          error={form.errors.reviewedOn}
          onInput={setReviewedOn}
        />
        <TextAreaField
          name="summary"
          label={i18n.t("reviews.summary")}
          hint={i18n.t("reviews.summaryHint")}
          value={summary}
          error={form.errors.summary}
          onInput={setSummary}
          rows={5}
        />
      </CommandForm>
    </>
  );
}
