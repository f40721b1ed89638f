import { useState } from "preact/hooks";
import { startOidcSignIn } from "../auth/oidc-sign-in";
import { sessionRanOut } from "../auth/session";
import { ErrorSummary } from "../components/error-summary";
import { PageHeading } from "../components/page-heading";
import { useConfig } from "../config/config-context";
import { useI18n } from "../i18n/i18n";
import { useLocation } from "../router/location";

/** Where to go after signing in: the page that asked for it, if it is one of ours. */
const nextPage = (query: URLSearchParams) => {
  const to = query.get("till") ?? "/";
  return to.startsWith("/") && !to.startsWith("//") ? to : "/";
};

/**
 * Sign-in: at the organisation's own identity provider on a stage, at the local OpenID Provider
 * on `pnpm dev` (D-40), through the same code. When the session ran out, it says so (D-42).
 */
export default function SignInPage() {
  const { t } = useI18n();
  const config = useConfig();
  const { query } = useLocation();
  const [ranOut] = useState(sessionRanOut);
  const [error, setError] = useState<string | undefined>();
  return (
    <>
      <PageHeading>{t("signIn.title")}</PageHeading>
      <ErrorSummary errors={error ? [{ text: error }] : []} />
      {ranOut && (
        <p class="inset" role="status">
          {t("signIn.expired")}
        </p>
      )}
      <p class="lead">{t("signIn.oidcIntro")}</p>
      <button
        type="button"
        class="button"
        onClick={() =>
          startOidcSignIn(config.signIn, nextPage(query)).catch(() => setError(t("signIn.failed")))
        }
      >
        {t("signIn.oidcButton")}
      </button>
    </>
  );
}
