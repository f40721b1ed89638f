import { describedBy, FieldFrame, type FieldProps, fieldId } from "./field-frame";

interface TextFieldProps extends FieldProps {
  readonly value: string;
  readonly onInput: (value: string) => void;
  /** A date uses the browser's date picker and gives `YYYY-MM-DD`. */
  readonly type?: "text" | "date";
  readonly width?: "full" | "short";
  readonly autocomplete?: string;
  readonly inputMode?: "numeric" | "text";
}

/** One line of text, or a date. Numbers are text with a numeric keyboard, as GOV.UK advises. */
export function TextField(props: TextFieldProps) {
  const { value, onInput, type = "text", width = "full" } = props;
  const common = {
    class: `input input--${width}${props.error ? " input--error" : ""}`,
    id: fieldId(props.name),
    name: props.name,
    value,
    "aria-describedby": describedBy(props),
    "aria-invalid": props.error ? ("true" as const) : undefined,
    autocomplete: props.autocomplete ?? "off",
    onInput: (event: Event) => onInput((event.target as HTMLInputElement).value),
  };
  return (
    <FieldFrame {...props}>
      {type === "date" ? (
        <input type="date" {...common} />
      ) : (
        <input type="text" inputMode={props.inputMode} {...common} />
      )}
    </FieldFrame>
  );
}
