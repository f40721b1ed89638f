import { useFocusAreaOptions } from "../agreement/focus-area-names";
import { CheckboxGroup } from "../forms/checkbox-group";
import type { FormErrors } from "../forms/form-errors";
import { TextField } from "../forms/text-field";
import { useI18n } from "../i18n/i18n";

export interface IdentifiedNeed {
  readonly title: string;
  readonly focusAreas: readonly string[];
}

interface IdentifiedNeedsFieldsProps {
  readonly needs: readonly IdentifiedNeed[];
  readonly onChange: (needs: IdentifiedNeed[]) => void;
  readonly focusAreas: readonly string[];
  readonly errors: FormErrors;
}

/** The needs a dialog's needs review identified (R13, R6): each a title and its focus areas. */
export function IdentifiedNeedsFields({
  needs,
  onChange,
  focusAreas,
  errors,
}: IdentifiedNeedsFieldsProps) {
  const i18n = useI18n();
  const areaOptions = useFocusAreaOptions(focusAreas);
  const update = (index: number, change: Partial<IdentifiedNeed>) =>
    onChange(needs.map((need, i) => (i === index ? { ...need, ...change } : need)));
  return (
    <div class="repeatable">
      {needs.map((need, index) => (
        <fieldset class="fieldset repeatable__item" key={index}>
          <legend class="label">{i18n.t("record.needLegend", { number: index + 1 })}</legend>
          <TextField
            name={`needs.${index}.title`}
            label={i18n.t("needs.titleLabel")}
            value={need.title}
            error={errors[`needs.${index}.title`]}
            onInput={(title) => update(index, { title })}
          />
          <CheckboxGroup
            name={`needs.${index}.focusAreas`}
            label={i18n.t("needs.focusAreasLabel")}
            values={need.focusAreas}
            options={areaOptions}
            error={errors[`needs.${index}.focusAreas`]}
            onChange={(areas) => update(index, { focusAreas: areas })}
          />
          <button
            type="button"
            class="button button--secondary"
            onClick={() => onChange(needs.filter((_, i) => i !== index))}
          >
            {i18n.t("record.removeNeed", { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        class="button button--secondary"
        onClick={() => onChange([...needs, { title: "", focusAreas: [] }])}
      >
        {i18n.t("record.addNeed")}
      </button>
    </div>
  );
}
