import type { FormErrors } from "../forms/form-errors";
import { TextField } from "../forms/text-field";
import { useI18n } from "../i18n/i18n";

export interface ProjectPartyInput {
  readonly name: string;
  readonly orgNumber: string;
}

interface ProjectPartyFieldsProps {
  readonly parties: readonly ProjectPartyInput[];
  readonly onChange: (parties: ProjectPartyInput[]) => void;
  readonly errors: FormErrors;
}

/** The other participating project parties of a special agreement, beside the two parties (R14). */
export function ProjectPartyFields({ parties, onChange, errors }: ProjectPartyFieldsProps) {
  const i18n = useI18n();
  const update = (index: number, change: Partial<ProjectPartyInput>) =>
    onChange(parties.map((p, i) => (i === index ? { ...p, ...change } : p)));
  return (
    <fieldset class="fieldset">
      <legend class="label">{i18n.t("activity.projectParties")}</legend>
      <div class="hint">{i18n.t("activity.projectPartiesHint")}</div>
      <div class="repeatable">
        {parties.map((party, index) => (
          <fieldset class="fieldset repeatable__item" key={index}>
            <legend class="label">
              {i18n.t("activity.projectPartyLegend", { number: index + 1 })}
            </legend>
            <TextField
              name={`projectParties.${index}.name`}
              label={i18n.t("activity.projectPartyName")}
              value={party.name}
              error={errors[`projectParties.${index}.name`]}
              onInput={(name) => update(index, { name })}
            />
            <TextField
              name={`projectParties.${index}.orgNumber`}
              width="short"
              label={i18n.t("activity.projectPartyOrg")}
              hint={i18n.t("activity.projectPartyOrgHint")}
              value={party.orgNumber}
              error={errors[`projectParties.${index}.orgNumber`]}
              onInput={(orgNumber) => update(index, { orgNumber })}
            />
            <button
              type="button"
              class="button button--secondary"
              onClick={() => onChange(parties.filter((_, i) => i !== index))}
            >
              {i18n.t("activity.removeProjectParty", { number: index + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          class="button button--secondary"
          onClick={() => onChange([...parties, { name: "", orgNumber: "" }])}
        >
          {i18n.t("activity.addProjectParty")}
        </button>
      </div>
    </fieldset>
  );
}

/** The form's errors for project parties: a name, and a number written NNNNNN-NNNN (R2). */
export function projectPartyErrors(
  parties: readonly ProjectPartyInput[],
  messages: { name: string; org: string },
) {
  return Object.fromEntries(
    parties.flatMap((p, i) => [
      [`projectParties.${i}.name`, p.name.trim() ? "" : messages.name],
      [
        `projectParties.${i}.orgNumber`,
        /^\d{6}-?\d{4}$/.test(p.orgNumber.trim()) ? "" : messages.org,
      ],
    ]),
  );
}
