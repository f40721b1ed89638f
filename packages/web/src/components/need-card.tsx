import type { Need } from "@samverkan/client";
import { useFocusAreaName } from "../agreement/focus-area-names";
import { type I18n, useI18n } from "../i18n/i18n";

/** "Togs upp vid en ledningsdialog", "Framfört av Kiruna kommun": who raised it, as a sentence (R6). */
function raisedByLine(need: Need, source: string, i18n: I18n): string {
  const date = i18n.date(need.raisedOn);
  if (need.raisedBy.kind === "dialog") return i18n.t("needs.raisedAtDialogOn", { date });
  if (need.raisedBy.kind === "municipality")
    return i18n.t("needs.raisedByMunicipalityOn", { source, date });
  return i18n.t("needs.raisedByOn", { source, date });
}

/** One need: what, who raised it and when, and the focus areas it touches (R6). */
export function NeedCard({ need, source }: { need: Need; source: string }) {
  const i18n = useI18n();
  const nameOf = useFocusAreaName();
  return (
    <li class="card">
      <h3 class="card__title">{need.title}</h3>
      {need.description && <p>{need.description}</p>}
      <p class="secondary">{raisedByLine(need, source, i18n)}</p>
      <ul class="chips" aria-label={i18n.t("needs.focusAreasLabel")}>
        {need.focusAreas.map((area) => (
          <li key={area} class="chip">
            {nameOf(area)}
          </li>
        ))}
      </ul>
    </li>
  );
}
