import { useState } from "preact/hooks";
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
import { CheckboxGroup } from "../forms/checkbox-group";
import { type FormErrors, onlyErrors, summaryOf } from "../forms/form-errors";
import { SelectField } from "../forms/select-field";
import { TextAreaField } from "../forms/text-area-field";
import { TextField } from "../forms/text-field";
import {
  type ActivityKind,
  activityKindOptions,
  type FocusArea,
  focusAreaOptions,
} from "../forms/vocabulary-options";
import { useI18n } from "../i18n/i18n";
import { asPartyCoordinator } from "../permissions/permissions";
import { Link } from "../router/link";
import { navigate } from "../router/location";

/** Define an activity from registered needs, and draft its special agreement (R5, R8, R14). */
export default function DefineActivityPage() {
  const i18n = useI18n();
  const { agreement, letterId, session } = useAgreement();
  const command = useCommand();
  const needs = useResource(
    () =>
      api().GET("/v1/agreements/{id}/needs", {
        params: { path: { id: letterId }, query: { limit: 200 } },
      }),
    [letterId],
  );
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState<string>("commissioned-education");
  const [areas, setAreas] = useState<string[]>([]);
  const [needIds, setNeedIds] = useState<string[]>([]);
  const [parties, setParties] = useState<ProjectPartyInput[]>([]);
  const [terms, setTerms] = useState("");
  const [errors, setErrors] = useState<FormErrors>({});
  const permission = asPartyCoordinator(session.person, agreement, i18n.t("list.or"));
  const submit = async (event: Event) => {
    event.preventDefault();
    const found = onlyErrors({
      title: title.trim() ? "" : i18n.t("activity.errors.title"),
      focusAreas: areas.length ? "" : i18n.t("needs.errors.focusAreas"),
      needIds: needIds.length ? "" : i18n.t("activity.errors.needs"),
      ...projectPartyErrors(parties, {
        name: i18n.t("activity.errors.partyName"),
        org: i18n.t("activity.errors.partyOrg"),
      }),
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const activity = await command.run(() =>
      api().POST("/v1/agreements/{id}/activities", {
        params: { path: { id: letterId } },
        body: {
          title,
          kind: kind as ActivityKind,
          focusAreas: areas as FocusArea[],
          needIds,
          projectParties: parties.map((p) => ({
            name: p.name.trim(),
            orgNumber: p.orgNumber.trim(),
          })),
          terms,
        },
      }),
    );
    if (activity)
      navigate(`${agreementPath(letterId, `aktiviteter/${activity.id}`)}?klart=definierad`);
  };
  const needOptions = (needs.data?.items ?? []).map((need) => ({
    value: need.id,
    label: need.title,
  }));
  return (
    <>
      <Link class="back-link" href={agreementPath(letterId, "aktiviteter")}>
        {i18n.t("activities.back")}
      </Link>
      <PageHeading caption={i18n.t("activities.title")}>{i18n.t("activities.define")}</PageHeading>
      {!permission.allowed ? (
        <NotAllowed permission={permission} />
      ) : !needs.data ? (
        <Loading />
      ) : needOptions.length === 0 ? (
        <p class="inset why">
          {i18n.t("activity.needsFirst")}{" "}
          <Link href={agreementPath(letterId, "behov/nytt")}>{i18n.t("needs.register")}</Link>
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          <ErrorSummary errors={summaryOf(errors)} problem={command.problem} letterId={letterId} />
          <TextField
            name="title"
            label={i18n.t("activity.titleLabel")}
            value={title}
            error={errors.title}
            onInput={setTitle}
          />
          <SelectField
            name="kind"
            label={i18n.t("activity.kindLabel")}
            hint={i18n.t("activity.kindHint")}
            value={kind}
            options={activityKindOptions(i18n)}
            onChange={setKind}
          />
          <CheckboxGroup
            name="needIds"
            label={i18n.t("activity.needsLabel")}
            hint={i18n.t("activity.needsHint")}
            values={needIds}
            options={needOptions}
            error={errors.needIds}
            onChange={setNeedIds}
          />
          <CheckboxGroup
            name="focusAreas"
            label={i18n.t("needs.focusAreasLabel")}
            values={areas}
            options={focusAreaOptions(agreement.focusAreas, i18n)}
            error={errors.focusAreas}
            onChange={setAreas}
          />
          <ProjectPartyFields parties={parties} onChange={setParties} errors={errors} />
          <TextAreaField
            name="terms"
            label={i18n.t("activity.termsLabel")}
            hint={i18n.t("activity.termsHint")}
            value={terms}
            onInput={setTerms}
            rows={6}
          />
          <button type="submit" class="button" disabled={command.busy}>
            {i18n.t("activity.defineButton")}
          </button>
        </form>
      )}
    </>
  );
}
