import type { Problem } from "@samverkan/client";
import { useState } from "preact/hooks";
import type { CallResult } from "../api/problem";
import { useCommand } from "../api/use-command";
import { type FormErrors, onlyErrors } from "./form-errors";

/** What the success banner says: its title, and a sentence more where there is one. */
export interface Said {
  readonly title: string;
  readonly detail?: string;
}

export interface CommandFormOptions<T> {
  /** The form's own checks by field name, "" where a field is fine (nothing is sent otherwise). */
  readonly check?: () => Record<string, string>;
  /**
   * The call to the API. `choice` is the value of the button that sent the form, where a form
   * offers several (accept or decline; which calendar link to revoke), as HTML's submitter.
   */
  readonly send: (choice: string | undefined) => Promise<CallResult<T>>;
  /**
   * What follows the API's yes: navigate, reload. What it returns (words, or a `Said`) is said in
   * the form's success banner (which takes focus); anything else (a navigation's nothing) when
   * the next page says it.
   */
  readonly accepted: (data: T, choice: string | undefined) => unknown;
  /**
   * What cannot be undone (a notice, a signature; issue #17): the fields, once they pass the
   * checks, lead to a confirmation step that says what will happen, and only its yes sends. A
   * function says it by choice (signing is confirmed, withdrawing is not).
   */
  readonly confirm?: boolean | ((choice: string | undefined) => boolean);
}

export interface CommandForm {
  readonly errors: FormErrors;
  /** Why the API refused the last try, if it did. */
  readonly problem: Problem | undefined;
  readonly busy: boolean;
  /** What the last accepted try did, in words, until the form is sent again. */
  readonly done: string | undefined;
  /** The banner's sentence more, with `done`. */
  readonly detail: string | undefined;
  /** Orders the yeses of a page's forms: the larger, the later (see `latestDone`). */
  readonly doneAt: number;
  /** At the confirmation step of a `confirm` form: the checks passed, nothing is sent yet. */
  readonly confirming: boolean;
  /** The choice being confirmed (which party signs), kept from the first step to the yes. */
  readonly choice: string | undefined;
  /** Back from the confirmation step to the fields; nothing is sent. */
  readonly back: () => void;
  /** Forgets the last refusal, errors and banner (the page read its data again). */
  readonly reset: () => void;
  readonly submit: (event?: Event) => Promise<void>;
}

/** Counts the yeses of every form, so a page with several says the last one's. */
let yeses = 0;

const saidOf = (said: unknown): Said | undefined => {
  if (typeof said === "string") return said === "" ? undefined : { title: said };
  if (said && typeof said === "object" && typeof (said as Said).title === "string")
    return said as Said;
  return undefined;
};

/** The value of the button that sent the form, if it has one. */
const choiceOf = (event?: Event): string | undefined => {
  const submitter = (event as SubmitEvent | undefined)?.submitter;
  return submitter instanceof HTMLButtonElement && submitter.value ? submitter.value : undefined;
};

/**
 * The submit/validate/refuse/confirm cycle every form of the workspace goes through: check the
 * fields, confirm what cannot be undone, send, keep the API's refusal for the error summary, and
 * say what happened.
 */
export function useCommandForm<T>(options: CommandFormOptions<T>): CommandForm {
  const command = useCommand();
  const [errors, setErrors] = useState<FormErrors>({});
  const [done, setDone] = useState<(Said & { readonly at: number }) | undefined>();
  // The confirmation step, with the choice that led to it; undefined while at the fields.
  const [confirming, setConfirming] = useState<{ choice: string | undefined } | undefined>();
  const submit = async (event?: Event) => {
    event?.preventDefault();
    const choice = confirming ? confirming.choice : choiceOf(event);
    setDone(undefined);
    if (!confirming) {
      const found = onlyErrors(options.check?.() ?? {});
      setErrors(found);
      if (Object.keys(found).length > 0) {
        command.clear();
        return;
      }
      const confirm =
        typeof options.confirm === "function" ? options.confirm(choice) : options.confirm;
      if (confirm) {
        command.clear();
        setConfirming({ choice });
        return;
      }
    }
    const sent = await command.run(async () => {
      const result = await options.send(choice);
      // A yes without a body (204: a link revoked) is a yes too: the data is boxed, never absent.
      return { ...result, data: result.response.ok ? { value: result.data as T } : undefined };
    });
    if (sent === undefined) return;
    setConfirming(undefined);
    const said = saidOf(options.accepted(sent.value, choice));
    setDone(said && { ...said, at: ++yeses });
  };
  return {
    errors,
    problem: command.problem,
    busy: command.busy,
    done: done?.title,
    detail: done?.detail,
    doneAt: done?.at ?? 0,
    confirming: confirming !== undefined,
    choice: confirming?.choice,
    back: () => {
      command.clear();
      setConfirming(undefined);
    },
    reset: () => {
      command.clear();
      setErrors({});
      setDone(undefined);
      setConfirming(undefined);
    },
    submit,
  };
}

/**
 * Where a page's forms give way to each other (a proposal, then its answer) and one banner stands
 * above them: the form whose yes came last, if any has one.
 */
export const latestDone = (...forms: readonly CommandForm[]): CommandForm | undefined =>
  forms
    .filter((form) => form.done !== undefined)
    .reduce<CommandForm | undefined>(
      (latest, form) => (!latest || form.doneAt > latest.doneAt ? form : latest),
      undefined,
    );
