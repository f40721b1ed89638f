import { useEffect, useState } from "preact/hooks";
import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useCommand } from "../api/use-command";
import { useResource } from "../api/use-resource";
import { ErrorSummary } from "../components/error-summary";
import { Loading } from "../components/loading";
import { NotAllowed } from "../components/not-allowed";
import { PageHeading } from "../components/page-heading";
import {
  ProjectPartyFields,
  type ProjectPartyInput,
  projectPartyErrors,
} from "../components/project-party-fields";
import { type FormErrors, onlyErrors, summaryOf } from "../forms/form-errors";
import { TextAreaField } from "../forms/text-area-field";
import { useI18n } from "../i18n/i18n";
import { asPartyCoordinator } from "../permissions/permissions";
import { Link } from "../router/link";
import { navigate } from "../router/location";
import type { PageProps } from "../router/routes";

/** A new version of a special agreement: other project parties or terms; signatures restart (R14). */
export default function ReviseSpecialAgreementPage({ params }: PageProps) {
  const i18n = useI18n();
  const { agreement, letterId, session } = useAgreement();
  const activityId = params.activityId ?? "";
  const activityPath = agreementPath(letterId, `aktiviteter/${activityId}`);
  const command = useCommand();
  const activity = useResource(
    () =>
      api().GET("/v1/agreements/{id}/activities/{activityId}", {
        params: { path: { id: letterId, activityId } },
      }),
    [letterId, activityId],
  );
  const [parties, setParties] = useState<ProjectPartyInput[]>([]);
  const [terms, setTerms] = useState("");
  const [errors, setErrors] = useState<FormErrors>({});
  useEffect(() => {
    const special = activity.data?.specialAgreement;
    if (!special) return;
    // The principal parties always sign; the form edits only the other project parties.
    setParties(
      special.parties
        .filter((p) => !agreement.parties.some((party) => party.orgNumber === p.orgNumber))
        .map((p) => ({ name: p.name, orgNumber: p.orgNumber })),
    );
    setTerms(special.terms);
  }, [activity.data, agreement]);
  const permission = asPartyCoordinator(session.person, agreement, i18n.t("list.or"));
  const submit = async (event: Event) => {
    event.preventDefault();
    const found = onlyErrors(
      projectPartyErrors(parties, {
        name: i18n.t("activity.errors.partyName"),
        org: i18n.t("activity.errors.partyOrg"),
      }),
    );
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const revised = await command.run(() =>
      api().PUT("/v1/agreements/{id}/activities/{activityId}/special-agreement", {
        params: { path: { id: letterId, activityId } },
        body: {
          projectParties: parties.map((p) => ({
            name: p.name.trim(),
            orgNumber: p.orgNumber.trim(),
          })),
          terms,
        },
      }),
    );
    if (revised) navigate(activityPath);
  };
  return (
    <>
      <Link class="back-link" href={activityPath}>
        {i18n.t("special.back")}
      </Link>
      <PageHeading caption={activity.data?.title ?? i18n.t("activity.caption")}>
        {i18n.t("special.revise")}
      </PageHeading>
      {!permission.allowed ? (
        <NotAllowed permission={permission} />
      ) : !activity.data ? (
        <Loading />
      ) : (
        <form onSubmit={submit} noValidate>
          <p class="warning-text">{i18n.t("special.reviseWarning")}</p>
          <ErrorSummary
            errors={summaryOf(errors)}
            problem={command.problem ?? activity.problem}
            letterId={letterId}
          />
          <ProjectPartyFields parties={parties} onChange={setParties} errors={errors} />
          <TextAreaField
            name="terms"
            label={i18n.t("activity.termsLabel")}
            value={terms}
            onInput={setTerms}
            rows={6}
          />
          <button type="submit" class="button" disabled={command.busy}>
            {i18n.t("special.reviseButton")}
          </button>
        </form>
      )}
    </>
  );
}
