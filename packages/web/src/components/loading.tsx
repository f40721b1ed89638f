import { useI18n } from "../i18n/i18n";

/** Said while a page's data is on its way. */
export function Loading() {
  const { t } = useI18n();
  return (
    <p class="loading" role="status">
      {t("app.loading")}
    </p>
  );
}
