import { useState } from "preact/hooks";
import { useLoaded } from "../api/use-loaded";
import { fetchLocalPeople, type LocalPerson, signInAsLocalPerson } from "../auth/local-sign-in";
import { startOidcSignIn } from "../auth/oidc-sign-in";
import { ErrorSummary } from "../components/error-summary";
import { Loading } from "../components/loading";
import { PageHeading } from "../components/page-heading";
import { rolesText } from "../components/roles-text";
import { useConfig } from "../config/config-context";
import { type MessageKey, useI18n } from "../i18n/i18n";
import { navigate, useLocation } from "../router/location";

/** Where to go after signing in: the page that asked for it, if it is one of ours. */
const nextPage = (query: URLSearchParams) => {
  const to = query.get("till") ?? "/";
  return to.startsWith("/") && !to.startsWith("//") ? to : "/";
};

function LocalPeople({ onError }: { onError: (text: string) => void }) {
  const i18n = useI18n();
  const { query } = useLocation();
  const people = useLoaded(fetchLocalPeople);
  const choose = (person: LocalPerson) =>
    signInAsLocalPerson(person)
      .then(() => navigate(nextPage(query), { replace: true }))
      .catch(() => onError(i18n.t("signIn.failed")));
  if (people.failed) return <p>{i18n.t("signIn.noPeople")}</p>;
  if (!people.value) return <Loading />;
  return (
    <>
      <ul class="people">
        {people.value.people.map((person) => (
          <li key={person.id} class="person">
            <h2 class="person__name">{person.name}</h2>
            <p>
              {person.orgName} <span class="secondary">({person.orgNumber})</span>
            </p>
            <p>
              {i18n.t(`signIn.kind.${person.kind}` as MessageKey)}: {rolesText(person.roles, i18n)}
            </p>
            <button type="button" class="button" onClick={() => choose(person)}>
              {i18n.t("signIn.as", { name: person.name })}
            </button>
          </li>
        ))}
      </ul>
      {!people.value.municipalityConfigured && (
        <p class="inset">{i18n.t("signIn.noMunicipality")}</p>
      )}
    </>
  );
}

/** Sign-in: the local people on `pnpm dev`, the organisation's own sign-in when deployed. */
export default function SignInPage() {
  const { t } = useI18n();
  const config = useConfig();
  const { query } = useLocation();
  const [error, setError] = useState<string | undefined>();
  return (
    <>
      <PageHeading>{t("signIn.title")}</PageHeading>
      <ErrorSummary errors={error ? [{ text: error }] : []} />
      {config.signIn.kind === "local" ? (
        <>
          <p class="lead">{t("signIn.localIntro")}</p>
          <LocalPeople onError={setError} />
        </>
      ) : (
        <>
          <p class="lead">{t("signIn.oidcIntro")}</p>
          <button
            type="button"
            class="button"
            onClick={() => {
              if (config.signIn.kind === "oidc")
                startOidcSignIn(config.signIn, nextPage(query)).catch(() =>
                  setError(t("signIn.failed")),
                );
            }}
          >
            {t("signIn.oidcButton")}
          </button>
        </>
      )}
    </>
  );
}
