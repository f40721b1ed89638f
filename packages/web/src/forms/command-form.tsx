import type { Problem } from "@samverkan/client";
import type { ComponentChildren } from "preact";
import { ErrorSummary } from "../components/error-summary";
import { NotAllowed } from "../components/not-allowed";
import { PageHeading } from "../components/page-heading";
import { SuccessBanner } from "../components/success-banner";
import type { Permission } from "../permissions/permissions";
import { Link } from "../router/link";
import { summaryOf } from "./form-errors";
import type { CommandForm as CommandFormState } from "./use-command-form";

interface CommandFormProps {
  readonly form: CommandFormState;
  /** The submit button's words. */
  readonly submit: string;
  /** The letter the refusal's rule links into. */
  readonly letterId?: string;
  /** A page of its own: the back link and the page's heading above the form. */
  readonly back?: { readonly href: string; readonly label: string };
  readonly heading?: string;
  readonly caption?: string;
  /** Who may send it; in the form's place, why not. */
  readonly permission?: Permission;
  /** Shown in the form's place while it cannot be filled in yet (loading, something first). */
  readonly instead?: ComponentChildren;
  /** A form beside others on a page (a status change): a secondary button, laid out inline. */
  readonly inline?: boolean;
  /** A refusal from loading what the form needs, shown in the same summary. */
  readonly loadProblem?: Problem | undefined;
  /** false where the form gives way after the yes and its owner shows the banner instead. */
  readonly banner?: boolean;
  readonly children?: ComponentChildren;
}

/**
 * A form that sends one command, as GOV.UK lays it out: back link, heading, the error summary at
 * the top of the form, the fields, one button; after the API's yes, a success banner that takes
 * focus and says what happened. A person who may not send it sees why instead.
 */
export function CommandForm(props: CommandFormProps) {
  const { form } = props;
  const body = () => {
    if (props.permission && !props.permission.allowed)
      return <NotAllowed permission={props.permission} />;
    if (props.instead) return props.instead;
    return (
      <form onSubmit={form.submit} noValidate class={props.inline ? "inline-form" : undefined}>
        <ErrorSummary
          errors={summaryOf(form.errors)}
          problem={form.problem ?? props.loadProblem}
          {...(props.letterId ? { letterId: props.letterId } : {})}
        />
        {props.children}
        <button
          type="submit"
          class={props.inline ? "button button--secondary" : "button"}
          disabled={form.busy}
        >
          {props.submit}
        </button>
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
      {form.done && props.banner !== false && <SuccessBanner title={form.done} />}
      {body()}
    </>
  );
}
