import type { Problem } from "@samverkan/client";
import type { ComponentChildren } from "preact";
import { ErrorSummary } from "../components/error-summary";
import { NotAllowed } from "../components/not-allowed";
import { PageHeading } from "../components/page-heading";
import { SuccessBanner } from "../components/success-banner";
import type { Permission } from "../permissions/permissions";
import { Link } from "../router/link";
import { type Confirmation, ConfirmStep } from "./confirm-step";
import { summaryOf } from "./form-errors";
import type { CommandForm as CommandFormState } from "./use-command-form";

export type { Confirmation } from "./confirm-step";

/** A button's look: the page's main action, one beside it, or one that cannot be undone. */
export type ButtonTone = "primary" | "secondary" | "warning";

/** One of several buttons of a form, each sending its `value` (accept or decline). */
export interface Choice {
  readonly label: string;
  readonly value: string;
  readonly tone?: ButtonTone;
}

interface CommandFormProps {
  readonly form: CommandFormState;
  /** The submit button's words (a form of one button). */
  readonly submit?: string;
  /** The submit button's look; `inline` forms' is secondary. */
  readonly tone?: ButtonTone;
  /** Several buttons in place of `submit`, each naming its choice. */
  readonly choices?: readonly Choice[];
  /** The letter the refusal's rule links into. */
  readonly letterId?: string;
  /** A page of its own: the back link and the page's heading above the form. */
  readonly back?: { readonly href: string; readonly label: string };
  readonly heading?: string;
  readonly caption?: string;
  /** Below the heading and the banner, above the form: the page's lead and rule sources. */
  readonly intro?: ComponentChildren;
  /** Who may send it; in the form's place, why not. */
  readonly permission?: Permission;
  /**
   * Shown in the form's place while it cannot be filled in yet (loading, something first); null
   * shows nothing there (what the form needs could not be read, and the page says why).
   */
  readonly instead?: ComponentChildren;
  /** A form beside others on a page (a status change): a secondary button, laid out inline. */
  readonly inline?: boolean;
  /** A refusal from loading what the form needs, shown in the same summary. */
  readonly loadProblem?: Problem | undefined;
  /** false where the form gives way after the yes and its owner shows the banner instead. */
  readonly banner?: boolean;
  /** A `confirm` form's second step: what will happen, and its yes. */
  readonly confirmation?: Confirmation;
  /** Below the fields, beside the submit button (a button that adds a row). */
  readonly beside?: ComponentChildren;
  readonly children?: ComponentChildren;
}

const buttonClass = (tone: ButtonTone | undefined) =>
  tone === "secondary"
    ? "button button--secondary"
    : tone === "warning"
      ? "button button--warning"
      : "button";

/**
 * A form that sends one command, as GOV.UK lays it out: back link, heading, the error summary at
 * the top of the form, the fields, its button (or buttons, each a choice); for what cannot be
 * undone, a second step that says what will happen; after the API's yes, a success banner that
 * takes focus and says what happened. A person who may not send it sees why instead.
 */
export function CommandForm(props: CommandFormProps) {
  const { form } = props;
  const buttons = () => {
    // A form whose buttons stand among its fields (one a row of a list) has none of its own.
    if (!props.choices && props.submit === undefined) return null;
    if (props.choices)
      return props.choices.map((choice) => (
        <button
          key={choice.value}
          type="submit"
          value={choice.value}
          class={buttonClass(choice.tone)}
          disabled={form.busy}
        >
          {choice.label}
        </button>
      ));
    return (
      <button
        type="submit"
        class={buttonClass(props.tone ?? (props.inline ? "secondary" : "primary"))}
        disabled={form.busy}
      >
        {props.submit}
      </button>
    );
  };
  const body = () => {
    if (props.permission && !props.permission.allowed)
      return <NotAllowed permission={props.permission} />;
    if (props.instead !== undefined) return props.instead;
    if (form.confirming && props.confirmation)
      return (
        <ConfirmStep form={form} confirmation={props.confirmation} letterId={props.letterId} />
      );
    const several = props.beside || (props.choices && props.choices.length > 1);
    return (
      <form onSubmit={form.submit} noValidate class={props.inline ? "inline-form" : undefined}>
        <ErrorSummary
          errors={summaryOf(form.errors)}
          problem={form.problem ?? props.loadProblem}
          {...(props.letterId ? { letterId: props.letterId } : {})}
        />
        {props.children}
        {several ? (
          <div class="button-row">
            {props.beside}
            {buttons()}
          </div>
        ) : (
          buttons()
        )}
      </form>
    );
  };
  return (
    <>
      {props.back && (
        <Link class="back-link" href={props.back.href}>
          {props.back.label}
        </Link>
      )}
      {props.heading && (
        <PageHeading {...(props.caption ? { caption: props.caption } : {})}>
          {props.heading}
        </PageHeading>
      )}
      {form.done && props.banner !== false && (
        <SuccessBanner title={form.done}>{form.detail}</SuccessBanner>
      )}
      {props.intro}
      {body()}
    </>
  );
}
