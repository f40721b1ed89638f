import { describedBy, FieldFrame, type FieldProps, fieldId } from "./field-frame";

interface TextAreaFieldProps extends FieldProps {
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly rows?: number;
}

/** Several lines of text: a summary, a dialog's topic, an outcome. */
export function TextAreaField(props: TextAreaFieldProps) {
  return (
    <FieldFrame {...props}>
      <textarea
        class={`textarea${props.error ? " input--error" : ""}`}
        id={fieldId(props.name)}
        name={props.name}
        rows={props.rows ?? 4}
        value={props.value}
        aria-describedby={describedBy(props)}
        aria-invalid={props.error ? "true" : undefined}
        onInput={(event) => props.onInput((event.target as HTMLTextAreaElement).value)}
      />
    </FieldFrame>
  );
}
