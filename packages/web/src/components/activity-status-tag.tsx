import type { Activity } from "@samverkan/client";
import { useI18n } from "../i18n/i18n";
import { StatusTag, type TagTone } from "./status-tag";

const TONE: Record<Activity["status"], TagTone> = {
  "awaiting-signatures": "attention",
  "ready-to-start": "info",
  running: "ok",
  completed: "neutral",
};

/** An activity's status in words: awaiting signatures, ready to start, running, completed. */
export function ActivityStatusTag({ status }: { status: Activity["status"] }) {
  const { t } = useI18n();
  return <StatusTag tone={TONE[status]}>{t(`activity.status.${status}`)}</StatusTag>;
}
