import { useState } from "preact/hooks";
import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { useFocusAreaOptions } from "../agreement/focus-area-names";
import { organisationNames } from "../agreement/organisation-names";
import { api } from "../api/api-client";
import { CheckboxGroup } from "../forms/checkbox-group";
import { CommandForm } from "../forms/command-form";
import { SelectField } from "../forms/select-field";
import { TextAreaField } from "../forms/text-area-field";
import { TextField } from "../forms/text-field";
import { useCommandForm } from "../forms/use-command-form";
import { useI18n } from "../i18n/i18n";
import { isPrincipalParty } from "../permissions/permissions";
import { navigate } from "../router/location";

/** Register a need: what, who raised it, which focus areas (R6, R4). */
export default function RegisterNeedPage() {
  const i18n = useI18n();
  const areaOptions = useFocusAreaOptions();
  const { agreement, letterId, session } = useAgreement();
  const party = isPrincipalParty(session.person, agreement);
  // A municipality's coordinator registers only its own needs (R16): the choice is theirs alone.
  const sources = party
    ? [...organisationNames(agreement)].map(([value, label]) => ({ value, label }))
    : [{ value: session.person.orgNumber, label: session.orgName ?? session.person.orgNumber }];
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [raisedBy, setRaisedBy] = useState(
    party ? session.person.orgNumber : (sources[0]?.value ?? ""),
  );
  const [areas, setAreas] = useState<string[]>([]);
  const form = useCommandForm({
    check: () => ({
      title: title.trim() ? "" : i18n.t("needs.errors.title"),
      focusAreas: areas.length ? "" : i18n.t("needs.errors.focusAreas"),
    }),
    send: () =>
      api().POST("/v1/agreements/{id}/needs", {
        params: { path: { id: letterId } },
        body: { title, description, raisedBy, focusAreas: [...areas] },
      }),
    accepted: () => navigate(`${agreementPath(letterId, "behov")}?klart=registrerat`),
  });
  return (
    <CommandForm
      form={form}
      letterId={letterId}
      back={{ href: agreementPath(letterId, "behov"), label: i18n.t("needs.back") }}
      caption={i18n.t("needs.title")}
      heading={i18n.t("needs.register")}
      submit={i18n.t("needs.registerButton")}
    >
      <TextField
        name="title"
        label={i18n.t("needs.titleLabel")}
        value={title}
        error={form.errors.title}
        onInput={setTitle}
      />
      <TextAreaField
        name="description"
        label={i18n.t("needs.descriptionLabel")}
        hint={i18n.t("needs.descriptionHint")}
        value={description}
        onInput={setDescription}
      />
      <SelectField
        name="raisedBy"
        label={i18n.t("needs.raisedBy")}
        hint={i18n.t("needs.raisedByHint")}
        value={raisedBy}
        options={sources}
        onChange={setRaisedBy}
      />
      <CheckboxGroup
        name="focusAreas"
        label={i18n.t("needs.focusAreasLabel")}
        hint={i18n.t("needs.focusAreasHint")}
        values={areas}
        options={areaOptions}
        error={form.errors.focusAreas}
        onChange={setAreas}
      />
    </CommandForm>
  );
}
