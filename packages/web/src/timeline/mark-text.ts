import type { I18n, MessageKey } from "../i18n/i18n";
import type { TimelineMark } from "./timeline-items";

/** A mark in words: "Underlag: försenat, 21 november 2026", "Uppsägningstid: 27 nov … 27 feb". */
export function markText(mark: TimelineMark, i18n: I18n): string {
  const lane = i18n.t(`timeline.lane.${mark.lane}` as MessageKey);
  if (mark.until)
    return i18n.t("timeline.period", { lane, from: i18n.date(mark.on), to: i18n.date(mark.until) });
  return i18n.t("timeline.mark", {
    lane,
    status: i18n.t(`timeline.status.${mark.status}` as MessageKey),
    date: i18n.date(mark.on),
  });
}
