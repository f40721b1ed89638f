import { useState } from "preact/hooks";
import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { organisationNames } from "../agreement/organisation-names";
import { api } from "../api/api-client";
import { useCommand } from "../api/use-command";
import { ErrorSummary } from "../components/error-summary";
import { PageHeading } from "../components/page-heading";
import { CheckboxGroup } from "../forms/checkbox-group";
import { type FormErrors, onlyErrors, summaryOf } from "../forms/form-errors";
import { SelectField } from "../forms/select-field";
import { TextAreaField } from "../forms/text-area-field";
import { TextField } from "../forms/text-field";
import { type FocusArea, focusAreaOptions } from "../forms/vocabulary-options";
import { useI18n } from "../i18n/i18n";
import { isPrincipalParty } from "../permissions/permissions";
import { Link } from "../router/link";
import { navigate } from "../router/location";

/** Register a need: what, who raised it, which focus areas (R6, R4). */
export default function RegisterNeedPage() {
  const i18n = useI18n();
  const { agreement, letterId, session } = useAgreement();
  const command = useCommand();
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
  const [errors, setErrors] = useState<FormErrors>({});
  const submit = async (event: Event) => {
    event.preventDefault();
    const found = onlyErrors({
      title: title.trim() ? "" : i18n.t("needs.errors.title"),
      focusAreas: areas.length ? "" : i18n.t("needs.errors.focusAreas"),
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const need = await command.run(() =>
      api().POST("/v1/agreements/{id}/needs", {
        params: { path: { id: letterId } },
        body: { title, description, raisedBy, focusAreas: areas as FocusArea[] },
      }),
    );
    if (need) navigate(`${agreementPath(letterId, "behov")}?klart=registrerat`);
  };
  return (
    <>
      <Link class="back-link" href={agreementPath(letterId, "behov")}>
        {i18n.t("needs.back")}
      </Link>
      <PageHeading caption={i18n.t("needs.title")}>{i18n.t("needs.register")}</PageHeading>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={summaryOf(errors)} problem={command.problem} letterId={letterId} />
        <TextField
          name="title"
          label={i18n.t("needs.titleLabel")}
          value={title}
          error={errors.title}
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
          options={focusAreaOptions(agreement.focusAreas, i18n)}
          error={errors.focusAreas}
          onChange={setAreas}
        />
        <button type="submit" class="button" disabled={command.busy}>
          {i18n.t("needs.registerButton")}
        </button>
      </form>
    </>
  );
}
