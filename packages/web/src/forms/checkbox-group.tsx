import { FieldFrame, type FieldProps, fieldId } from "./field-frame";

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
 * Several choices under one question: the field's frame as a fieldset with a legend. The first
 * box carries the group's id, so the error summary's link lands on it.
 */
export function CheckboxGroup(props: CheckboxGroupProps) {
  const id = fieldId(props.name);
  const toggle = (value: string, checked: boolean) =>
    props.onChange(checked ? [...props.values, value] : props.values.filter((v) => v !== value));
  return (
    <FieldFrame name={props.name} label={props.label} hint={props.hint} error={props.error} group>
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
    </FieldFrame>
  );
}
