import type { Agreement } from "@samverkan/client";
import { statusSentence } from "../agreement/status-sentence";
import { useI18n } from "../i18n/i18n";

/** The letter's status as the first thing on its overview. */
export function StatusSentence({
  agreement,
}: {
  agreement: Pick<Agreement, "status" | "inForceFrom" | "notice">;
}) {
  const i18n = useI18n();
  const { text, tone } = statusSentence(agreement, i18n);
  return (
    <p class={`status-sentence status-sentence--${tone}`} data-testid="status-sentence">
      {text}
    </p>
  );
}
