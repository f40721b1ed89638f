import type { Dialog } from "@samverkan/client";
import { DIALOG_TOPICS } from "@samverkan/domain/vocabulary";
import { type MessageKey, useI18n } from "../i18n/i18n";
import { RecordedLate } from "./recorded-late";

/** The four topics of R11, in the letter's order: the domain's list, by key. */
export const DIALOG_TOPIC_KEYS = DIALOG_TOPICS.map((topic) => topic.key);

/** A held dialog's record: what was said on each of the four topics, and the needs review. */
export function DialogRecordSummary({ record }: { record: NonNullable<Dialog["record"]> }) {
  const i18n = useI18n();
  // Swedish agrees in number ("1 nytt behov", "3 nya behov"): one message per case.
  const needsReviewed = (count: number) =>
    i18n.t(
      count === 0
        ? "record.needsReviewedNone"
        : count === 1
          ? "record.needsReviewedOne"
          : "record.needsReviewed",
      { count },
    );
  return (
    <>
      <p>
        {i18n.t("record.heldOn", { date: i18n.date(record.heldOn) })}
        <RecordedLate
          late={record.recordedOn ? { factOn: record.heldOn, recordedOn: record.recordedOn } : null}
        />
      </p>
      <dl class="summary-list">
        {DIALOG_TOPIC_KEYS.map((topic) => (
          <div class="summary-list__row" key={topic}>
            <dt class="summary-list__key">{i18n.t(`record.topic.${topic}` as MessageKey)}</dt>
            <dd class="summary-list__value">{record.topics[topic]}</dd>
          </div>
        ))}
        <div class="summary-list__row">
          <dt class="summary-list__key">{i18n.t("record.needsReview")}</dt>
          <dd class="summary-list__value">
            {record.needsReview
              ? needsReviewed(record.needsReview.needIds.length)
              : i18n.t("record.noNeedsReview")}
          </dd>
        </div>
      </dl>
    </>
  );
}
