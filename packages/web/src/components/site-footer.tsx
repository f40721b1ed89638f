import { useI18n } from "../i18n/i18n";

/** What the workspace is, and where its rules come from. */
export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer class="footer">
      <div class="width-container">
        <p>{t("footer.about")}</p>
      </div>
    </footer>
  );
}
