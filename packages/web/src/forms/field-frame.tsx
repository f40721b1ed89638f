import type { ComponentChildren } from "preact";
import { useI18n } from "../i18n/i18n";

export interface FieldProps {
  /** The field's name; its id is `field-<name>`, which the error summary links to. */
  readonly name: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
}

export const fieldId = (name: string) => `field-${name.replace(/\./g, "-")}`;

/** What `aria-describedby` names for a field: its hint and its error. */
export function describedBy({ name, hint, error }: FieldProps): string | undefined {
  const id = fieldId(name);
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/**
 * A form group: label, hint, error message (above the input, as GOV.UK puts it), input. A group
 * of inputs (checkboxes) is a fieldset: its legend is the label, and the fieldset is described
 * by the hint and the error, as GOV.UK's checkboxes are.
 */
export function FieldFrame(props: FieldProps & { children: ComponentChildren; group?: boolean }) {
  const { t } = useI18n();
  const id = fieldId(props.name);
  const hintAndError = (
    <>
      {props.hint && (
        <div class="hint" id={`${id}-hint`}>
          {props.hint}
        </div>
      )}
      {props.error && (
        <p class="error-message" id={`${id}-error`}>
          <span class="visually-hidden">{t("errors.prefix")}</span> {props.error}
        </p>
      )}
    </>
  );
  return (
    <div class={`form-group${props.error ? " form-group--error" : ""}`}>
      {props.group ? (
        <fieldset class="fieldset" aria-describedby={describedBy(props)}>
          <legend class="label">{props.label}</legend>
          {hintAndError}
          {props.children}
        </fieldset>
      ) : (
        <>
          <label class="label" for={id}>
            {props.label}
          </label>
          {hintAndError}
          {props.children}
        </>
      )}
    </div>
  );
}
