import { PageHeading } from "../components/page-heading";
import { useI18n } from "../i18n/i18n";
import { Link } from "../router/link";

/** A path the workspace does not have. */
export default function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t("notFound.title")}</PageHeading>
      <p>{t("notFound.text")}</p>
      <Link href="/">{t("notFound.home")}</Link>
    </>
  );
}
