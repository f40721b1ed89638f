import type { Agreement } from "@samverkan/client";
import type { TagTone } from "../components/status-tag";
import type { I18n } from "../i18n/i18n";

/**
 * The letter's status in one sentence: "I kraft sedan 1 oktober 2025", "Uppsagd 30 november
 * 2026, upphör 28 februari 2027", "Upphörde 28 februari 2027" or a draft awaiting signatures.
 */
export function statusSentence(
  agreement: Pick<Agreement, "status" | "inForceFrom" | "notice">,
  i18n: I18n,
): { text: string; tone: TagTone } {
  const notice = agreement.notice;
  switch (agreement.status) {
    case "in-force":
      return {
        text: i18n.t("status.inForceSince", { date: i18n.date(agreement.inForceFrom ?? "") }),
        tone: "ok",
      };
    case "notice-given":
      return {
        text: i18n.t("status.noticeGiven", {
          received: i18n.date(notice?.receivedOn ?? ""),
          ends: i18n.date(notice?.endsOn ?? ""),
        }),
        tone: "attention",
      };
    case "ended":
      return {
        text: i18n.t("status.ended", { date: i18n.date(notice?.endsOn ?? "") }),
        tone: "neutral",
      };
    default:
      return { text: i18n.t("status.draft"), tone: "info" };
  }
}
