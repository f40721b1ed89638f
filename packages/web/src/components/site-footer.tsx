import { useI18n } from "../i18n/i18n";
import { Link } from "../router/link";

/** What the workspace is, and the accessibility statement every page links to (lag 2018:1937). */
export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer class="footer">
      <div class="width-container">
        <p>{t("footer.about")}</p>
        <p>
          <Link href="/tillganglighet">{t("footer.accessibility")}</Link>
        </p>
        {/* What is kept about a person, and their erasure (issue #22, D-59, D-60). */}
        <p>
          <Link href="/personuppgifter">{t("privacy.footer")}</Link>
        </p>
      </div>
    </footer>
  );
}
