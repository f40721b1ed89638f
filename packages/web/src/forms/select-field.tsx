import { describedBy, FieldFrame, type FieldProps, fieldId } from "./field-frame";

interface SelectFieldProps extends FieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: ReadonlyArray<{ readonly value: string; readonly label: string }>;
}

/** One choice from a short list. */
export function SelectField(props: SelectFieldProps) {
  return (
    <FieldFrame {...props}>
      <select
        class={`select${props.error ? " input--error" : ""}`}
        id={fieldId(props.name)}
        name={props.name}
        value={props.value}
        aria-describedby={describedBy(props)}
        aria-invalid={props.error ? "true" : undefined}
        onChange={(event) => props.onChange((event.target as HTMLSelectElement).value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
