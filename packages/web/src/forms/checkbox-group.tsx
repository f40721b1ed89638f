import { useI18n } from "../i18n/i18n";
import type { FieldProps } from "./field-frame";
import { fieldId } from "./field-frame";

interface CheckboxGroupProps extends FieldProps {
  readonly values: readonly string[];
  readonly onChange: (values: string[]) => void;
  readonly options: ReadonlyArray<{
    readonly value: string;
    readonly label: string;
    readonly hint?: string;
  }>;
}

/**
 * Several choices under one question, as a fieldset with a legend. The first box carries the
 * group's id, so the error summary's link lands on it.
 */
export function CheckboxGroup(props: CheckboxGroupProps) {
  const { t } = useI18n();
  const id = fieldId(props.name);
  const toggle = (value: string, checked: boolean) =>
    props.onChange(checked ? [...props.values, value] : props.values.filter((v) => v !== value));
  const described = [props.hint ? `${id}-hint` : "", props.error ? `${id}-error` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div class={`form-group${props.error ? " form-group--error" : ""}`}>
      <fieldset class="fieldset" aria-describedby={described || undefined}>
        <legend class="label">{props.label}</legend>
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
        <div class="checkboxes">
          {props.options.map((option, index) => {
            const boxId = index === 0 ? id : `${id}-${index}`;
            return (
              <div class="checkbox" key={option.value}>
                <input
                  class="checkbox__input"
                  type="checkbox"
                  id={boxId}
                  name={props.name}
                  value={option.value}
                  checked={props.values.includes(option.value)}
                  onChange={(event) =>
                    toggle(option.value, (event.target as HTMLInputElement).checked)
                  }
                />
                <label class="checkbox__label" for={boxId}>
                  {option.label}
                  {option.hint && <span class="checkbox__hint">{option.hint}</span>}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
