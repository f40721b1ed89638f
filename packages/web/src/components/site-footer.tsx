import { useI18n } from "../i18n/i18n";
import { Link } from "../router/link";

/** What the workspace is, and where its rules come from. */
export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer class="footer">
      <div class="width-container">
        <p>{t("footer.about")}</p>
        {/* What is kept about a person, and their erasure (issue #22, D-59, D-60). */}
        <p>
          <Link href="/personuppgifter">{t("privacy.footer")}</Link>
        </p>
      </div>
    </footer>
  );
}
