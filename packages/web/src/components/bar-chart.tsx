import { useI18n } from "../i18n/i18n";

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Words after the number ("2 500 000 kr"), when the value alone is not enough. */
  readonly note?: string;
}

/**
 * Horizontal bars as a table: every value is written beside its bar, so the chart reads the
 * same to a screen reader, in print and in black and white.
 */
export function BarChart({ caption, bars }: { caption: string; bars: readonly Bar[] }) {
  const { t } = useI18n();
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <table class="table bar-chart">
      <caption class="table__caption">{caption}</caption>
      <thead class="visually-hidden">
        <tr>
          <th scope="col">{t("report.what")}</th>
          <th scope="col">{t("report.count")}</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.label}>
            <th scope="row">{bar.label}</th>
            <td>
              <span class="bar-chart__bar" style={{ width: `${(bar.value / max) * 70}%` }} />
              <span class="bar-chart__value">
                {bar.value}
                {bar.note ? ` · ${bar.note}` : ""}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
