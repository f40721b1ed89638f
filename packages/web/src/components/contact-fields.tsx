import { CheckboxGroup } from "../forms/checkbox-group";
import type { FormErrors } from "../forms/form-errors";
import { SelectField } from "../forms/select-field";
import { TextField } from "../forms/text-field";
import { useI18n } from "../i18n/i18n";

export const CONTACT_ROLES = ["signatory", "coordinator", "group"] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];
export type ContactLanguage = "sv" | "en";

/** One person of the form; `key` keeps each person's fields in place when another is removed. */
export interface ContactInput {
  readonly key: number;
  readonly name: string;
  readonly email: string;
  readonly roles: readonly ContactRole[];
  readonly language: ContactLanguage;
}

interface ContactFieldsProps {
  readonly contacts: readonly ContactInput[];
  readonly onChange: (contacts: ContactInput[]) => void;
  /** After the person at `index` was removed (the page moves the focus on). */
  readonly onRemoved: (index: number) => void;
  readonly errors: FormErrors;
}

/** The organisation's contact people, one fieldset each: name, address, roles, language (R23). */
export function ContactFields({ contacts, onChange, onRemoved, errors }: ContactFieldsProps) {
  const i18n = useI18n();
  const update = (index: number, change: Partial<ContactInput>) =>
    onChange(contacts.map((c, i) => (i === index ? { ...c, ...change } : c)));
  const roleOptions = CONTACT_ROLES.map((role) => ({
    value: role,
    label: i18n.t(`contacts.roleOption.${role}`),
  }));
  const languageOptions = (["sv", "en"] as const).map((language) => ({
    value: language,
    label: i18n.t(`contacts.languageName.${language}`),
  }));
  return (
    <div class="repeatable">
      {contacts.map((contact, index) => {
        const number = index + 1;
        const field = (name: string) => `contacts.${index}.${name}`;
        return (
          <fieldset class="fieldset repeatable__item" key={contact.key}>
            <legend class="label">{i18n.t("contacts.personLegend", { number })}</legend>
            <TextField
              name={field("name")}
              label={i18n.t("contacts.name")}
              value={contact.name}
              error={errors[field("name")]}
              onInput={(name) => update(index, { name })}
            />
            <TextField
              name={field("email")}
              label={i18n.t("contacts.email")}
              value={contact.email}
              error={errors[field("email")]}
              onInput={(email) => update(index, { email })}
            />
            <CheckboxGroup
              name={field("roles")}
              label={i18n.t("contacts.roles")}
              hint={i18n.t("contacts.rolesHint")}
              values={contact.roles}
              options={roleOptions}
              error={errors[field("roles")]}
              onChange={(roles) =>
                update(index, {
                  roles: CONTACT_ROLES.filter((role) => roles.includes(role)),
                })
              }
            />
            <SelectField
              name={field("language")}
              label={i18n.t("contacts.language")}
              value={contact.language}
              options={languageOptions}
              onChange={(language) => update(index, { language: language as ContactLanguage })}
            />
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                onChange(contacts.filter((_, i) => i !== index));
                onRemoved(index);
              }}
            >
              {i18n.t("contacts.remove", { number })}
            </button>
          </fieldset>
        );
      })}
    </div>
  );
}
