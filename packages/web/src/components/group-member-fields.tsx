import type { FormErrors } from "../forms/form-errors";
import { SelectField } from "../forms/select-field";
import { TextField } from "../forms/text-field";
import { useI18n } from "../i18n/i18n";

export interface GroupMemberInput {
  readonly name: string;
  readonly orgNumber: string;
  readonly role: string;
}

interface GroupMemberFieldsProps {
  readonly members: readonly GroupMemberInput[];
  readonly onChange: (members: GroupMemberInput[]) => void;
  readonly parties: ReadonlyArray<{ readonly orgNumber: string; readonly name: string }>;
  readonly errors: FormErrors;
}

/** The collaboration group's members, one fieldset each: name, party and role (R9). */
export function GroupMemberFields({ members, onChange, parties, errors }: GroupMemberFieldsProps) {
  const i18n = useI18n();
  const update = (index: number, change: Partial<GroupMemberInput>) =>
    onChange(members.map((m, i) => (i === index ? { ...m, ...change } : m)));
  const options = parties.map((party) => ({ value: party.orgNumber, label: party.name }));
  return (
    <div class="repeatable">
      {members.map((member, index) => (
        <fieldset class="fieldset repeatable__item" key={index}>
          <legend class="label">{i18n.t("group.memberLegend", { number: index + 1 })}</legend>
          <TextField
            name={`members.${index}.name`}
            label={i18n.t("group.name")}
            value={member.name}
            error={errors[`members.${index}.name`]}
            onInput={(name) => update(index, { name })}
            autocomplete="off"
          />
          <SelectField
            name={`members.${index}.orgNumber`}
            label={i18n.t("group.party")}
            value={member.orgNumber}
            options={options}
            onChange={(orgNumber) => update(index, { orgNumber })}
          />
          <TextField
            name={`members.${index}.role`}
            label={i18n.t("group.role")}
            hint={i18n.t("group.roleHint")}
            value={member.role}
            onInput={(role) => update(index, { role })}
          />
          {members.length > 1 && (
            <button
              type="button"
              class="button button--secondary"
              onClick={() => onChange(members.filter((_, i) => i !== index))}
            >
              {i18n.t("group.remove", { number: index + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      <button
        type="button"
        class="button button--secondary"
        onClick={() =>
          onChange([...members, { name: "", orgNumber: parties[0]?.orgNumber ?? "", role: "" }])
        }
      >
        {i18n.t("group.add")}
      </button>
    </div>
  );
}
