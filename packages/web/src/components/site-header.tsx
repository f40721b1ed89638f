import { endSession, type Session } from "../auth/session";
import { useConfig } from "../config/config-context";
import { useI18n } from "../i18n/i18n";
import { Link } from "../router/link";
import { navigate } from "../router/location";
import { LanguageSwitch } from "./language-switch";
import { rolesText } from "./roles-text";

/** The black bar: the service's name, who is signed in, sign-out and the language switch. */
export function SiteHeader({ session }: { session: Session | undefined }) {
  const i18n = useI18n();
  const config = useConfig();
  // RP-initiated logout (D-40): the session ends at the provider too, which sends the browser
  // back to the workspace's start; if the provider cannot be reached, the sign-in page opens.
  const signOut = async () => {
    endSession();
    const { endOidcSession } = await import("../auth/oidc-sign-in");
    await endOidcSession(config.signIn).catch(() => navigate("/logga-in"));
  };
  return (
    <header class="header">
      <div class="width-container header__container">
        <div class="header__brand">
          <Link class="header__service" href="/">
            {i18n.t("app.name")}
          </Link>
          <span class="header__tagline">{i18n.t("app.tagline")}</span>
        </div>
        <div class="header__actions">
          {session && (
            <p class="header__person">
              {i18n.t("header.signedInAs", {
                name: session.person.name,
                org: session.orgName ?? session.person.orgNumber,
              })}
              <span class="header__roles">{rolesText(session.person.roles, i18n)}</span>
            </p>
          )}
          {session && (
            <Link class="header__link" href="/uppgifter">
              {i18n.t("nav.tasks")}
            </Link>
          )}
          {session && (
            <Link class="header__link" href="/ersattare">
              {i18n.t("header.substitutes")}
            </Link>
          )}
          {session && (
            <button type="button" class="header__button" onClick={signOut}>
              {i18n.t("header.signOut")}
            </button>
          )}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
