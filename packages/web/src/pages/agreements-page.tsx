import { useEffect } from "preact/hooks";
import { agreementPath } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { ErrorSummary } from "../components/error-summary";
import { Loading } from "../components/loading";
import { PageHeading } from "../components/page-heading";
import { StatusSentence } from "../components/status-sentence";
import { type MessageKey, useI18n } from "../i18n/i18n";
import { Link } from "../router/link";
import { navigate } from "../router/location";

/** The letters the person's organisation takes part in; with only one, its overview opens. */
export default function AgreementsPage() {
  const { t } = useI18n();
  const list = useResource(
    () => api().GET("/v1/agreements", { params: { query: { limit: 200 } } }),
    [],
  );
  const items = list.data?.items ?? [];
  const only = items.length === 1 ? items[0] : undefined;
  useEffect(() => {
    if (only) navigate(agreementPath(only.id), { replace: true });
  }, [only]);
  return (
    <>
      <PageHeading>{t("agreements.title")}</PageHeading>
      <ErrorSummary problem={list.problem} />
      {list.loading && !list.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <p>{t("agreements.none")}</p>
      ) : (
        <ul class="cards">
          {items.map((agreement) => (
            <li key={agreement.id} class="card">
              <h2 class="card__title">
                <Link href={agreementPath(agreement.id)}>{agreement.title}</Link>
              </h2>
              <StatusSentence agreement={agreement} />
              <p class="secondary">
                {agreement.relation === "invited" && agreement.invitedBy
                  ? // An invitation shows whose words the names are (D-35).
                    t("agreements.relation.invited", {
                      by: agreement.invitedBy.name,
                      named:
                        agreement.parties.find(
                          (party) => party.orgNumber !== agreement.invitedBy?.orgNumber,
                        )?.name ?? "",
                    })
                  : t(`agreements.relation.${agreement.relation}` as MessageKey)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
