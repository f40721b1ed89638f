import { useEffect, useState } from "preact/hooks";
import { completeOidcSignIn } from "../auth/oidc-sign-in";
import { ErrorSummary } from "../components/error-summary";
import { Loading } from "../components/loading";
import { PageHeading } from "../components/page-heading";
import { useConfig } from "../config/config-context";
import { useI18n } from "../i18n/i18n";
import { navigate } from "../router/location";

/** Where the OIDC issuer sends the browser back: completes the sign-in, then opens the page. */
export default function SignInCallbackPage() {
  const { t } = useI18n();
  const config = useConfig();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    completeOidcSignIn(config.signIn).then(
      (next) => navigate(next, { replace: true }),
      () => setFailed(true),
    );
  }, [config]);
  return (
    <>
      <PageHeading>{t("signIn.title")}</PageHeading>
      {failed ? <ErrorSummary errors={[{ text: t("signIn.failed") }]} /> : <Loading />}
    </>
  );
}
