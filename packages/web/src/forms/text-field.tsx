import { useI18n } from "../i18n/i18n";
import { describedBy, FieldFrame, type FieldProps, fieldId } from "./field-frame";

interface TextFieldProps extends FieldProps {
  readonly value: string;
  readonly onInput: (value: string) => void;
  /**
   * A date is typed as `YYYY-MM-DD`, as Swedes write dates, with the format shown in its hint: a
   * browser's date picker shows the format of the browser's locale (`mm/dd/yyyy` in an English
   * browser), which the person then has to translate.
   */
  readonly type?: "text" | "date";
  readonly width?: "full" | "short";
  readonly autocomplete?: string;
  readonly inputMode?: "numeric" | "text";
}

/** One line of text, or a date. Numbers are text with a numeric keyboard, as GOV.UK advises. */
export function TextField(props: TextFieldProps) {
  const { t } = useI18n();
  const { value, onInput, type = "text" } = props;
  const date = type === "date";
  const hint = date ? [props.hint, t("form.dateHint")].filter(Boolean).join(" ") : props.hint;
  const width = date ? "short" : (props.width ?? "full");
  const frame = { ...props, hint };
  return (
    <FieldFrame {...frame}>
      <input
        type="text"
        inputMode={date ? "numeric" : props.inputMode}
        maxLength={date ? 10 : undefined}
        class={`input input--${width}${props.error ? " input--error" : ""}`}
        id={fieldId(props.name)}
        name={props.name}
        value={value}
        aria-describedby={describedBy(frame)}
        aria-invalid={props.error ? "true" : undefined}
        autocomplete={props.autocomplete ?? "off"}
        onInput={(event: Event) => onInput((event.target as HTMLInputElement).value)}
      />
    </FieldFrame>
  );
}
