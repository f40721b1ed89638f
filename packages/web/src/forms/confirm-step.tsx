import type { ComponentChildren } from "preact";
import { useEffect, useId, useRef } from "preact/hooks";
import { ErrorSummary } from "../components/error-summary";
import { Link } from "../router/link";
import type { CommandForm } from "./use-command-form";

/** The second step of what cannot be undone: what will happen, then yes, or back, or cancel. */
export interface Confirmation {
  readonly heading: string;
  /** The heading's level where the form sits in a section of its own. */
  readonly level?: 2 | 3;
  /** The yes: "Ja, säg upp". */
  readonly yes: string;
  /** A signature's yes is the page's main action; a notice's is a warning. */
  readonly warning?: boolean;
  /** Back to the fields (or the list), nothing sent: "Ändra", "Avbryt". */
  readonly back: string;
  /** Away from the page, nothing sent. */
  readonly cancel?: { readonly href: string; readonly label: string };
  readonly testId?: string;
  /**
   * What will happen, in full: who, what, which version, from when. Drawn only at the step: the
   * fields it shows (a date) may not be filled in yet before it.
   */
  readonly body: () => ComponentChildren;
}

/**
 * Issue #17 ("irreversible acts are one click"): the step between the form and the act. Its
 * heading takes focus when it appears, so a screen reader hears that the page asks something.
 */
export function ConfirmStep({
  form,
  confirmation,
  letterId,
}: {
  form: CommandForm;
  confirmation: Confirmation;
  letterId: string | undefined;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const Heading = confirmation.level === 3 ? "h3" : "h2";
  return (
    <form
      onSubmit={form.submit}
      noValidate
      aria-labelledby={`${id}-heading`}
      data-testid={confirmation.testId}
    >
      <ErrorSummary problem={form.problem} {...(letterId ? { letterId } : {})} />
      <Heading id={`${id}-heading`} tabIndex={-1} ref={heading}>
        {confirmation.heading}
      </Heading>
      {confirmation.body()}
      <div class="button-row">
        <button
          type="submit"
          class={confirmation.warning ? "button button--warning" : "button"}
          disabled={form.busy}
        >
          {confirmation.yes}
        </button>
        <button
          type="button"
          class="button button--secondary"
          disabled={form.busy}
          onClick={form.back}
        >
          {confirmation.back}
        </button>
      </div>
      {confirmation.cancel && (
        <p>
          <Link href={confirmation.cancel.href}>{confirmation.cancel.label}</Link>
        </p>
      )}
    </form>
  );
}
