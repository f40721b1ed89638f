import type { Problem } from "@samverkan/client";
import { useEffect, useRef } from "preact/hooks";
import { describeProblem } from "../api/describe-problem";
import { useI18n } from "../i18n/i18n";
import { RuleReference } from "./rule-reference";

export interface FieldError {
  /** The id of the field the error is about; the summary links to it. */
  readonly field?: string;
  readonly text: string;
}

/** Moves focus into the field itself, as GOV.UK's summary does, not only the page to it. */
const focusField = (id: string) => (event: MouseEvent) => {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.scrollIntoView({ block: "center" });
  field.focus();
};

interface ErrorSummaryProps {
  readonly errors?: readonly FieldError[];
  /** The API's refusal, put in words with its rule. */
  readonly problem?: Problem | undefined;
  readonly letterId?: string;
}

/**
 * The GOV.UK error summary: at the top of the form, focused when it appears, each error a link
 * to its field; an API refusal is said in words with the rule that refused.
 */
export function ErrorSummary({ errors = [], problem, letterId }: ErrorSummaryProps) {
  const i18n = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const described = problem ? describeProblem(problem, i18n) : undefined;
  const all: FieldError[] = [
    ...errors,
    ...(described ? [{ text: described.message }] : []),
    ...(described?.fieldErrors.map((e) => ({ field: e.field, text: e.message })) ?? []),
  ];
  const key = all.map((e) => e.text).join("|");
  useEffect(() => {
    if (all.length > 0) box.current?.focus();
  }, [key]);
  if (all.length === 0) return null;
  // As GOV.UK Frontend: the container takes focus (tabindex -1) and the content inside it is the
  // alert, so focusing the summary and announcing it are not the same element's job.
  return (
    <div class="error-summary" tabIndex={-1} ref={box}>
      <div role="alert">
        <h2 class="error-summary__title">{i18n.t("errors.title")}</h2>
        <ul class="error-summary__list">
          {all.map((error) => (
            <li key={error.text}>
              {error.field ? (
                <a href={`#${error.field}`} onClick={focusField(error.field)}>
                  {error.text}
                </a>
              ) : (
                error.text
              )}
            </li>
          ))}
        </ul>
        {described?.rule && letterId && (
          <p class="error-summary__rule">
            <RuleReference rule={described.rule} letterId={letterId} />
          </p>
        )}
      </div>
    </div>
  );
}
