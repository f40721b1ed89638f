import type { FormErrors } from "../forms/form-errors";
import { TextAreaField } from "../forms/text-area-field";
import { type MessageKey, useI18n } from "../i18n/i18n";
import { DIALOG_TOPIC_KEYS } from "./dialog-record-summary";

export type DialogTopicsInput = Record<(typeof DIALOG_TOPIC_KEYS)[number], string>;

interface DialogTopicsFieldsProps {
  readonly topics: DialogTopicsInput;
  readonly onChange: (topics: DialogTopicsInput) => void;
  readonly errors: FormErrors;
}

/** The four topics every leadership dialog discusses (R11), one text box each, in the letter's order. */
export function DialogTopicsFields({ topics, onChange, errors }: DialogTopicsFieldsProps) {
  const i18n = useI18n();
  return (
    <fieldset class="fieldset">
      <legend class="fieldset__legend">{i18n.t("record.topicsLegend")}</legend>
      {DIALOG_TOPIC_KEYS.map((topic) => (
        <TextAreaField
          key={topic}
          name={`topics.${topic}`}
          label={i18n.t(`record.topic.${topic}` as MessageKey)}
          hint={i18n.t(`record.hint.${topic}` as MessageKey)}
          value={topics[topic]}
          error={errors[`topics.${topic}`]}
          onInput={(value) => onChange({ ...topics, [topic]: value })}
        />
      ))}
    </fieldset>
  );
}
