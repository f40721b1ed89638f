import { useEffect } from "preact/hooks";
import { AgreementLayout } from "./agreement/agreement-layout";
import { restoreKeptForm } from "./auth/kept-form";
import { useSession } from "./auth/use-session";
import { ActingBanner } from "./components/acting-banner";
import { MainContent } from "./components/main-content";
import { SiteFooter } from "./components/site-footer";
import { SiteHeader } from "./components/site-header";
import { ConfigContext } from "./config/config-context";
import type { WorkspaceConfig } from "./config/workspace-config";
import { I18nProvider, useI18n } from "./i18n/i18n";
import { LazyPage } from "./router/lazy-page";
import { navigate, useLocation } from "./router/location";
import { matchRoute } from "./router/match-route";
import { NOT_FOUND, ROUTES } from "./router/routes";

function routeFor(path: string) {
  for (const route of ROUTES) {
    const params = matchRoute(route.pattern, path);
    if (params) return { route, params };
  }
  return { route: NOT_FOUND, params: {} };
}

function Workspace() {
  const { t } = useI18n();
  const session = useSession();
  const { path } = useLocation();
  const { route, params } = routeFor(path);
  const mustSignIn = !route.public && !session;
  useEffect(() => {
    if (mustSignIn) navigate(`/logga-in?till=${encodeURIComponent(path)}`, { replace: true });
  }, [mustSignIn, path]);
  // Back on a page whose form was open when the session ran out: put back what was typed (D-42).
  const signedIn = Boolean(session);
  useEffect(() => (signedIn ? restoreKeptForm(path) : undefined), [signedIn, path]);
  const page = <LazyPage route={route} params={params} />;
  return (
    <>
      <a class="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <SiteHeader session={session} />
      <div class="width-container">
        {/* R25: whom the person acts for, when they stand in for anyone today. */}
        {session && !mustSignIn && <ActingBanner session={session} />}
        {/* A letter's pages keep their side navigation outside <main> (AgreementLayout), so
            the skip link passes it and lands on the page's own heading. */}
        {!mustSignIn && route.inAgreement && session && params.id ? (
          <AgreementLayout letterId={params.id} session={session}>
            {page}
          </AgreementLayout>
        ) : (
          <MainContent>{mustSignIn ? null : page}</MainContent>
        )}
      </div>
      <SiteFooter />
    </>
  );
}

/** The workspace: its settings, its language, and the page the address names. */
export function App({ config }: { config: WorkspaceConfig }) {
  return (
    <ConfigContext.Provider value={config}>
      <I18nProvider>
        <Workspace />
      </I18nProvider>
    </ConfigContext.Provider>
  );
}
