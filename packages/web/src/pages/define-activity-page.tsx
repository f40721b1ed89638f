import { useState } from "preact/hooks";
import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { useFocusAreaOptions } from "../agreement/focus-area-names";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { Loading } from "../components/loading";
import {
  ProjectPartyFields,
  type ProjectPartyInput,
  projectPartyErrors,
} from "../components/project-party-fields";
import { CheckboxGroup } from "../forms/checkbox-group";
import { CommandForm } from "../forms/command-form";
import { SelectField } from "../forms/select-field";
import { TextAreaField } from "../forms/text-area-field";
import { TextField } from "../forms/text-field";
import { useCommandForm } from "../forms/use-command-form";
import { type ActivityKind, activityKindOptions } from "../forms/vocabulary-options";
import { useI18n } from "../i18n/i18n";
import { asPartyCoordinator } from "../permissions/permissions";
import { Link } from "../router/link";
import { navigate } from "../router/location";

/** Define an activity from registered needs, and draft its special agreement (R5, R8, R14). */
export default function DefineActivityPage() {
  const i18n = useI18n();
  const areaOptions = useFocusAreaOptions();
  const { agreement, letterId, session } = useAgreement();
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
  const form = useCommandForm({
    check: () => ({
      title: title.trim() ? "" : i18n.t("activity.errors.title"),
      focusAreas: areas.length ? "" : i18n.t("needs.errors.focusAreas"),
      needIds: needIds.length ? "" : i18n.t("activity.errors.needs"),
      ...projectPartyErrors(parties, {
        name: i18n.t("activity.errors.partyName"),
        org: i18n.t("activity.errors.partyOrg"),
      }),
    }),
    send: () =>
      api().POST("/v1/agreements/{id}/activities", {
        params: { path: { id: letterId } },
        body: {
          title,
          kind: kind as ActivityKind,
          focusAreas: [...areas],
          needIds,
          projectParties: parties.map((p) => ({
            name: p.name.trim(),
            orgNumber: p.orgNumber.trim(),
          })),
          terms,
        },
      }),
    accepted: (activity) =>
      navigate(`${agreementPath(letterId, `aktiviteter/${activity.id}`)}?klart=definierad`),
  });
  const needOptions = (needs.data?.items ?? []).map((need) => ({
    value: need.id,
    label: need.title,
  }));
  return (
    <CommandForm
      form={form}
      letterId={letterId}
      back={{ href: agreementPath(letterId, "aktiviteter"), label: i18n.t("activities.back") }}
      caption={i18n.t("activities.title")}
      heading={i18n.t("activities.define")}
      permission={asPartyCoordinator(session.person, agreement, i18n.t("list.or"))}
      instead={
        !needs.data ? (
          <Loading />
        ) : needOptions.length === 0 ? (
          <p class="inset why">
            {i18n.t("activity.needsFirst")}{" "}
            <Link href={agreementPath(letterId, "behov/nytt")}>{i18n.t("needs.register")}</Link>
          </p>
        ) : undefined
      }
      submit={i18n.t("activity.defineButton")}
    >
      <TextField
        name="title"
        label={i18n.t("activity.titleLabel")}
        value={title}
        error={form.errors.title}
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
        error={form.errors.needIds}
        onChange={setNeedIds}
      />
      <CheckboxGroup
        name="focusAreas"
        label={i18n.t("needs.focusAreasLabel")}
        values={areas}
        options={areaOptions}
        error={form.errors.focusAreas}
        onChange={setAreas}
      />
      <ProjectPartyFields parties={parties} onChange={setParties} errors={form.errors} />
      <TextAreaField
        name="terms"
        label={i18n.t("activity.termsLabel")}
        hint={i18n.t("activity.termsHint")}
        value={terms}
        onInput={setTerms}
        rows={6}
      />
    </CommandForm>
  );
}
