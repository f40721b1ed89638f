import type { Need } from "@samverkan/client";
import { focusAreaName } from "../forms/vocabulary-options";
import { useI18n } from "../i18n/i18n";

/** One need: what, who raised it and when, and the focus areas it touches (R6). */
export function NeedCard({ need, source }: { need: Need; source: string }) {
  const i18n = useI18n();
  return (
    <li class="card">
      <h3 class="card__title">{need.title}</h3>
      {need.description && <p>{need.description}</p>}
      <p class="secondary">
        {i18n.t("needs.raisedByOn", { source, date: i18n.date(need.raisedOn) })}
      </p>
      <ul class="chips" aria-label={i18n.t("needs.focusAreasLabel")}>
        {need.focusAreas.map((area) => (
          <li key={area} class="chip">
            {focusAreaName(area, i18n)}
          </li>
        ))}
      </ul>
    </li>
  );
}
