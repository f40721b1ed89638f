import { useEffect, useState } from "preact/hooks";
import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { Loading } from "../components/loading";
import {
  ProjectPartyFields,
  type ProjectPartyInput,
  projectPartyErrors,
} from "../components/project-party-fields";
import { CommandForm } from "../forms/command-form";
import { TextAreaField } from "../forms/text-area-field";
import { useCommandForm } from "../forms/use-command-form";
import { useI18n } from "../i18n/i18n";
import { asPartyCoordinator } from "../permissions/permissions";
import { navigate } from "../router/location";
import type { PageProps } from "../router/routes";

/** A new version of a special agreement: other project parties or terms; signatures restart (R14). */
export default function ReviseSpecialAgreementPage({ params }: PageProps) {
  const i18n = useI18n();
  const { agreement, letterId, session } = useAgreement();
  const activityId = params.activityId ?? "";
  const activityPath = agreementPath(letterId, `aktiviteter/${activityId}`);
  const activity = useResource(
    () =>
      api().GET("/v1/agreements/{id}/activities/{activityId}", {
        params: { path: { id: letterId, activityId } },
      }),
    [letterId, activityId],
  );
  const [parties, setParties] = useState<ProjectPartyInput[]>([]);
  const [terms, setTerms] = useState("");
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
  const form = useCommandForm({
    check: () =>
      projectPartyErrors(parties, {
        name: i18n.t("activity.errors.partyName"),
        org: i18n.t("activity.errors.partyOrg"),
      }),
    send: () =>
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
    accepted: () => navigate(`${activityPath}?klart=andrad`),
  });
  return (
    <CommandForm
      form={form}
      letterId={letterId}
      loadProblem={activity.problem}
      back={{ href: activityPath, label: i18n.t("special.back") }}
      caption={activity.data?.title ?? i18n.t("activity.caption")}
      heading={i18n.t("special.revise")}
      permission={asPartyCoordinator(session.person, agreement, i18n.t("list.or"))}
      instead={activity.data ? undefined : <Loading />}
      submit={i18n.t("special.reviseButton")}
    >
      <p class="warning-text">{i18n.t("special.reviseWarning")}</p>
      <ProjectPartyFields parties={parties} onChange={setParties} errors={form.errors} />
      <TextAreaField
        name="terms"
        label={i18n.t("activity.termsLabel")}
        value={terms}
        onInput={setTerms}
        rows={6}
      />
    </CommandForm>
  );
}
