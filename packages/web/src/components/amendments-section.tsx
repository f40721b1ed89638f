import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { useI18n } from "../i18n/i18n";
import { Link } from "../router/link";
import { AmendmentSummary } from "./amendment-summary";
import { ErrorSummary } from "./error-summary";

/**
 * The letter's amendments under its text (R26): each in force with what it changed, from when and
 * who signed, and the one waiting for signatures. The text above stays as it was signed.
 */
export function AmendmentsSection() {
  const i18n = useI18n();
  const { agreement, letterId } = useAgreement();
  const amendments = useResource(
    () => api().GET("/v1/agreements/{id}/amendments", { params: { path: { id: letterId } } }),
    [letterId, agreement.version],
  );
  const data = amendments.data;
  return (
    <section id="tillagg" aria-labelledby="amendments-heading" data-testid="amendments">
      <h2 id="amendments-heading">{i18n.t("amendment.sectionTitle")}</h2>
      <p>{i18n.t("amendment.sectionIntro")}</p>
      <ErrorSummary problem={amendments.problem} letterId={letterId} />
      {data && data.amendments.length === 0 && <p>{i18n.t("amendment.none")}</p>}
      {data?.amendments.map((amendment) => (
        <AmendmentSummary key={amendment.id} amendment={amendment} />
      ))}
      {data?.pending && (
        <>
          <h3>{i18n.t("amendment.pendingTitle")}</h3>
          <AmendmentSummary amendment={data.pending} />
        </>
      )}
      <p>
        <Link href={agreementPath(letterId, "avsiktsforklaringen/tillagg")}>
          {i18n.t("amendment.open")}
        </Link>
      </p>
    </section>
  );
}
